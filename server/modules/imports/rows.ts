import type { CustomValues } from '@domain/custom-fields';
import { z } from 'zod';
import { industryFromText, industryTerms } from '@domain/industries';
import { knownCountries, likelyTypo } from '@domain/imports/typos';
import { activityTypeOf, parseDate, parseDecimal, sizeFromEmployees } from '@domain/imports/values';
import type { ImportEntity, Mapping } from '@domain/imports/layouts';
import type { DateFormat } from '@domain/imports/dates';
import { consentIssues, consentStatuses, consentStatusFromText, lawfulBases, lawfulBasisFromText } from '@domain/consent';
import { leadRowSchema, type LeadRow } from './rows-leads';
import { fastActivityReader } from './rows-fast';

/** A CSV cell: trimmed, empty = absent. */
const cell = (max: number) =>
  z
    .string()
    .max(max, `is longer than ${max} characters`)
    .optional()
    .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const required = (max: number, what: string) => cell(max).refine((v) => v !== undefined, `${what} is empty`);

const decimal = cell(40).transform((v, c) => {
  if (v === undefined) return undefined;
  const n = parseDecimal(v);
  if (n === null) c.addIssue({ code: 'custom', message: `"${v}" is not a number` });
  return n ?? undefined;
});

const dateIn = (format: DateFormat) =>
  cell(40).transform((v, c) => {
    if (v === undefined) return undefined;
    const d = parseDate(v, format);
    if (!d) c.addIssue({ code: 'custom', message: `"${v}" is not a date (the file's dates are read as ${formatLabel[format]})` });
    return d ?? undefined;
  });

export const formatLabel: Record<DateFormat, string> = { iso: 'yyyy-mm-dd', dmy: 'day/month/year', mdy: 'month/day/year' };

const sizes = ['micro', 'small', 'medium', 'large', 'enterprise'] as const;
const roles = ['decision_maker', 'economic_buyer', 'influencer', 'champion', 'user', 'gatekeeper'] as const;

const buildSchemas = (format: DateFormat) => {
  const date = dateIn(format);
  return {
    accounts: z.object({
      sourceId: cell(200),
      name: required(200, 'the account name'),
      orgNumber: cell(40),
      /** Read as a NACE section (domain/industries.ts); text that names none is a warning and left empty. */
      industry: cell(100).transform((v) => (v === undefined ? undefined : { text: v, code: industryFromText(v) })),
      size: cell(20).refine(
        (v) => v === undefined || (sizes as readonly string[]).includes(v.toLowerCase()),
        `must be one of ${sizes.join(', ')}`,
      ),
      employees: decimal,
      market: cell(100),
      street: cell(200),
      postalCode: cell(20),
      city: cell(100),
      country: cell(100),
      website: cell(300),
      phone: cell(50),
      parent: cell(200),
    }),
    contacts: z.object({
      sourceId: cell(200),
      account: cell(200),
      accountSourceId: cell(200),
      firstName: cell(100),
      lastName: cell(100),
      fullName: cell(200),
      title: cell(150),
      buyingRole: cell(40).transform((v) => {
        const r = v?.toLowerCase().replace(/[\s-]+/g, '_');
        return r && (roles as readonly string[]).includes(r) ? (r as (typeof roles)[number]) : undefined;
      }),
      email: cell(254).refine((v) => v === undefined || z.email().safeParse(v).success, 'is not an e-mail address'),
      phone: cell(50),
      marketingBasis: cell(60).transform((v, c) => {
        if (v === undefined) return undefined;
        const basis = lawfulBasisFromText(v);
        if (!basis) c.addIssue({ code: 'custom', message: `"${v}" is not a lawful basis (${lawfulBases.join(', ')})` });
        return basis ?? undefined;
      }),
      consentStatus: cell(40).transform((v, c) => {
        if (v === undefined) return undefined;
        const status = consentStatusFromText(v);
        if (!status) c.addIssue({ code: 'custom', message: `"${v}" is not a consent status (${consentStatuses.join(', ')})` });
        return status ?? undefined;
      }),
      consentOn: date.transform((d) => d?.toISOString().slice(0, 10)),
      consentSource: cell(200),
    }),
    products: z.object({
      sourceId: cell(200),
      code: cell(60),
      name: required(200, 'the product name'),
      family: cell(100),
      salesGroup: cell(100),
      description: cell(2000),
    }),
    activities: z.object({
      sourceId: cell(200),
      account: cell(200),
      accountSourceId: cell(200),
      type: cell(40).transform((v, c) => {
        const t = activityTypeOf(v);
        if (!t) c.addIssue({ code: 'custom', message: `"${v}" is not an activity type (call, meeting, email, note, visit, task)` });
        return t ?? 'note';
      }),
      subject: required(300, 'the subject'),
      body: cell(10_000),
      occurredAt: date.refine((v) => v !== undefined, 'the date is empty'),
      contactEmail: cell(254),
      authorEmail: cell(254),
    }),
    opportunities: z.object({
      sourceId: cell(200),
      account: cell(200),
      accountSourceId: cell(200),
      name: cell(200),
      stage: required(100, 'the stage'),
      status: cell(40),
      value: decimal,
      currency: cell(3).transform((v) => v?.toUpperCase()),
      expectedCloseOn: date,
      closedOn: date,
      createdOn: date,
      owner: cell(200),
      product: cell(200),
      contactEmail: cell(254),
      lostReason: cell(500),
    }),
    orders: z.object({
      sourceId: cell(200),
      account: cell(200),
      accountSourceId: cell(200),
      orderedOn: date.refine((v) => v !== undefined, 'the order date is empty'),
      product: cell(200),
      productCode: cell(200),
      quantity: decimal.refine((v) => v === undefined || v > 0, 'must be more than 0 (a return or credit is not a purchase)'),
      unitPrice: decimal.refine((v) => v === undefined || (v >= 0 && v <= 1e11), 'must be 0 or more'),
      amount: decimal.refine((v) => v === undefined || (v >= 0 && v <= 1e11), 'must be 0 or more (a return or credit is not a purchase)'),
      currency: cell(3)
        .refine((v) => v === undefined || /^[A-Za-z]{3}$/.test(v), 'is not a three-letter currency code')
        .transform((v) => v?.toUpperCase()),
      owner: cell(200),
    }),
    invoices: z.object({
      sourceId: cell(200),
      account: cell(200),
      accountSourceId: cell(200),
      invoiceNumber: required(60, 'the invoice number'),
      invoicedOn: date.refine((v) => v !== undefined, 'the invoice date is empty'),
      product: cell(200),
      amount: decimal
        .refine((v) => v !== undefined, 'the amount is empty')
        .refine((v) => v === undefined || Math.abs(v) <= 1e11, 'is too large for an invoice line'),
      currency: cell(3)
        .refine((v) => v === undefined || /^[A-Za-z]{3}$/.test(v), 'is not a three-letter currency code')
        .transform((v) => v?.toUpperCase()),
      description: cell(500),
    }),
    leads: leadRowSchema,
  } satisfies Record<ImportEntity, z.ZodType>;
};
export const rowSchemas = buildSchemas('dmy');
const byFormat = new Map<DateFormat, typeof rowSchemas>([['dmy', rowSchemas]]);
const schemasFor = (format: DateFormat) => {
  let s = byFormat.get(format);
  if (!s) byFormat.set(format, (s = buildSchemas(format)));
  return s;
};

