import { z } from 'zod';
import { channels } from '@domain/channels';
import { healthBands, healthReasonKeys } from '@domain/health';
import { churnKinds, churnPeriods } from '@domain/retention';
import { Id, IndustryCode, text } from './common';

const isoDay = z.iso.date();

/** A reason customers leave: a default (its `key`, named by the web in the reader's language) or an admin's own (`label`). */
export const ChurnReason = z.object({
  id: Id,
  key: text().nullable(),
  label: text().nullable(),
  active: z.boolean(),
});
export type ChurnReason = z.infer<typeof ChurnReason>;
export const ChurnReasonList = z.object({ items: z.array(ChurnReason) });
export const ChurnReasonListQuery = z.object({ all: z.enum(['true', 'false']).default('false') });
export const CreateChurnReason = z.object({ label: text().trim().min(1, 'Name the reason').max(120) });
export const ChurnReasonPatch = z
  .object({ label: text().trim().min(1).max(120), active: z.boolean() })
  .partial()
  .refine((o) => Object.keys(o).length > 0, { message: 'Send at least one field to change.' });

export const ChurnReportQuery = z.object({
  from: isoDay.optional(),
  to: isoDay.optional(),
  marketId: Id.optional(),
  period: z.enum(churnPeriods).default('month'),
});
const Line = z.object({ count: z.number().int(), lostValue: z.number() });
export const ChurnReport = z.object({
  from: isoDay,
  to: isoDay,
  /** The reporting currency every value is in (converted when the loss was recorded). */
  currency: text(),
  total: Line.extend({ accounts: z.number().int(), renewals: z.number().int() }),
  byReason: z.array(Line.extend({ reason: ChurnReason })),
  /** A loss of several products counts for each, its value shared evenly. */
  byProduct: z.array(Line.extend({ productId: Id, name: text() })),
  byMarket: z.array(Line.extend({ marketId: Id.nullable(), name: text().nullable() })),
  byPeriod: z.array(Line.extend({ period: text() })),
  recent: z.array(
    z.object({
      id: Id,
      kind: z.enum(churnKinds),
      account: z.object({ id: Id, name: text() }),
      opportunityId: Id.nullable(),
      reason: ChurnReason,
      note: text(),
      lostValue: z.number(),
      occurredAt: z.iso.datetime(),
    }),
  ),
});

export const WinBackQuery = z.object({
  marketId: Id.optional(),
  status: z.enum(['passive', 'lost']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export const WinBackItem = z.object({
  account: z.object({
    id: Id,
    name: text(),
    status: z.enum(['passive', 'lost']),
    marketId: Id.nullable(),
    industry: IndustryCode.nullable(),
  }),
  /** What it used to buy. */
  products: z.array(z.object({ id: Id, name: text() })),
  lastBusinessOn: isoDay.nullable(),
  lostAt: z.iso.datetime().nullable(),
  churnReason: ChurnReason.nullable(),
  /** Won business over its history, at annual value in the reporting currency: the list's order. */
  formerValue: z.number(),
  owner: z.object({ id: Id, name: text() }).nullable(),
  /** The colleagues who were last in touch (people's own entries on its timeline). */
  knewThem: z.array(z.object({ id: Id, name: text() })),
  /** A win-back already under way. */
  openWinBack: z.object({ id: Id, name: text() }).nullable(),
  /** What the viewer may do: start a win-back (the account's owner, their leaders, admins). */
  can: z.object({ start: z.boolean() }),
});
export const WinBackList = z.object({ currency: text(), items: z.array(WinBackItem) });
export const StartWinBack = z.object({
  accountId: Id,
  /** The person to talk to; by default the account's decision maker (or its first contact). */
  contactId: Id.optional(),
});
export const StartedWinBack = z.object({ opportunityId: Id, channel: z.enum(channels).nullable() });

export const AccountHealth = z.object({
  accountId: Id,
  score: z.number().int(),
  band: z.enum(healthBands),
  reasons: z.array(z.object({ key: z.enum(healthReasonKeys), points: z.number().int(), value: z.number() })),
  on: isoDay,
});
