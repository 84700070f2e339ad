import { z } from 'zod';
import { channels } from '@domain/channels';
import { paceLevels, targetScopes } from '@domain/targets';
import { Id, text } from './common';

export const Channel = z.enum(channels);
export type Channel = z.infer<typeof Channel>;
const PerChannel = z.object({ renewal: z.number(), upsell: z.number(), win_back: z.number(), new: z.number() });

export const Year = z.coerce.number().int().min(2000).max(2100);
export const TargetsQuery = z.object({ year: Year });

export const TargetGrid = z.object({
  year: z.number().int(),
  reportingCurrency: text(),
  sellers: z.array(
    z.object({
      userId: Id,
      name: text(),
      salesGroupId: Id.nullable(),
      marketId: Id.nullable(),
      targets: PerChannel.partial(),
      /** The viewer may set this seller's targets (domain/access.ts maySetTarget). */
      editable: z.boolean(),
    }),
  ),
  company: PerChannel.partial(),
  /** Per channel: the company target, the sum of the sellers' targets, and what is missing. */
  gap: z.array(z.object({ channel: Channel, company: z.number(), sellers: z.number(), gap: z.number() })),
  /** The viewer may set the company's targets, and copy a whole year. */
  can: z.object({ setCompany: z.boolean(), copyYear: z.boolean() }),
});

/** The largest target (and the largest a copy may produce): well inside `numeric(16, 2)`. */
export const MAX_TARGET_AMOUNT = 1e12;

export const TargetEntry = z.object({
  scope: z.enum(targetScopes),
  userId: Id.optional(),
  salesGroupId: Id.optional(),
  marketId: Id.optional(),
  channel: Channel,
  /** null removes the target. */
  amount: z.number().min(0).max(MAX_TARGET_AMOUNT).nullable(),
});
export const PutTargets = z.object({ year: Year, entries: z.array(TargetEntry).min(1).max(5000) });
export const CopyTargets = z
  .object({ fromYear: Year, toYear: Year, percent: z.number().min(-100).max(1000).default(0) })
  .refine((c) => c.fromYear !== c.toYear, { path: ['toYear'], message: 'Copy to another year' });

export const VolumeQuery = z.object({ year: Year, by: z.enum(['seller', 'salesGroup', 'market']).default('seller') });
const Progress = z.object({
  volume: z.number(),
  target: z.number().nullable(),
  progress: z.number().nullable(),
  /** How the volume keeps pace with the year (domain/targets.ts `paceOf`); null without a target. */
  pace: z.enum(paceLevels).nullable(),
});
export const Volume = z.object({
  year: z.number().int(),
  reportingCurrency: text(),
  /** Share of the year gone, for pace ("at 41 % with 50 % of the year gone"). */
  elapsed: z.number(),
  company: z.object({ renewal: Progress, upsell: Progress, win_back: Progress, new: Progress, total: Progress }),
  rows: z.array(
    z.object({
      id: Id.nullable(),
      name: text().nullable(),
      renewal: Progress,
      upsell: Progress,
      win_back: Progress,
      new: Progress,
      total: Progress,
    }),
  ),
});
