import { and, asc, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { SellerTie } from '@domain/signals';
import { rowsOf, type Db } from '../../db/client';
import {
  accounts,
  contacts,
  pageProductRules,
  products,
  salesGroups,
  signalAlerts,
  signalSettings,
  signalSites,
  siteVisitors,
  siteVisits,
} from '../../db/schema';

// ── Settings, sites, page rules ──────────────────────────────────────────────────────────────

export async function settings(db: Db) {
  const [row] = await db.select().from(signalSettings).where(eq(signalSettings.id, 1));
  return row;
}

export async function saveSettings(db: Db, values: { quietDays: number; updatedAt: Date }) {
  await db
    .insert(signalSettings)
    .values({ id: 1, ...values })
    .onConflictDoUpdate({ target: signalSettings.id, set: values });
}

export async function listSites(db: Db) {
  return db.select().from(signalSites).orderBy(asc(signalSites.createdAt));
}

export async function insertSite(db: Db, values: typeof signalSites.$inferInsert) {
  const [row] = await db.insert(signalSites).values(values).returning();
  return row!;
}

export async function siteByTokenHash(db: Db, tokenHash: string) {
  const [row] = await db.select().from(signalSites).where(eq(signalSites.tokenHash, tokenHash));
  return row;
}

export async function siteByPublicKey(db: Db, publicKey: string) {
  const [row] = await db
    .select({ id: signalSites.id, active: signalSites.active })
    .from(signalSites)
    .where(eq(signalSites.publicKey, publicKey));
  return row;
}

export async function updateSite(db: Db, id: string, values: { name?: string; active?: boolean }) {
  if (values.name === undefined && values.active === undefined) {
    const [row] = await db.select().from(signalSites).where(eq(signalSites.id, id));
    return row;
  }
  const [row] = await db.update(signalSites).set(values).where(eq(signalSites.id, id)).returning();
  return row;
}

// ── The script's visitors ────────────────────────────────────────────────────────────────────

/** Visitor ids → the e-mail they gave (a form, an identify call); one multi-row upsert. */
export async function rememberVisitors(db: Db, siteId: string, said: [visitorId: string, email: string][], at: Date) {
  await db
    .insert(siteVisitors)
    .values(said.map(([visitorId, email]) => ({ siteId, visitorId, email, identifiedAt: at })))
    .onConflictDoUpdate({
      target: [siteVisitors.siteId, siteVisitors.visitorId],
      set: { email: sql`excluded.email`, identifiedAt: sql`excluded.identified_at` },
    });
}

/** The e-mails earlier given by these visitors of a site (by its primary key). */
export async function visitorEmails(db: Db, siteId: string, visitorIds: string[]): Promise<Map<string, string>> {
  const rows = await db
    .select({ visitorId: siteVisitors.visitorId, email: siteVisitors.email })
    .from(siteVisitors)
    .where(and(eq(siteVisitors.siteId, siteId), inArray(siteVisitors.visitorId, visitorIds)));
  return new Map(rows.map((r) => [r.visitorId, r.email]));
}

export async function pruneVisitors(db: Db, before: Date): Promise<void> {
  await db.delete(siteVisitors).where(lt(siteVisitors.identifiedAt, before));
}

export async function pageRules(db: Db) {
  return db
    .select({ pattern: pageProductRules.pattern, productId: pageProductRules.productId, family: pageProductRules.family })
    .from(pageProductRules)
    .orderBy(asc(pageProductRules.createdAt), asc(pageProductRules.pattern));
}

/** Which of these product families exist (a family is named by its products). */
export async function knownFamilies(db: Db, families: string[]): Promise<Set<string>> {
  if (families.length === 0) return new Set();
  const rows = await db.selectDistinct({ family: products.family }).from(products).where(inArray(products.family, families));
  return new Set(rows.map((r) => r.family));
}

export async function replacePageRules(db: Db, rules: { pattern: string; productId: string | null; family: string | null }[], at: Date) {
  await db.delete(pageProductRules);
  if (rules.length) await db.insert(pageProductRules).values(rules.map((r) => ({ ...r, createdAt: at })));
}

// ── Who visits ───────────────────────────────────────────────────────────────────────────────

const websiteDomain = sql`lower(regexp_replace(regexp_replace(${accounts.website}, '^[A-Za-z]+://', ''), '^www\\.|[/?#:].*$', '', 'g'))`;

/** The contacts with these e-mails and the accounts with these domains (the oldest of each), in two statements. */
export async function identify(db: Db, emails: string[], domains: string[]) {
  const byEmail = emails.length
    ? await db
        .selectDistinctOn([sql`lower(${contacts.email})`], {
          email: sql<string>`lower(${contacts.email})`,
          id: contacts.id,
          accountId: contacts.accountId,
          title: contacts.title,
          buyingRole: contacts.buyingRole,
        })
        .from(contacts)
        .where(and(inArray(sql`lower(${contacts.email})`, emails), sql`${contacts.deletedAt} is null`))
        .orderBy(sql`lower(${contacts.email})`, asc(contacts.createdAt))
    : [];
  const byDomain = domains.length
    ? await db
        .selectDistinctOn([websiteDomain], { domain: sql<string>`${websiteDomain}`, id: accounts.id })
        .from(accounts)
        .where(and(sql`${accounts.website} is not null`, inArray(websiteDomain, domains), sql`${accounts.deletedAt} is null`))
        .orderBy(websiteDomain, asc(accounts.createdAt))
    : [];
  return { byEmail, byDomain };
}

export async function accountFacts(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: accounts.id, name: accounts.name, status: accounts.status, ownerId: accounts.ownerId, marketId: accounts.marketId })
    .from(accounts)
    .where(inArray(accounts.id, ids));
}

