import { createHash } from 'node:crypto';
import type { Db } from '../../db/client';
import { accountError, type Lookups } from './repo-lookups';
import { dealContext, type ResolvedDeal } from './repo-opportunities';
import type { OrderLineRow, RowError } from './rows';

/** An order: its lines as they came in the file (they need not be next to each other). */
export interface OrderGroup {
  key: string;
  lines: OrderLineRow[];
}

/** The key that holds an order's lines together: its id, or the customer and the day when the file has no order ids. */
export function orderKey(r: { sourceId?: string; account?: string; accountSourceId?: string; orderedOn?: string | Date }): string {
  if (r.sourceId) return `order:${r.sourceId}`;
  const on = r.orderedOn instanceof Date ? r.orderedOn.toISOString().slice(0, 10) : (r.orderedOn ?? '');
  return `order:k:${createHash('sha1')
    .update(`${r.accountSourceId ?? ''}|${r.account ?? ''}|${on}`)
    .digest('hex')}`;
}

export interface OrderImportContext {
  defaultCurrency?: string;
  reportingCurrency: string;
  ownerMap: Record<string, string>;
  columns: { account: string | null; product: string | null; owner: string | null };
}

/**
 * Orders as won deals: signed on the order date, one line per order line (quantity and the line's
 * amount, or its unit price), the customer and products found as for opportunities. An order with a
 * line that cannot be resolved is not imported; every line of it is reported.
 */
export async function resolveOrders(
  tx: Db,
  orders: OrderGroup[],
  l: Lookups,
  o: OrderImportContext,
): Promise<{ deals: ResolvedDeal[]; errors: RowError[] }> {
  const all = orders.flatMap((g) => g.lines);
  const { accountOf, existing, productByKey, ownerOf, currencyOfMarket, accountMarkets, alnum } = await dealContext(
    tx,
    all,
    l,
    o.ownerMap,
    () => orders.map((g) => g.key),
  );
  const errors: RowError[] = [];
  const deals: ResolvedDeal[] = [];
  for (const { key, lines } of orders) {
    const first = lines[0]!;
    const problems: RowError[] = [];
    const accountId = accountOf(first);
    if (!accountId) problems.push(accountError(first, o.columns.account));
    const other = lines.find((r) => accountOf(r) !== accountId || r.orderedOn.getTime() !== first.orderedOn.getTime());
    if (accountId && other)
      problems.push({
        row: other.line,
        column: null,
        message: `the order's lines name different customers or dates (see row ${first.line})`,
      });
    const resolved = lines.map((r) => {
      const product = productByKey.get(alnum(r.productCode ?? '')) ?? productByKey.get(alnum(r.product ?? ''));
      if (!product)
        problems.push({
          row: r.line,
          column: o.columns.product,
          message: `the product "${r.productCode ?? r.product}" was not found by code or name (import the products first)`,
        });
      const quantity = r.quantity ?? 1;
      const unitPrice = r.amount !== undefined ? r.amount / quantity : r.unitPrice!;
      return {
        productId: product?.id ?? '',
        quantity,
        unitPrice: Math.round(unitPrice * 100) / 100,
        discountPercent: 0,
        recurring: false,
        contractMonths: null,
        terminableAfterMonths: null,
      };
    });
    if (problems.length || !accountId) {
      errors.push(...problems);
      const reported = new Set(problems.map((p) => p.row));
      for (const r of lines)
        if (!reported.has(r.line))
          errors.push({
            row: r.line,
            column: null,
            message: `not imported: another line of the order (row ${problems[0]!.row}) has an error`,
          });
      continue;
    }
    const owner = ownerOf(first.owner, first.line, o.columns.owner, errors);
    const marketId = accountMarkets.get(accountId) ?? null;
    const day = first.orderedOn.toISOString().slice(0, 10);
    const value = Math.round(resolved.reduce((sum, line) => sum + line.quantity * line.unitPrice, 0) * 100) / 100;
    const id = first.sourceId ?? day;
    deals.push({
      line: first.line,
      existingId: existing.get(key),
      accountId,
      name: `Order ${id}`,
      owner,
      marketId,
      stageKey: 'won',
      currency: first.currency ?? o.defaultCurrency ?? (marketId ? currencyOfMarket.get(marketId) : undefined) ?? o.reportingCurrency,
      estimatedValue: value,
      lines: resolved,
      createdAt: first.orderedOn,
      closedOn: day,
      expectedCloseOn: day,
      lostNote: null,
      sourceSystem: l.system,
      sourceId: key,
    });
  }
  return { deals, errors };
}
