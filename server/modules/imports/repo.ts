import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/client';
import {
  accounts,
  activities,
  activityContacts,
  contacts,
  importErrors,
  imports,
  markets,
  opportunities,
  opportunityLines,
  products,
  salesGroups,
  stageChanges,
  stages,
  users,
} from '../../db/schema';
import { mapStage } from '../../domain/imports/stages';
import { valueOpportunity } from '../../domain/pipeline/money';
import type { AccountRow, ActivityRow, ContactRow, OpportunityRow, ProductRow, RowError } from './rows';

/** The global process, seeded by migration 0006. */
const GLOBAL_PROCESS = '00000000-0000-4000-8000-000000000001';

export interface BatchResult {
  created: number;
  updated: number;
  errors: RowError[];
}

const textArray = (values: (string | null | undefined)[]) => sql`${sql.param(values.map((v) => v ?? null))}::text[]`;

/** input → id for the inputs that match, via `korsa_fold` equality or exact text. */
async function lookup(tx: Db, query: (values: ReturnType<typeof textArray>) => ReturnType<typeof sql>, values: string[]) {
  const unique = [...new Set(values)];
  if (unique.length === 0) return new Map<string, string>();
  const rows = rowsOf<{ input: string; id: string }>(await tx.execute(query(textArray(unique))));
  return new Map(rows.map((r) => [r.input, r.id]));
}

const accountsBySource = (tx: Db, system: string, ids: string[]) =>
  lookup(
    tx,
    (arr) => sql`select x as input, a.id from unnest(${arr}) x join ${accounts} a on a.source_system = ${system} and a.source_id = x`,
    ids,
  );
const accountsByOrgNumber = (tx: Db, orgs: string[]) =>
  lookup(
    tx,
    (arr) =>
      sql`select distinct on (x) x as input, a.id from unnest(${arr}) x join ${accounts} a on a.org_number = x order by x, a.created_at`,
    orgs,
  );
const accountsByName = (tx: Db, names: string[]) =>
  lookup(
    tx,
    (arr) =>
      sql`select distinct on (x) x as input, a.id from unnest(${arr}) x join ${accounts} a on korsa_fold(a.name) = korsa_fold(x) order by x, a.created_at`,
    names,
  );

export interface Lookups {
  system: string;
  markets: Map<string, string>;
  accountCache: Map<string, string>;
}

export async function marketLookup(tx: Db): Promise<Map<string, string>> {
  const rows = await tx.select({ id: markets.id, code: markets.code, name: markets.name }).from(markets);
  const map = new Map<string, string>();
  for (const m of rows) {
    map.set(m.code.toLowerCase(), m.id);
    map.set(m.name.toLowerCase(), m.id);
  }
  // the markets' names in their own languages
  const native: Record<string, string[]> = { SE: ['sverige'], NO: ['norge', 'noreg'], DK: ['danmark'], FI: ['suomi'] };
  for (const m of rows) for (const n of native[m.code] ?? []) map.set(n, m.id);
  return map;
}

/**
 * Accounts: matched on (source system, source id), then organisation number, then name (ignoring
 * case and accents), so importing a file twice updates instead of duplicating. Parents are linked
 * afterwards (they may come later in the file).
 */
