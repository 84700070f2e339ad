import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { accounts, markets, opportunities, opportunityLines, products, stageChanges, stages, users } from '../../db/schema';
import { mapStage } from '../../domain/imports/stages';
import { valueOpportunity } from '../../domain/pipeline/money';
import type { OpportunityRow, RowError } from './rows';

import { accountError, GLOBAL_PROCESS, lookup, resolveAccounts, type BatchResult, type Lookups } from './repo-lookups';

export interface OpportunityImportContext {
  stageMap: Record<string, string>;
  defaultCurrency?: string;
  reportingCurrency: string;
  now: Date;
  columns: { stage: string | null; account: string | null; product: string | null; expectedCloseOn: string | null };
}

const alnum = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/**
 * Opportunities with their stage (mapped from the other CRM's names), value, dates, owner and
 * product. History is imported as it stands: gates are not applied to past deals, and the created
 * and close dates are kept so that cycle lengths and win rates are the file's own.
 */
export async function writeOpportunities(tx: Db, rows: OpportunityRow[], l: Lookups, o: OpportunityImportContext): Promise<BatchResult> {
  const accountOf = await resolveAccounts(tx, rows, l);
  const [stageRows, productRows, userRows, marketRows] = await Promise.all([
    tx.select().from(stages).where(eq(stages.processId, GLOBAL_PROCESS)),
    tx.select({ id: products.id, name: products.name, code: products.code }).from(products),
    tx.select({ id: users.id, name: users.name, email: users.email, salesGroupId: users.salesGroupId }).from(users),
    tx.select({ id: markets.id, currency: markets.currency }).from(markets),
  ]);
  const stageByKey = new Map(stageRows.map((s) => [s.key, s]));
  const productByKey = new Map<string, { id: string; name: string }>();
  for (const p of productRows) {
    productByKey.set(alnum(p.name), p);
    productByKey.set(alnum(p.code), p);
  }
  const userByKey = new Map<string, (typeof userRows)[number]>();
  for (const u of userRows) {
    userByKey.set(u.email.toLowerCase(), u);
    userByKey.set(u.name.toLowerCase(), u);
  }
  const currencyOfMarket = new Map(marketRows.map((m) => [m.id, m.currency]));
  const accountMarkets = new Map(
    (
      await tx
        .select({ id: accounts.id, marketId: accounts.marketId })
        .from(accounts)
        .where(
          sql`${accounts.id} in ${[...new Set(rows.map(accountOf).filter((x): x is string => !!x))].concat('00000000-0000-0000-0000-000000000000')}`,
        )
    ).map((a) => [a.id, a.marketId]),
  );
  const sourceIds = rows.map((r) => r.sourceId ?? null);
  const existing = await lookup(
    tx,
    (arr) =>
      sql`select x as input, o.id from unnest(${arr}) x join ${opportunities} o on o.source_system = ${l.system} and o.source_id = x`,
    sourceIds.filter((s): s is string => !!s),
  );
  const errors: RowError[] = [];
  let created = 0;
  let updated = 0;
  for (const r of rows) {
    const accountId = accountOf(r);
    if (!accountId) {
      errors.push(accountError(r, o.columns.account));
      continue;
    }
    const key = mapStage(r.stage, o.stageMap);
    const stage = key ? stageByKey.get(key) : undefined;
    if (!stage) {
      errors.push({
        row: r.line,
        column: o.columns.stage,
        message: `the stage "${r.stage}" is not in Korsa's process; map it, e.g. "${r.stage}=quote_sent"`,
      });
      continue;
    }
    let product: { id: string; name: string } | undefined;
    if (r.product) {
      product = productByKey.get(alnum(r.product));
      if (!product) {
        errors.push({
          row: r.line,
          column: o.columns.product,
          message: `the product "${r.product}" was not found (import the products first)`,
        });
        continue;
      }
      if (product.name !== r.product)
        errors.push({
          row: r.line,
          column: o.columns.product,
          message: `"${r.product}" was read as the product "${product.name}"`,
          severity: 'warning',
        });
    }
    const closed = stage.outcome !== 'open';
    if (closed && !r.expectedCloseOn) {
      errors.push({ row: r.line, column: o.columns.expectedCloseOn, message: 'a won or lost deal needs its close date' });
      continue;
    }
    const owner = r.owner ? userByKey.get(r.owner.toLowerCase()) : undefined;
    const value = r.value ?? 0;
    const lines = product
      ? [
          {
            productId: product.id,
            quantity: 1,
            unitPrice: value,
            discountPercent: 0,
            recurring: false,
            contractMonths: null,
            terminableAfterMonths: null,
          },
        ]
      : [];
    const valuation = valueOpportunity(lines, value);
    const createdAt = r.createdOn ?? o.now;
    const closedAt = closed ? r.expectedCloseOn! : null;
    const marketId = accountMarkets.get(accountId) ?? null;
    const values = {
      accountId,
      name: r.name ?? `${product?.name ?? r.product ?? 'Opportunity'} — ${r.account ?? r.accountSourceId}`,
      ownerId: owner?.id ?? null,
      salesGroupId: owner?.salesGroupId ?? null,
      marketId,
      processId: GLOBAL_PROCESS,
      stageId: stage.id,
      currency: r.currency ?? o.defaultCurrency ?? (marketId ? currencyOfMarket.get(marketId) : undefined) ?? o.reportingCurrency,
      estimatedValue: value,
      value: valuation.value,
      annualValue: valuation.annualValue,
      expectedCloseOn: r.expectedCloseOn ? r.expectedCloseOn.toISOString().slice(0, 10) : null,
      signedOn: stage.outcome === 'won' ? closedAt!.toISOString().slice(0, 10) : null,
      lostReason: stage.outcome === 'lost' ? ('other' as const) : null,
      lostNote: stage.outcome === 'lost' ? (r.lostReason ?? null) : null,
      closedAt,
      stageEnteredAt: closedAt ?? createdAt,
      lastActivityAt: closedAt ?? createdAt,
      createdAt,
      sourceSystem: l.system,
      sourceId:
        r.sourceId ??
        `k:${createHash('sha1')
          .update(`${accountId}|${createdAt.toISOString()}|${r.product ?? ''}|${r.name ?? ''}`)
          .digest('hex')}`,
    };
    const id = (r.sourceId && existing.get(r.sourceId)) || undefined;
    if (id) {
      await tx
        .update(opportunities)
        .set({ ...values, updatedAt: sql`now()`, version: sql`${opportunities.version} + 1` })
        .where(eq(opportunities.id, id));
      await tx.delete(opportunityLines).where(eq(opportunityLines.opportunityId, id));
      if (lines.length) await tx.insert(opportunityLines).values(lines.map((x) => ({ ...x, opportunityId: id })));
      updated++;
      continue;
    }
    const [row] = await tx.insert(opportunities).values(values).onConflictDoNothing().returning({ id: opportunities.id });
    if (!row) {
      updated++; // the same deal, already imported under its natural key
      continue;
    }
    if (lines.length) await tx.insert(opportunityLines).values(lines.map((x) => ({ ...x, opportunityId: row.id })));
    const first = stageByKey.get('identified')!;
    const history = [{ opportunityId: row.id, fromStageId: null, toStageId: first.id, at: createdAt }];
    if (stage.id !== first.id)
      history.push({ opportunityId: row.id, fromStageId: first.id as never, toStageId: stage.id, at: closedAt ?? createdAt });
    await tx.insert(stageChanges).values(history);
    created++;
  }
  return { created, updated, errors };
}