const industryVocabulary = [...industryTerms.keys()];

export type Row<E extends ImportEntity> = z.infer<(typeof rowSchemas)[E]> & { line: number };
/** The custom fields a row's cells fill (imports/custom-fields.ts), checked before the row is written. */
type WithCustomFields = { customFields?: CustomValues };
export type AccountRow = Row<'accounts'> & WithCustomFields;
export type ContactRow = Row<'contacts'> & WithCustomFields;
export type ProductRow = Row<'products'>;
export type ActivityRow = Row<'activities'>;
export type OpportunityRow = Row<'opportunities'> & WithCustomFields;
export type InvoiceRow = Row<'invoices'>;
export type OrderLineRow = Row<'orders'>;

export interface RowError {
  row: number;
  column: string | null;
  message: string;
  /** A warning leaves the row imported: a likely typo worth a look. */
  severity?: 'error' | 'warning';
}

export type ParsedRow<E extends ImportEntity> = { row?: Row<E>; errors: RowError[]; skipped?: boolean };

/** A CSV record, mapped and validated; errors name the file's own column. */
export function parseRow<E extends ImportEntity>(
  entity: E,
  mapping: Mapping,
  headers: string[],
  record: string[],
  line: number,
  dateFormat: DateFormat = 'dmy',
): ParsedRow<E> {
  return rowReader(entity, mapping, headers, dateFormat)(record, line);
}

/** `parseRow` for every record of one file: the columns and the schema are looked up once (`fast: false`: always through zod). */
export function rowReader<E extends ImportEntity>(
  entity: E,
  mapping: Mapping,
  headers: string[],
  dateFormat: DateFormat = 'dmy',
  options: { fast?: boolean } = {},
): (record: string[], line: number) => ParsedRow<E> {
  const index = new Map(headers.map((h, i) => [h, i]));
  const columns = Object.entries(mapping).map(([field, header]) => [field, index.get(header) ?? -1] as const);
  const schema = schemasFor(dateFormat)[entity];
  const fast = entity === 'activities' && options.fast !== false ? fastActivityReader(new Map(columns), dateFormat) : null;
  return (record, line) => {
    // the plainly valid rows of a large file skip zod (rows-fast.ts); the others get its messages
    const row = fast?.(record, line);
    if (row) return { row: row as unknown as Row<E>, errors: [] };
    const raw: Record<string, string | undefined> = {};
    for (const [field, at] of columns) raw[field] = record[at];
    return validated(entity, mapping, schema.safeParse(raw), line);
  };
}

