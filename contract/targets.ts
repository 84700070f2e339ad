import { z } from 'zod';
import { Id } from './common';

export const Channel = z.enum(['renewal', 'upsell', 'win_back', 'new']);
export type Channel = z.infer<typeof Channel>;
const PerChannel = z.object({ renewal: z.number(), upsell: z.number(), win_back: z.number(), new: z.number() });

export const Year = z.coerce.number().int().min(2000).max(2100);
export const TargetsQuery = z.object({ year: Year });

export const TargetGrid = z.object({
  year: z.number().int(),
  reportingCurrency: z.string(),
  sellers: z.array(
    z.object({ userId: Id, name: z.string(), salesGroupId: Id.nullable(), marketId: Id.nullable(), targets: PerChannel.partial() }),
  ),
  company: PerChannel.partial(),
  /** Per channel: the company target, the sum of the sellers' targets, and what is missing. */
  gap: z.array(z.object({ channel: Channel, company: z.number(), sellers: z.number(), gap: z.number() })),
});

export const TargetEntry = z.object({
  scope: z.enum(['seller', 'group', 'market', 'company']),
  userId: Id.optional(),
  salesGroupId: Id.optional(),
  marketId: Id.optional(),
  channel: Channel,
  /** null removes the target. */
  amount: z.number().min(0).max(1e12).nullable(),
});
export const PutTargets = z.object({ year: Year, entries: z.array(TargetEntry).min(1).max(5000) });
export const CopyTargets = z.object({ fromYear: Year, toYear: Year, percent: z.number().min(-100).max(1000).default(0) });

export const VolumeQuery = z.object({ year: Year, by: z.enum(['seller', 'salesGroup', 'market']).default('seller') });
const Progress = z.object({ volume: z.number(), target: z.number().nullable(), progress: z.number().nullable() });
export const Volume = z.object({
  year: z.number().int(),
  reportingCurrency: z.string(),
  /** Share of the year gone, for pace ("at 41 % with 50 % of the year gone"). */
  elapsed: z.number(),
  company: z.object({ renewal: Progress, upsell: Progress, win_back: Progress, new: Progress, total: Progress }),
  rows: z.array(
    z.object({
      id: Id.nullable(),
      name: z.string().nullable(),
      renewal: Progress,
      upsell: Progress,
      win_back: Progress,
      new: Progress,
      total: Progress,
    }),
  ),
});
