import { z } from 'zod';

import { industryCodes } from '@domain/industries';
import { locales, roles } from '@domain/people';
import { errorCodes } from './errors';

export { locales, roles };
/** The languages of the UI (L4). `nb` is Norwegian bokmål. */
export const Locale = z.enum(locales);
export type Locale = z.infer<typeof Locale>;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

/**
 * Text as the API accepts it: a string without NUL (U+0000, which PostgreSQL cannot store) and
 * without lone UTF-16 surrogates (not text in any encoding). Every string field of the contract is
 * `text()`, so such input is answered `400 validation_failed` at the boundary, before any SQL.
 */
// eslint-disable-next-line no-control-regex -- finding the NUL character is the point
export const INVALID_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const text = () => z.string().refine((s) => !INVALID_TEXT.test(s), { message: 'contains a NUL byte or invalid Unicode' });

/**
 * Integer bounds of the database: whole numbers stored in `integer` (int4) columns — versions,
 * counts, positions — are at most 2,147,483,647. Bodies and query strings say so here, once.
 */
export const INT4_MAX = 2_147_483_647;
/** A whole number that fits an int4 column, at least `min`. */
export const int4 = (min = 0) => z.number().int().min(min).max(INT4_MAX);
/** The same, from a query string. */
export const queryInt4 = (min = 0) => z.coerce.number().int().min(min).max(INT4_MAX);
/** The version a write read (optimistic concurrency; `version integer`). */
export const Version = int4(1);

export const Id = z.uuid();
export const IdParams = z.object({ id: Id });

/** One error vocabulary for every response that is not a success. */
export const ErrorBody = z.object({
  error: z.object({
    code: z.enum(errorCodes).meta({ example: 'validation_failed' }),
    message: text(),
    details: z.unknown().optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

export const PageQuery = z.object({
  page: queryInt4(1).default(1),
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
    /** True when `total` is the database's estimate (an exact count would pass 10,000 rows: the opportunity list). */
    totalEstimated: z.boolean().optional(),
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

/** An industry: a section letter of NACE Rev. 2 (domain/industries.ts); any other value is 400 validation_failed. */
export const IndustryCode = z.enum(industryCodes);
export type IndustryCode = z.infer<typeof IndustryCode>;
/** An optional industry in a write: a section letter; '' and null both mean "none". */
export const optionalIndustry = IndustryCode.or(z.literal(''))
  .nullable()
  .optional()
  .transform((v) => (v === '' ? null : v));

/**
 * Give several records (accounts, opportunities) to another owner in one go — all or nothing, each
 * checked as a single owner change. A refusal is `403 forbidden` with `details.refused: [{ id, name }]`.
 */
export const Reassign = z.object({ ids: z.array(Id).min(1).max(200), ownerId: Id });
export type Reassign = z.infer<typeof Reassign>;
export const Reassigned = z.object({ ownerId: Id, ids: z.array(Id) });
export type Reassigned = z.infer<typeof Reassigned>;