export async function writeAccounts(
  tx: Db,
  rows: AccountRow[],
  l: Lookups,
): Promise<BatchResult & { parentLinks: { id: string; parent: string; line: number }[] }> {
  const [bySource, byOrg, byName] = await Promise.all([
    accountsBySource(
      tx,
      l.system,
      rows.flatMap((r) => (r.sourceId ? [r.sourceId] : [])),
    ),
    accountsByOrgNumber(
      tx,
      rows.flatMap((r) => (r.orgNumber ? [r.orgNumber] : [])),
    ),
    accountsByName(
      tx,
      rows.map((r) => r.name),
    ),
  ]);
  let created = 0;
  let updated = 0;
  const parentLinks: { id: string; parent: string; line: number }[] = [];
  const seen = new Map<string, string>(); // key within this batch → id
  for (const r of rows) {
    const values = {
      name: r.name,
      orgNumber: r.orgNumber,
      industry: r.industry,
      size: r.size as 'small' | undefined,
      marketId: (r.market && l.markets.get(r.market.toLowerCase())) || (r.country && l.markets.get(r.country.toLowerCase())) || undefined,
      street: r.street,
      postalCode: r.postalCode,
      city: r.city,
      country: r.country,
      website: r.website,
      phone: r.phone,
    };
    const key = r.sourceId ? `s:${r.sourceId}` : r.orgNumber ? `o:${r.orgNumber}` : `n:${r.name.toLowerCase()}`;
    const existing =
      seen.get(key) ?? (r.sourceId && bySource.get(r.sourceId)) ?? (r.orgNumber && byOrg.get(r.orgNumber)) ?? byName.get(r.name);
    let id: string;
    if (existing) {
      const set = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
      await tx
        .update(accounts)
        .set({ ...set, ...(r.sourceId ? { sourceSystem: l.system, sourceId: r.sourceId } : {}), updatedAt: sql`now()` })
        .where(eq(accounts.id, existing));
      id = existing;
      updated++;
    } else {
      const [row] = await tx
        .insert(accounts)
        .values({ ...values, sourceSystem: r.sourceId ? l.system : null, sourceId: r.sourceId ?? null })
        .returning({ id: accounts.id });
      id = row!.id;
      created++;
    }
    seen.set(key, id);
    l.accountCache.set(`n:${r.name}`, id);
    if (r.sourceId) l.accountCache.set(`s:${r.sourceId}`, id);
    if (r.parent) parentLinks.push({ id, parent: r.parent, line: r.line });
  }
  return { created, updated, errors: [], parentLinks };
}

/** Link parents by source id or name once every account of the file exists. */
export async function linkParents(
  tx: Db,
  links: { id: string; parent: string; line: number }[],
  l: Lookups,
  column: string | null,
): Promise<RowError[]> {
  const [bySource, byName] = await Promise.all([
    accountsBySource(
      tx,
      l.system,
      links.map((x) => x.parent),
    ),
    accountsByName(
      tx,
      links.map((x) => x.parent),
    ),
  ]);
  const errors: RowError[] = [];
  for (const link of links) {
    const parentId = bySource.get(link.parent) ?? byName.get(link.parent);
    if (!parentId || parentId === link.id) {
      errors.push({ row: link.line, column, message: `the parent account "${link.parent}" was not found; imported without a parent` });
      continue;
    }
    await tx.update(accounts).set({ parentId }).where(eq(accounts.id, link.id));
  }
  return errors;
}

/** The account a contact or activity row refers to (cached across batches). */
async function resolveAccounts(tx: Db, rows: { account?: string; accountSourceId?: string }[], l: Lookups) {
  const missingSource = rows.flatMap((r) =>
    r.accountSourceId && !l.accountCache.has(`s:${r.accountSourceId}`) ? [r.accountSourceId] : [],
  );
  const missingName = rows.flatMap((r) => (!r.accountSourceId && r.account && !l.accountCache.has(`n:${r.account}`) ? [r.account] : []));
  const [bySource, byName] = await Promise.all([accountsBySource(tx, l.system, missingSource), accountsByName(tx, missingName)]);
  for (const [k, v] of bySource) l.accountCache.set(`s:${k}`, v);
  for (const [k, v] of byName) l.accountCache.set(`n:${k}`, v);
  return (r: { account?: string; accountSourceId?: string }) =>
    (r.accountSourceId ? l.accountCache.get(`s:${r.accountSourceId}`) : undefined) ??
    (r.account ? l.accountCache.get(`n:${r.account}`) : undefined);
}

function accountError(r: { line: number; account?: string; accountSourceId?: string }, column: string | null): RowError {
  return { row: r.line, column, message: `the account "${r.accountSourceId ?? r.account}" was not found (import the accounts first)` };
}