function validated<E extends ImportEntity>(entity: E, mapping: Mapping, parsed: z.ZodSafeParseResult<unknown>, line: number): ParsedRow<E> {
  if (!parsed.success) {
    return {
      errors: parsed.error.issues.map((i) => {
        const field = String(i.path[0] ?? '');
        return { row: line, column: mapping[field] ?? (field || null), message: i.message };
      }),
    };
  }
  const row = { ...(parsed.data as object), line } as Row<E>;
  if (entity === 'contacts') {
    const c = row as ContactRow;
    // a report row of an account without people (Salesforce "Accounts with Contacts"): nothing to import
    if (!c.firstName && !c.lastName && !c.fullName && !c.email && !c.phone && !c.title) return { errors: [], skipped: true };
    if (!c.lastName && c.fullName) {
      const parts = c.fullName.split(/\s+/);
      c.lastName = parts.length > 1 ? parts.pop() : parts[0];
      c.firstName ??= parts.length > 0 ? parts.join(' ') : '';
    }
    if (!c.lastName) return { errors: [{ row: line, column: mapping.lastName ?? mapping.fullName ?? null, message: 'the name is empty' }] };
    if (!c.account && !c.accountSourceId)
      return { errors: [{ row: line, column: mapping.account ?? mapping.accountSourceId ?? null, message: 'the account is empty' }] };
    const consentError = consentRowError(c, mapping);
    if (consentError) return { errors: [{ row: line, ...consentError }] };
  }
  if (entity === 'leads' && !(row as LeadRow).name)
    return { errors: [{ row: line, column: mapping.name ?? mapping.lastName ?? null, message: 'the name is empty' }] };
  if (entity === 'orders') {
    const o = row as OrderLineRow;
    if (!o.product && !o.productCode)
      return { errors: [{ row: line, column: mapping.product ?? mapping.productCode ?? null, message: 'the product is empty' }] };
    if (o.amount === undefined && o.unitPrice === undefined)
      return { errors: [{ row: line, column: mapping.amount ?? mapping.unitPrice ?? null, message: 'the amount is empty' }] };
  }
  if (entity === 'activities' || entity === 'opportunities' || entity === 'invoices' || entity === 'orders') {
    const a = row as ActivityRow | OpportunityRow | InvoiceRow | OrderLineRow;
    if (!a.account && !a.accountSourceId)
      return { errors: [{ row: line, column: mapping.account ?? mapping.accountSourceId ?? null, message: 'the account is empty' }] };
  }
  if (entity === 'accounts') {
    const a = row as AccountRow;
    if (a.size) a.size = a.size.toLowerCase();
    else if (a.employees !== undefined) a.size = sizeFromEmployees(a.employees);
    const warnings: RowError[] = [];
    const warn = (field: 'country', value: string | undefined, known: readonly string[]) => {
      const intended = value ? likelyTypo(value, known) : null;
      if (intended)
        warnings.push({
          row: line,
          column: mapping[field] ?? field,
          message: `"${value}" looks like a misspelling of "${intended}"`,
          severity: 'warning',
        });
    };
    if (a.industry && !a.industry.code) {
      const intended = likelyTypo(a.industry.text, industryVocabulary);
      warnings.push({
        row: line,
        column: mapping.industry ?? 'industry',
        message: `"${a.industry.text}" is not an industry of the list (NACE sections A–U), so it was left empty${intended ? ` — did you mean "${intended}"?` : ''}`,
        severity: 'warning',
      });
    }
    warn('country', a.country, knownCountries);
    return { row, errors: warnings };
  }
  return { row, errors: [] };
}

/**
 * A contact row's consent must hold together as the contact page's does (`domain/consent.ts`): a
 * status needs its day, a day needs its status, consent as the basis needs consent, no day ahead.
 */
function consentRowError(c: ContactRow, mapping: Mapping): { column: string | null; message: string } | null {
  if ((c.consentStatus === undefined) !== (c.consentOn === undefined))
    return c.consentStatus === undefined
      ? {
          column: mapping.consentStatus ?? mapping.consentOn ?? null,
          message: 'a consent day needs the consent status (given or withdrawn)',
        }
      : {
          column: mapping.consentOn ?? mapping.consentStatus ?? null,
          message: 'the consent status needs the day it was given or withdrawn',
        };
  const consent = c.consentStatus && c.consentOn ? { status: c.consentStatus, on: c.consentOn, source: c.consentSource ?? 'import' } : null;
  if (c.marketingBasis === undefined && !consent) return null;
  const [issue] = consentIssues({ basis: c.marketingBasis ?? null, consent }, new Date().toISOString().slice(0, 10));
  if (!issue) return null;
  return { column: (issue.path.endsWith('.on') ? mapping.consentOn : mapping.marketingBasis) ?? null, message: issue.message };
}
