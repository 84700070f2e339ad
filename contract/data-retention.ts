import { z } from 'zod';
import { RETENTION_MAX_MONTHS, RETENTION_MIN_MONTHS, retentionKinds } from '@domain/data-retention';

/** One kind of data about people: how long it is kept (null: kept), what happens after, the last run. */
export const RetentionRule = z.object({
  kind: z.enum(retentionKinds),
  action: z.enum(['anonymise', 'delete']),
  months: z.number().int().nullable(),
  lastRunAt: z.iso.datetime().nullable(),
  lastCount: z.number().int().nullable(),
});
export const RetentionRules = z.object({ items: z.array(RetentionRule) });
export const PutRetentionRules = z.object({
  items: z
    .array(
      z.object({
        kind: z.enum(retentionKinds),
        months: z.number().int().min(RETENTION_MIN_MONTHS).max(RETENTION_MAX_MONTHS).nullable(),
      }),
    )
    .max(retentionKinds.length)
    .refine((items) => new Set(items.map((i) => i.kind)).size === items.length, 'each kind once'),
});
export type RetentionRules = z.infer<typeof RetentionRules>;
export type PutRetentionRules = z.infer<typeof PutRetentionRules>;