/** Each contact's last visit before the given moment, in one statement: an index look-up per contact, never a scan of the visits. */
export async function lastVisitsBefore(db: Db, before: [contactId: string, at: Date][]): Promise<Map<string, Date | null>> {
  const values = sql.join(
    before.map(([id, at]) => sql`(${id}::uuid, ${at}::timestamptz)`),
    sql`, `,
  );
  const result = await db.execute(sql`
    select c.id, (select v.at from site_visits v where v.contact_id = c.id and v.at < c.before order by v.at desc limit 1) as at
      from (values ${values}) as c(id, before)`);
  return new Map(rowsOf<{ id: string; at: string | Date | null }>(result).map((r) => [r.id, r.at === null ? null : new Date(r.at)]));
}

/** Which of these alert keys were raised already (the unique index). */
export async function existingAlertKeys(db: Db, keys: string[]): Promise<Set<string>> {
  const rows = await db.select({ key: signalAlerts.key }).from(signalAlerts).where(inArray(signalAlerts.key, keys));
  return new Set(rows.map((r) => r.key));
}

/**
 * This transaction's commit does not wait for the disk: page views are kept for analytics and alerts,
 * and a database crash losing the last fraction of a second of them costs nothing that matters.
 */
export async function relaxCommit(db: Db): Promise<void> {
  await db.execute(sql`select set_config('synchronous_commit', 'off', true)`);
}

export async function insertVisits(db: Db, values: (typeof siteVisits.$inferInsert)[]) {
  if (values.length) await db.insert(siteVisits).values(values);
}

/** Keep an alert once per key: true when it is new (the caller then tells people). */
export async function claimAlert(db: Db, values: typeof signalAlerts.$inferInsert): Promise<boolean> {
  const rows = await db
    .insert(signalAlerts)
    .values(values)
    .onConflictDoNothing({ target: signalAlerts.key })
    .returning({ id: signalAlerts.id });
  return rows.length > 0;
}

export async function product(db: Db, id: string) {
  const [row] = await db
    .select({
      id: products.id,
      name: products.name,
      salesGroupId: products.salesGroupId,
      leaderId: salesGroups.leaderId,
      groupName: salesGroups.name,
    })
    .from(products)
    .innerJoin(salesGroups, eq(salesGroups.id, products.salesGroupId))
    .where(eq(products.id, id));
  return row;
}

/**
 * A product family as an alert's subject: its active products, and the sales group that sells most
 * of them (a family is one group's in practice) with its leader.
 */
