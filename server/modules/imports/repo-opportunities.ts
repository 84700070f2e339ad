import type { CustomValues } from '@domain/custom-fields';
import { createHash } from 'node:crypto';
import { inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { accounts, markets, opportunities, products, users } from '../../db/schema';
import { mapStage, stageOfStatus } from '@domain/imports/stages';
import type { OpportunityRow, RowError } from './rows';

import { accountError, lookup, resolveAccounts, type Lookups } from './repo-lookups';

export interface OpportunityImportContext {
  stageMap: Record<string, string>;
  defaultCurrency?: string;
  reportingCurrency: string;
  now: Date;
  /** Lower-case owner name in the file → a Korsa user's e-mail or name. */
  ownerMap: Record<string, string>;
  columns: { stage: string | null; account: string | null; product: string | null; expectedCloseOn: string | null; owner: string | null };
}

const alnum = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/**
 * What a batch of deals (opportunities or orders) is resolved against: products by name or code
 * (ignoring case, spaces and punctuation), owners by e-mail or name (after the owner map), and the
 * accounts' markets with their currencies.
 */
export async function dealContext<R extends { account?: string; accountSourceId?: string }>(
  tx: Db,
  rows: R[],
  l: Lookups,
  ownerMap: Record<string, string>,
  /** The source ids of the batch's deals, to find those imported before. */
  sourceIds: (accountOf: (r: R) => string | undefined) => string[],
) {
  const accountOf = await resolveAccounts(tx, rows, l);
  const existing = await lookup(
    tx,
    (arr) =>
      sql`select x as input, o.id from unnest(${arr}) x join ${opportunities} o on o.source_system = ${l.system} and o.source_id = x`,
    sourceIds(accountOf),
  );
  const accountIds = rows.map(accountOf).filter((x): x is string => !!x);
  const productRows = await tx.select({ id: products.id, name: products.name, code: products.code }).from(products);
  const userRows = await tx.select({ id: users.id, name: users.name, email: users.email, salesGroupId: users.salesGroupId }).from(users);
  const marketRows = await tx.select({ id: markets.id, currency: markets.currency }).from(markets);
  const productByKey = new Map<string, { id: string; name: string; code: string }>();
  for (const p of productRows) {
    productByKey.set(alnum(p.name), p);
    productByKey.set(alnum(p.code), p);
  }
  // a code wins over another product's name
  for (const p of productRows) productByKey.set(alnum(p.code), p);
  const userByKey = new Map<string, (typeof userRows)[number]>();
  for (const u of userRows) {
    userByKey.set(u.email.toLowerCase(), u);
    userByKey.set(u.name.toLowerCase(), u);
  }
  /** The Korsa user a row's owner is (after the owner map); one who is not a user is a warning of the row. */
  const ownerOf = (name: string | undefined, row: number, column: string | null, errors: RowError[]) => {
    if (!name) return null;
    const user = userByKey.get((ownerMap[name.toLowerCase()] ?? name).toLowerCase());
    if (!user)
      errors.push({
        row,
        column,
        message: `the owner "${name}" is not a Korsa user: imported without an owner (map them to a user, e.g. --owner-map "${name}=name@company.com")`,
        severity: 'warning',
      });
    return user ? { id: user.id, salesGroupId: user.salesGroupId } : null;
  };
  const currencyOfMarket = new Map(marketRows.map((m) => [m.id, m.currency]));
  const ids = [...new Set(accountIds)];
  const accountMarkets = new Map(
    ids.length
      ? (await tx.select({ id: accounts.id, marketId: accounts.marketId }).from(accounts).where(inArray(accounts.id, ids))).map((a) => [
          a.id,
          a.marketId,
        ])
      : [],
  );
  return { accountOf, existing, productByKey, ownerOf, currencyOfMarket, accountMarkets, alnum };
}

/** A row of the file, resolved against the database: ready for the opportunities module's history writer. */
export interface ResolvedDeal {
  line: number;
  existingId: string | undefined;
  accountId: string;
  name: string;
  owner: { id: string; salesGroupId: string | null } | null;
  marketId: string | null;
  stageKey: string;
  currency: string;
  estimatedValue: number | null;
  lines: {
    productId: string;
    quantity: number;
    unitPrice: number;
    discountPercent: number;
    recurring: boolean;
    contractMonths: number | null;
    terminableAfterMonths: number | null;
  }[];
  createdAt: Date;
  closedOn: string | null;
  expectedCloseOn: string | null;
  lostNote: string | null;
  customFields?: CustomValues;
  sourceSystem: string;
  sourceId: string;
}

/**
 * Opportunities with their stage (mapped from the other CRM's names), value, dates, owner and
 * product, looked up in one go per batch. History is imported as it stands: gates are not applied
 * to past deals, and the created and close dates are kept so that cycle lengths and win rates are
 * the file's own. Owners who are not Korsa users (after `ownerMap`) are reported per row.
 */
export async function resolveOpportunityRows(
  tx: Db,
  rows: OpportunityRow[],
  l: Lookups,
  o: OpportunityImportContext,
): Promise<{ deals: ResolvedDeal[]; errors: RowError[] }> {
  const { accountOf, existing, productByKey, ownerOf, currencyOfMarket, accountMarkets } = await dealContext(
    tx,
    rows,
    l,
    o.ownerMap,
    (accountOf) => rows.map((r) => sourceIdOf(r, accountOf(r))),
  );
  const errors: RowError[] = [];
  const deals: ResolvedDeal[] = [];
  const rowOfSource = new Map<string, number>();
  for (const r of rows) {
    const accountId = accountOf(r);
    if (!accountId) {
      errors.push(accountError(r, o.columns.account));
      continue;
    }
    const sourceId = sourceIdOf(r, accountId);
    const earlier = rowOfSource.get(sourceId);
    if (earlier !== undefined) {
      errors.push({
        row: r.line,
        column: null,
        message: `the same deal as row ${earlier} (the same id, or account, date, product and name)`,
      });
      continue;
    }
    rowOfSource.set(sourceId, r.line);
    const key = stageOfStatus(r.status) ?? mapStage(r.stage, o.stageMap);
    if (!key) {
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
    const closed = key === 'won' || key === 'lost';
    // the day it closed where the file says so; otherwise its (last) expected close date
    const closedOn = closed ? (r.closedOn ?? r.expectedCloseOn) : undefined;
    if (closed && !closedOn) {
      errors.push({ row: r.line, column: o.columns.expectedCloseOn, message: 'a won or lost deal needs its close date' });
      continue;
    }
    const owner = ownerOf(r.owner, r.line, o.columns.owner, errors);
    const value = r.value ?? 0;
    const createdAt = r.createdOn ?? o.now;
    const marketId = accountMarkets.get(accountId) ?? null;
    deals.push({
      line: r.line,
      existingId: existing.get(sourceId),
      accountId,
      name: r.name ?? `${product?.name ?? r.product ?? 'Opportunity'} — ${r.account ?? r.accountSourceId}`,
      owner,
      marketId,
      stageKey: key,
      currency: r.currency ?? o.defaultCurrency ?? (marketId ? currencyOfMarket.get(marketId) : undefined) ?? o.reportingCurrency,
      estimatedValue: value,
      lines: product
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
        : [],
      createdAt,
      closedOn: closedOn ? closedOn.toISOString().slice(0, 10) : null,
      expectedCloseOn: r.expectedCloseOn ? r.expectedCloseOn.toISOString().slice(0, 10) : null,
      lostNote: key === 'lost' ? (r.lostReason ?? null) : null,
      ...(r.customFields ? { customFields: r.customFields } : {}),
      sourceSystem: l.system,
      sourceId,
    });
  }
  return { deals, errors };
}

/** The file's id for a deal, or one derived from what identifies it (account, created date, product, name). */
function sourceIdOf(r: OpportunityRow, accountId: string | undefined): string {
  if (r.sourceId) return r.sourceId;
  const createdAt = r.createdOn?.toISOString() ?? '';
  return `k:${createHash('sha1')
    .update(`${accountId ?? ''}|${createdAt}|${r.product ?? ''}|${r.name ?? ''}`)
    .digest('hex')}`;
}