/** Contacts: matched on source id, then e-mail, then name at the same account. */
export async function writeContacts(tx: Db, rows: ContactRow[], l: Lookups, accountColumn: string | null): Promise<BatchResult> {
  const accountOf = await resolveAccounts(tx, rows, l);
  const errors: RowError[] = [];
  let created = 0;
  let updated = 0;
  const [bySource, byEmail] = await Promise.all([
    lookup(
      tx,
      (arr) => sql`select x as input, c.id from unnest(${arr}) x join ${contacts} c on c.source_system = ${l.system} and c.source_id = x`,
      rows.flatMap((r) => (r.sourceId ? [r.sourceId] : [])),
    ),
    lookup(
      tx,
      (arr) =>
        sql`select distinct on (x) x as input, c.id from unnest(${arr}) x join ${contacts} c on lower(c.email) = lower(x) order by x, c.created_at`,
      rows.flatMap((r) => (r.email ? [r.email] : [])),
    ),
  ]);
  for (const r of rows) {
    const accountId = accountOf(r);
    if (!accountId) {
      errors.push(accountError(r, accountColumn));
      continue;
    }
    const values = {
      accountId,
      firstName: r.firstName ?? '',
      lastName: r.lastName!,
      title: r.title,
      buyingRole: r.buyingRole,
      email: r.email,
      phone: r.phone,
    };
    let existing = (r.sourceId && bySource.get(r.sourceId)) || (r.email && byEmail.get(r.email)) || undefined;
    if (!existing) {
      const [same] = await tx
        .select({ id: contacts.id })
        .from(contacts)
        .where(
          sql`${contacts.accountId} = ${accountId} and lower(${contacts.firstName}) = lower(${values.firstName}) and lower(${contacts.lastName}) = lower(${values.lastName})`,
        )
        .limit(1);
      existing = same?.id;
    }
    if (existing) {
      const set = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
      await tx
        .update(contacts)
        .set({ ...set, updatedAt: sql`now()` })
        .where(eq(contacts.id, existing));
      updated++;
    } else {
      const [row] = await tx
        .insert(contacts)
        .values({ ...values, sourceSystem: r.sourceId ? l.system : null, sourceId: r.sourceId ?? null })
        .returning({ id: contacts.id });
      if (r.email) byEmail.set(r.email, row!.id);
      created++;
    }
  }
  return { created, updated, errors };
}

/** Products: matched on code (derived from the name when the file has none). */
export async function writeProducts(
  tx: Db,
  rows: ProductRow[],
  defaultGroup: string | undefined,
  groupColumn: string | null,
): Promise<BatchResult> {
  const groups = await tx.select({ id: salesGroups.id, name: salesGroups.name }).from(salesGroups);
  const groupId = (name: string | undefined) => groups.find((g) => g.name.toLowerCase() === name?.toLowerCase())?.id;
  const errors: RowError[] = [];
  let created = 0;
  let updated = 0;
  for (const r of rows) {
    const salesGroupId = groupId(r.salesGroup ?? defaultGroup);
    if (!salesGroupId) {
      errors.push({
        row: r.line,
        column: groupColumn,
        message:
          r.salesGroup || defaultGroup
            ? `there is no sales group "${r.salesGroup ?? defaultGroup}"`
            : 'the sales group is empty (map a column or choose a default group)',
      });
      continue;
    }
    const code = r.code ?? productCode(r.name);
    const [existing] = await tx.select({ id: products.id }).from(products).where(eq(products.code, code));
    const values = { salesGroupId, code, name: r.name, family: r.family ?? r.name, description: r.description ?? '' };
    if (existing) {
      await tx
        .update(products)
        .set({ ...values, updatedAt: sql`now()` })
        .where(eq(products.id, existing.id));
      updated++;
    } else {
      await tx.insert(products).values(values);
      created++;
    }
  }
  return { created, updated, errors };
}