export async function family(db: Db, name: string) {
  const rows = await db
    .select({ id: products.id, salesGroupId: products.salesGroupId, leaderId: salesGroups.leaderId, groupName: salesGroups.name })
    .from(products)
    .innerJoin(salesGroups, eq(salesGroups.id, products.salesGroupId))
    .where(and(eq(products.family, name), eq(products.active, true)))
    .orderBy(asc(products.name));
  if (rows.length === 0) return null;
  const count = (groupId: string) => rows.filter((r) => r.salesGroupId === groupId).length;
  const main = rows.reduce((best, r) => (count(r.salesGroupId) > count(best.salesGroupId) ? r : best));
  return { name, productIds: rows.map((r) => r.id), salesGroupId: main.salesGroupId, leaderId: main.leaderId, groupName: main.groupName };
}

/**
 * Who in a group has worked an account: its owner (if in the group), the owners of its
 * opportunities in the group, the authors of its timeline entries written for the group — active
 * sellers and leaders only.
 */
export async function groupTiesAt(db: Db, accountId: string, salesGroupId: string) {
  const result = await db.execute(sql`
    select u.id as "userId", t.tie, max(t.at) as "lastAt" from (
      select owner_id as user_id, 'owner' as tie, null::timestamptz as at from accounts where id = ${accountId}
      union all
      select owner_id, 'opportunity', coalesce(closed_at, created_at) from opportunities
       where account_id = ${accountId} and deleted_at is null
      union all
      select author_id, 'activity', max(occurred_at) from activities
       where account_id = ${accountId} and sales_group_id = ${salesGroupId} and author_id is not null
       group by author_id
    ) t join users u on u.id = t.user_id
    where u.sales_group_id = ${salesGroupId} and u.active and u.role in ('seller', 'sales_leader')
    group by u.id, t.tie`);
  return rowsOf<{ userId: string; tie: SellerTie; lastAt: string | Date | null }>(result).map((r) => ({
    ...r,
    lastAt: r.lastAt === null ? null : new Date(r.lastAt),
  }));
}

/** The account's sellers: its owner and the owners of its open opportunities. */
export async function accountSellers(db: Db, accountId: string) {
  const result = await db.execute(sql`
    select owner_id as id from accounts where id = ${accountId} and owner_id is not null
    union
    select owner_id from opportunities where account_id = ${accountId} and closed_at is null and deleted_at is null and owner_id is not null`);
  return rowsOf<{ id: string }>(result).map((r) => r.id);
}

export async function contactName(db: Db, contactId: string) {
  const [row] = await db
    .select({ name: sql<string>`${contacts.firstName} || ' ' || ${contacts.lastName}` })
    .from(contacts)
    .where(eq(contacts.id, contactId));
  return row?.name ?? null;
}

// ── Retention ────────────────────────────────────────────────────────────────────────────────

/** Delete visits older than the cutoff, a bounded slice at a time (the job runs again for the rest). */
export async function pruneVisits(db: Db, before: Date, limit = 10_000): Promise<number> {
  const result = await db.execute(sql`
    delete from site_visits where id in (select id from site_visits where at < ${before} limit ${limit}) returning 1`);
  return rowsOf<unknown>(result).length;
}

/** An account's latest visits (or one contact's), newest first, with the product and the person: the account index, no scan. */
export async function visitsOf(db: Db, accountId: string, contactId: string | undefined, limit: number) {
  return db
    .select({
      id: siteVisits.id,
      kind: siteVisits.kind,
      path: siteVisits.path,
      title: siteVisits.title,
      at: siteVisits.at,
      productId: products.id,
      productName: products.name,
      contactId: contacts.id,
      contactName: sql<
        string | null
      >`case when ${contacts.id} is null then null else ${contacts.firstName} || ' ' || ${contacts.lastName} end`,
    })
    .from(siteVisits)
    .leftJoin(products, eq(products.id, siteVisits.productId))
    .leftJoin(contacts, eq(contacts.id, siteVisits.contactId))
    .where(and(eq(siteVisits.accountId, accountId), contactId ? eq(siteVisits.contactId, contactId) : undefined))
    .orderBy(desc(siteVisits.at))
    .limit(limit);
}
