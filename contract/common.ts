import { z } from 'zod';

import { locales, roles } from './constants';

export { locales, roles };
/** The languages of the UI (L4). `nb` is Norwegian bokmål. */
export const Locale = z.enum(locales);
export type Locale = z.infer<typeof Locale>;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

export const Id = z.uuid();
export const IdParams = z.object({ id: Id });

/** One error vocabulary for every response that is not a success. */
export const ErrorBody = z.object({
  error: z.object({
    code: z.string().meta({ example: 'validation_failed' }),
    message: z.string(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    /** True when `total` is a lower bound (fuzzy searches stop counting at 10,000). */
    totalCapped: z.boolean().optional(),
  });
}

export const Ok = z.object({ ok: z.literal(true) });

/** A PATCH body must change something. */
export function nonEmptyPatch<T extends z.ZodObject>(schema: T) {
  return schema.refine((o) => Object.keys(o).length > 0, { message: 'Send at least one field to change.' });
}

/** An optional text field: trimmed, at most `max` characters, '' and null both mean "none". */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .optional()
    .transform((v) => (v === '' ? null : v));
