import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { products } from '../../db/schema';
import { accountError, lookup, resolveAccounts, type Lookups } from './repo-lookups';
import type { InvoiceRow, RowError } from './rows';

export interface InvoiceLineValues {
  accountId: string;
  productId: string | null;
  invoiceNumber: string;
  invoicedOn: string;
  amount: number;
  currency: string;
  description: string | null;
  sourceSystem: string;
  sourceId: string;
}

/** Invoice rows with their account and product found: lines ready to record, and the rows that were not. */
export async function resolveInvoiceRows(
  tx: Db,
  rows: InvoiceRow[],
  l: Lookups,
  columns: { account: string | null; product: string | null; currency: string | null },
  currencies: { default: string; known: ReadonlySet<string> },
): Promise<{ lines: InvoiceLineValues[]; errors: RowError[] }> {
  const accountOf = await resolveAccounts(tx, rows, l);
  const productOf = await lookup(
    tx,
    (arr) =>
      sql`select distinct on (x) x as input, p.id from unnest(${arr}) x join ${products} p
          on lower(p.code) = lower(x) or korsa_fold(p.name) = korsa_fold(x) order by x, (lower(p.code) = lower(x)) desc`,
    rows.flatMap((r) => (r.product ? [r.product] : [])),
  );
  const errors: RowError[] = [];
  const lines: InvoiceLineValues[] = [];
  const rowOfKey = new Map<string, number>();
  for (const r of rows) {
    const accountId = accountOf(r);
    if (!accountId) {
      errors.push(accountError(r, columns.account));
      continue;
    }
    const productId = r.product ? productOf.get(r.product) : null;
    if (productId === undefined) {
      errors.push({ row: r.line, column: columns.product, message: `the product "${r.product}" was not found (by name or code)` });
      continue;
    }
    const invoicedOn = r.invoicedOn.toISOString().slice(0, 10);
    const amount = Math.round(r.amount * 100) / 100;
    const currency = r.currency ?? currencies.default;
    if (!currencies.known.has(currency)) {
      errors.push({ row: r.line, column: columns.currency, message: `there is no exchange rate for ${currency} (add one in Settings)` });
      continue;
    }
    const content = JSON.stringify([accountId, r.invoiceNumber, invoicedOn, productId, amount, r.description ?? null]);
    const sourceId = r.sourceId ?? `k:${createHash('sha1').update(content).digest('hex')}`;
    const earlier = rowOfKey.get(sourceId);
    if (earlier !== undefined) {
      errors.push({ row: r.line, column: null, message: `the same invoice line as row ${earlier} (give each line its own id)` });
      continue;
    }
    rowOfKey.set(sourceId, r.line);
    lines.push({
      accountId,
      productId,
      invoiceNumber: r.invoiceNumber,
      invoicedOn,
      amount,
      currency,
      description: r.description ?? null,
      sourceSystem: l.system,
      sourceId,
    });
  }
  return { lines, errors };
}