/** "GTX Plus Basic" → "GTX-PLUS-BASIC". */
export function productCode(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

/**
 * Activities: inserted in one statement per batch; a row already imported (same source id, or the
 * same account, time, type and subject) is skipped, so a re-import adds nothing.
 */
export async function writeActivities(
  tx: Db,
  rows: ActivityRow[],
  l: Lookups,
  accountColumn: string | null,
  fallbackAuthor: { id: string; salesGroupId: string | null } | null,
): Promise<BatchResult> {
  const accountOf = await resolveAccounts(tx, rows, l);
  const emails = [...new Set(rows.flatMap((r) => [r.contactEmail, r.authorEmail]).filter((e): e is string => !!e))];
  const [contactByEmail, authors] = await Promise.all([
    lookup(
      tx,
      (arr) =>
        sql`select distinct on (x) x as input, c.id from unnest(${arr}) x join ${contacts} c on lower(c.email) = lower(x) order by x, c.created_at`,
      emails,
    ),
    emails.length
      ? tx
          .select({ id: users.id, email: users.email, salesGroupId: users.salesGroupId })
          .from(users)
          .where(sql`lower(${users.email}) = any(${textArray(emails.map((e) => e.toLowerCase()))})`)
      : Promise.resolve([]),
  ]);
  const authorByEmail = new Map(authors.map((a) => [a.email.toLowerCase(), a]));
  const errors: RowError[] = [];
  const values: (typeof activities.$inferInsert)[] = [];
  const contactOf = new Map<string, string>();
  for (const r of rows) {
    const accountId = accountOf(r);
    if (!accountId) {
      errors.push(accountError(r, accountColumn));
      continue;
    }
    const author = (r.authorEmail && authorByEmail.get(r.authorEmail.toLowerCase())) || fallbackAuthor;
    const sourceId = r.sourceId ?? naturalKey(accountId, r);
    const contactId = r.contactEmail ? contactByEmail.get(r.contactEmail) : undefined;
    if (contactId) contactOf.set(sourceId, contactId);
    values.push({
      accountId,
      type: r.type,
      subject: r.subject,
      body: r.body ?? '',
      occurredAt: r.occurredAt,
      authorId: author?.id ?? null,
      salesGroupId: author?.salesGroupId ?? null,
      sourceSystem: l.system,
      sourceId,
    });
  }
  if (values.length === 0) return { created: 0, updated: 0, errors };
  // One statement with a column array per field (unnest): fast to build and to plan, whatever the batch size.
  const col = <K extends keyof (typeof values)[number]>(k: K) => sql.param(values.map((v) => v[k] ?? null));
  const result = await tx.execute(sql`
    insert into ${activities} (account_id, type, subject, body, occurred_at, author_id, sales_group_id, source_system, source_id)
    select * from unnest(${col('accountId')}::uuid[], ${col('type')}::text[], ${col('subject')}::text[], ${col('body')}::text[],
      ${sql.param(values.map((v) => v.occurredAt.toISOString()))}::timestamptz[], ${col('authorId')}::uuid[],
      ${col('salesGroupId')}::uuid[], ${col('sourceSystem')}::text[], ${col('sourceId')}::text[])
    on conflict (source_system, source_id) do nothing
    returning id, source_id as "sourceId"`);
  const inserted = rowsOf<{ id: string; sourceId: string | null }>(result);
  const links = inserted.flatMap((a) =>
    a.sourceId && contactOf.has(a.sourceId) ? [{ activityId: a.id, contactId: contactOf.get(a.sourceId)! }] : [],
  );
  if (links.length) await tx.insert(activityContacts).values(links);
  return { created: inserted.length, updated: 0, errors };
}

function naturalKey(accountId: string, r: ActivityRow): string {
  return `k:${createHash('sha1').update(`${accountId}|${r.occurredAt.toISOString()}|${r.type}|${r.subject}`).digest('hex')}`;
}

// The import log

export async function insertImport(db: Db, values: typeof imports.$inferInsert) {
  const [row] = await db.insert(imports).values(values).returning();
  return row!;
}

export async function finishImport(db: Db, id: string, values: Partial<typeof imports.$inferInsert>, errors: RowError[]) {
  await db.update(imports).set(values).where(eq(imports.id, id));
  for (let i = 0; i < errors.length; i += 1000) {
    await db.insert(importErrors).values(errors.slice(i, i + 1000).map((e) => ({ importId: id, ...e, severity: e.severity ?? 'error' })));
  }
}

export async function findImport(db: Db, id: string) {
  const [row] = await db.select().from(imports).where(eq(imports.id, id));
  return row;
}

export async function listImports(db: Db, limit: number) {
  return db
    .select()
    .from(imports)
    .orderBy(sql`${imports.startedAt} desc`)
    .limit(limit);
}

export async function importErrorsOf(db: Db, id: string, limit: number, offset: number) {
  return db
    .select({ row: importErrors.row, column: importErrors.column, message: importErrors.message, severity: importErrors.severity })
    .from(importErrors)
    .where(eq(importErrors.importId, id))
    .orderBy(importErrors.row, importErrors.id)
    .limit(limit)
    .offset(offset);
}

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
