import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/client';
import { accounts, invoiceLines, products } from '../../db/schema';

export type InvoiceLineInsert = Omit<typeof invoiceLines.$inferInsert, 'id' | 'createdAt'>;
type Fx = { currency: string; factor: number }[];
const fxJoin = (fx: Fx) =>
  sql`join unnest(${sql.param(fx.map((r) => r.currency))}::text[], ${sql.param(fx.map((r) => r.factor))}::float8[]) as fx(currency, factor) on fx.currency = i.currency`;

/**
 * Insert new lines and update changed ones in one statement (unnest of column arrays); a line whose
 * (source_system, source_id) exists with the same values is left alone.
 */
export async function upsertLines(db: Db, values: InvoiceLineInsert[]): Promise<{ created: number; updated: number }> {
  if (values.length === 0) return { created: 0, updated: 0 };
  const col = <K extends keyof InvoiceLineInsert>(k: K) => sql.param(values.map((v) => v[k] ?? null));
  const result = await db.execute(sql`
    insert into ${invoiceLines} (account_id, product_id, invoice_number, invoiced_on, amount, currency, description, source_system, source_id)
    select * from unnest(${col('accountId')}::uuid[], ${col('productId')}::uuid[], ${col('invoiceNumber')}::text[],
      ${col('invoicedOn')}::date[], ${col('amount')}::numeric[], ${col('currency')}::text[], ${col('description')}::text[],
      ${col('sourceSystem')}::text[], ${col('sourceId')}::text[])
    on conflict (source_system, source_id) do update set
      account_id = excluded.account_id, product_id = excluded.product_id, invoice_number = excluded.invoice_number,
      invoiced_on = excluded.invoiced_on, amount = excluded.amount, currency = excluded.currency, description = excluded.description
    where (invoice_lines.account_id, invoice_lines.product_id, invoice_lines.invoice_number, invoice_lines.invoiced_on,
           invoice_lines.amount, invoice_lines.currency, invoice_lines.description)
      is distinct from (excluded.account_id, excluded.product_id, excluded.invoice_number, excluded.invoiced_on,
           excluded.amount, excluded.currency, excluded.description)
    returning (xmax = 0) as created`);
  const rows = rowsOf<{ created: boolean }>(result);
  const created = rows.filter((r) => r.created).length;
  return { created, updated: rows.length - created };
}

export async function existingIds(db: Db, table: 'accounts' | 'products', ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const t = table === 'accounts' ? accounts : products;
  const rows = await db.select({ id: t.id }).from(t).where(inArray(t.id, ids));
  return new Set(rows.map((r) => r.id));
}

export async function listLines(db: Db, q: { accountId?: string; year?: number; page: number; pageSize: number }) {
  const where = and(
    q.accountId ? eq(invoiceLines.accountId, q.accountId) : undefined,
    q.year
      ? sql`${invoiceLines.invoicedOn} >= ${`${q.year}-01-01`}::date and ${invoiceLines.invoicedOn} < ${`${q.year + 1}-01-01`}::date`
      : undefined,
  );
  const [items, [count]] = await Promise.all([
    db
      .select({ line: invoiceLines, productName: products.name })
      .from(invoiceLines)
      .leftJoin(products, eq(products.id, invoiceLines.productId))
      .where(where)
      .orderBy(desc(invoiceLines.invoicedOn), invoiceLines.invoiceNumber, invoiceLines.id)
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db
      .select({ total: sql<number>`count(*)::int` })
      .from(invoiceLines)
      .where(where),
  ]);
  return { items, total: count?.total ?? 0 };
}

/** Invoiced per calendar year for one account, in the reporting currency. */
export async function invoicedByYear(db: Db, accountId: string, fx: Fx) {
  const result = await db.execute(sql`
    select extract(year from i.invoiced_on)::int as year, sum(i.amount * fx.factor)::float8 as invoiced
    from ${invoiceLines} i ${fxJoin(fx)}
    where i.account_id = ${accountId}
    group by 1 order by 1`);
  return rowsOf<{ year: number; invoiced: number }>(result);
}

/**
 * Invoiced in a year within a scope of the overview: a market or a seller through the account
 * (its market, its owner), a sales group through the product's group.
 */
export async function invoicedIn(db: Db, year: number, scope: { marketId?: string; salesGroupId?: string; userId?: string }, fx: Fx) {
  const result = await db.execute(sql`
    select coalesce(sum(i.amount * fx.factor), 0)::float8 as invoiced
    from ${invoiceLines} i ${fxJoin(fx)}
    join ${accounts} a on a.id = i.account_id
    left join ${products} p on p.id = i.product_id
    where i.invoiced_on >= ${`${year}-01-01`}::date and i.invoiced_on < ${`${year + 1}-01-01`}::date
      ${scope.marketId ? sql`and a.market_id = ${scope.marketId}` : sql``}
      ${scope.userId ? sql`and a.owner_id = ${scope.userId}` : sql``}
      ${scope.salesGroupId ? sql`and p.sales_group_id = ${scope.salesGroupId}` : sql``}`);
  return rowsOf<{ invoiced: number }>(result)[0]?.invoiced ?? 0;
}
