import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { AccountRevenue, InvoiceLinePage, InvoiceLinesQuery, PostInvoiceLines } from '@contract/invoices';
import type { Actor } from '../../platform/auth';
import { writeAudit } from '../../platform/audit';
import { inTransaction, type AppContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import { getAccount } from '../accounts/service';
import { reportingConverter } from '../pipeline/service';
import { volumeRows } from '../targets/service';
import * as repo from './repo';

/** Record invoice lines (from an import or the API) in the caller's transaction: new ones added, changed ones updated. */
export async function recordInvoiceLines(ctx: AppContext, lines: repo.InvoiceLineInsert[]) {
  return repo.upsertLines(ctx.db, lines);
}

/**
 * `POST /api/invoice-lines`: the finance system's lines, all or nothing. A line with the caller's
 * own `lineId` is updated when posted again; one without is known by its content, so posting it
 * again changes nothing. Every currency needs an exchange rate, or the line could not be counted.
 */
export async function postInvoiceLines(ctx: AppContext, actor: Actor, input: z.infer<typeof PostInvoiceLines>) {
  const fx = await reportingConverter(ctx);
  const known = new Set(fx.factors.map((f) => f.currency));
  const lines = input.lines.map(({ lineId, ...l }) => {
    const line = { ...l, productId: l.productId ?? null, description: l.description ?? null };
    const content = JSON.stringify([line.accountId, line.invoiceNumber, line.invoicedOn, line.productId, line.amount, line.description]);
    return { ...line, sourceSystem: 'api', sourceId: lineId ? `id:${lineId}` : `k:${createHash('sha1').update(content).digest('hex')}` };
  });
  return inTransaction(ctx, async (tx) => {
    const [accounts, products] = await Promise.all([
      repo.existingIds(tx.db, 'accounts', [...new Set(lines.map((l) => l.accountId))]),
      repo.existingIds(tx.db, 'products', [...new Set(lines.flatMap((l) => (l.productId ? [l.productId] : [])))]),
    ]);
    const first = new Map<string, number>();
    const problems = lines.flatMap((l, i) => {
      const p: { path: string; message: string }[] = [];
      if (!accounts.has(l.accountId)) p.push({ path: `body.lines.${i}.accountId`, message: 'no such account' });
      if (l.productId && !products.has(l.productId)) p.push({ path: `body.lines.${i}.productId`, message: 'no such product' });
      if (!known.has(l.currency)) p.push({ path: `body.lines.${i}.currency`, message: `no exchange rate for ${l.currency}` });
      const earlier = first.get(l.sourceId);
      if (earlier !== undefined) p.push({ path: `body.lines.${i}`, message: `the same line as lines.${earlier} (give each its lineId)` });
      else first.set(l.sourceId, i);
      return p;
    });
    if (problems.length) throw errors.invalid(`${problems.length} problem(s) in the lines; nothing was recorded.`, problems);
    const result = await repo.upsertLines(tx.db, lines);
    await writeAudit(tx.db, {
      actorId: actor.id,
      action: 'invoice_lines.posted',
      entityType: 'invoice_lines',
      entityId: 'api',
      data: { lines: input.lines.length, ...result },
    });
    return result;
  });
}

export async function listInvoiceLines(ctx: AppContext, q: z.infer<typeof InvoiceLinesQuery>): Promise<z.infer<typeof InvoiceLinePage>> {
  const { items, total } = await repo.listLines(ctx.db, q);
  return {
    items: items.map(({ line, productName }) => ({
      id: line.id,
      accountId: line.accountId,
      productId: line.productId,
      productName,
      invoiceNumber: line.invoiceNumber,
      invoicedOn: line.invoicedOn,
      amount: line.amount,
      currency: line.currency,
      description: line.description,
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** Per year, what was signed (volume at annual value) beside what was invoiced: the key account view (G2). */
export async function accountRevenue(ctx: AppContext, accountId: string): Promise<z.infer<typeof AccountRevenue>> {
  await getAccount(ctx, accountId);
  const fx = await reportingConverter(ctx);
  const thisYear = ctx.clock.now().getUTCFullYear();
  const [invoiced, volume] = await Promise.all([
    repo.invoicedByYear(ctx.db, accountId, fx.factors),
    volumeRows(ctx, { fromYear: thisYear - 10, toYear: thisYear + 5, by: 'year', scope: { accountId } }, fx.factors),
  ]);
  const years = new Map<number, { year: number; volume: number; invoiced: number }>();
  const at = (year: number) => years.get(year) ?? years.set(year, { year, volume: 0, invoiced: 0 }).get(year)!;
  for (const v of volume) at(Number(v.id)).volume += v.volume;
  for (const i of invoiced) at(i.year).invoiced += i.invoiced;
  return {
    reportingCurrency: fx.currency,
    years: [...years.values()]
      .map((y) => ({ year: y.year, volume: Math.round(y.volume), invoiced: Math.round(y.invoiced) }))
      .sort((a, b) => a.year - b.year),
  };
}

/** Invoiced in a year within a scope of the overview, in the reporting currency. */
export function invoicedIn(
  ctx: AppContext,
  year: number,
  scope: { marketId?: string; salesGroupId?: string; userId?: string },
  fx: { currency: string; factor: number }[],
) {
  return repo.invoicedIn(ctx.db, year, scope, fx);
}
