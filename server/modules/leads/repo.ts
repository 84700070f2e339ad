import { and, asc, desc, eq, ilike, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { LeadListQuery } from '@contract/leads';
import { marketingStatuses, type LeadStatus } from '@domain/leads';
import { rowsOf, type Db } from '../../db/client';
import { accounts, contacts, leadEvents, leadForms, leadSettings, leadUpdates, leads, markets, salesGroups, users } from '../../db/schema';

export type LeadRow = typeof leads.$inferSelect;
const owners = alias(users, 'owner');
const assignees = alias(users, 'assignee');

function base(db: Db) {
  return db
    .select({
      lead: leads,
      marketCode: markets.code,
      ownerName: owners.name,
      accountName: accounts.name,
      contactName: sql<
        string | null
      >`case when ${contacts.id} is null then null else ${contacts.firstName} || ' ' || ${contacts.lastName} end`,
      groupName: salesGroups.name,
      assigneeName: assignees.name,
      assigneeGroupId: assignees.salesGroupId,
      assigneeMarketId: assignees.marketId,
    })
    .from(leads)
    .leftJoin(markets, eq(markets.id, leads.marketId))
    .leftJoin(owners, eq(owners.id, leads.ownerId))
    .leftJoin(accounts, eq(accounts.id, leads.accountId))
    .leftJoin(contacts, eq(contacts.id, leads.contactId))
    .leftJoin(salesGroups, eq(salesGroups.id, leads.salesGroupId))
    .leftJoin(assignees, eq(assignees.id, leads.assignedUserId));
}
export type LeadView = Awaited<ReturnType<ReturnType<typeof base>['execute']>>[number];

export async function findLead(db: Db, id: string) {
  const [row] = await base(db).where(eq(leads.id, id));
  return row;
}

/** Lock the lead for a change (two people accepting or converting at once: the second waits, then sees the first). */
export async function lockLead(db: Db, id: string) {
  const [row] = await db.select().from(leads).where(eq(leads.id, id)).for('update');
  return row;
}

export async function listLeads(
  db: Db,
  q: LeadListQuery,
  viewer: { id: string; salesGroupId: string | null; leadsGroupIds: readonly string[] },
  now: Date,
) {
  const myGroups = [...new Set([...(viewer.salesGroupId ? [viewer.salesGroupId] : []), ...viewer.leadsGroupIds])];
  const box: SQL | undefined =
    q.box === 'inbox'
      ? and(
          eq(leads.status, 'handed_to_sales'),
          or(
            eq(leads.assignedUserId, viewer.id),
            myGroups.length ? sql`(${leads.assignedUserId} is null and ${leads.salesGroupId} in ${myGroups})` : undefined,
            viewer.leadsGroupIds.length ? inArray(leads.salesGroupId, [...viewer.leadsGroupIds]) : undefined,
          ),
        )
      : q.box === 'marketing'
        ? inArray(leads.status, [...marketingStatuses])
        : q.box === 'mine'
          ? or(eq(leads.assignedUserId, viewer.id), eq(leads.ownerId, viewer.id))
          : undefined;
  const search = q.q ? `%${q.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%` : null;
  const where = and(
    box,
    q.status ? eq(leads.status, q.status) : undefined,
    q.source ? eq(leads.source, q.source) : undefined,
    q.salesGroupId ? eq(leads.salesGroupId, q.salesGroupId) : undefined,
    q.marketId ? eq(leads.marketId, q.marketId) : undefined,
    q.accountId ? eq(leads.accountId, q.accountId) : undefined,
    search ? or(ilike(leads.name, search), ilike(leads.company, search), ilike(leads.email, search)) : undefined,
    q.overdue === true ? and(eq(leads.status, 'handed_to_sales'), lte(leads.dueAt, now)) : undefined,
  );
  const order =
    q.sort === '-score'
      ? [desc(leads.score), desc(leads.id)]
      : q.sort === 'dueAt'
        ? [sql`${leads.dueAt} asc nulls last`, asc(leads.id)]
        : [desc(leads.createdAt), desc(leads.id)];
  const items = await base(db)
    .where(where)
    .orderBy(...order)
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(leads)
    .where(where);
  return { items, total: count?.n ?? 0 };
}

export async function insertLead(db: Db, values: typeof leads.$inferInsert) {
  const [row] = await db.insert(leads).values(values).returning();
  return row!;
}

export async function updateLead(db: Db, id: string, values: Partial<typeof leads.$inferInsert>, now: Date) {
  await db
    .update(leads)
    .set({ ...values, updatedAt: now })
    .where(eq(leads.id, id));
}

export async function insertUpdate(db: Db, values: typeof leadUpdates.$inferInsert) {
  await db.insert(leadUpdates).values(values);
}

export async function updatesOf(db: Db, leadId: string) {
  return db
    .select({ status: leadUpdates.status, reason: leadUpdates.reason, note: leadUpdates.note, by: users.name, at: leadUpdates.at })
    .from(leadUpdates)
    .leftJoin(users, eq(users.id, leadUpdates.byUserId))
    .where(eq(leadUpdates.leadId, leadId))
    .orderBy(asc(leadUpdates.at), asc(leadUpdates.id));
}

export async function insertEvent(db: Db, values: typeof leadEvents.$inferInsert) {
  await db.insert(leadEvents).values(values);
}

export async function eventsOf(db: Db, leadId: string) {
  return db
    .select({ kind: leadEvents.kind, detail: leadEvents.detail, at: leadEvents.at })
    .from(leadEvents)
    .where(eq(leadEvents.leadId, leadId))
    .orderBy(desc(leadEvents.at))
    .limit(500);
}

/** Behaviour events of many leads at once (rescoring). */
export async function eventsOfMany(db: Db, leadIds: string[]) {
  if (leadIds.length === 0) return [];
  return db
    .select({ leadId: leadEvents.leadId, kind: leadEvents.kind, at: leadEvents.at })
    .from(leadEvents)
    .where(inArray(leadEvents.leadId, leadIds));
}

/** Leads whose score can still matter (not converted or disqualified), a page at a time. */
export async function openLeadsAfter(db: Db, afterId: string | null, limit: number) {
  return db
    .select({
      id: leads.id,
      industry: leads.industry,
      size: leads.size,
      title: leads.title,
      source: leads.source,
      country: leads.country,
      market: markets.code,
      score: leads.score,
    })
    .from(leads)
    .leftJoin(markets, eq(markets.id, leads.marketId))
    .where(and(sql`${leads.status} not in ('converted', 'disqualified')`, afterId ? sql`${leads.id} > ${afterId}` : undefined))
    .orderBy(asc(leads.id))
    .limit(limit);
}

export async function setScore(db: Db, id: string, score: number) {
  await db.update(leads).set({ score }).where(eq(leads.id, id));
}

export async function marketCode(db: Db, marketId: string | null) {
  if (!marketId) return null;
  const [row] = await db.select({ code: markets.code }).from(markets).where(eq(markets.id, marketId));
  return row?.code ?? null;
}

// ── Matching ─────────────────────────────────────────────────────────────────────────────────

const digitsAndLetters = (col: SQL | typeof accounts.orgNumber) => sql`upper(regexp_replace(${col}, '[^0-9A-Za-z]', '', 'g'))`;
const websiteDomain = sql`lower(regexp_replace(regexp_replace(${accounts.website}, '^[A-Za-z]+://', ''), '^www\\.|[/?#:].*$', '', 'g'))`;

/** The contact with this e-mail, the account with this organisation number, the account with this domain (each the oldest). */
export async function findMatches(db: Db, m: { email: string | null; orgNumber: string | null; domain: string | null }) {
  const [contactByEmail] = m.email
    ? await db
        .select({ id: contacts.id, accountId: contacts.accountId })
        .from(contacts)
        .where(sql`lower(${contacts.email}) = ${m.email}`)
        .orderBy(asc(contacts.createdAt))
        .limit(1)
    : [];
  const [byOrg] = m.orgNumber
    ? await db
        .select({ id: accounts.id })
        .from(accounts)
        .where(sql`${digitsAndLetters(accounts.orgNumber)} = ${m.orgNumber}`)
        .orderBy(asc(accounts.createdAt))
        .limit(1)
    : [];
  const [byDomain] = m.domain
    ? await db
        .select({ id: accounts.id })
        .from(accounts)
        .where(sql`${accounts.website} is not null and ${websiteDomain} = ${m.domain}`)
        .orderBy(asc(accounts.createdAt))
        .limit(1)
    : [];
  return { contactByEmail: contactByEmail ?? null, accountByOrgNumber: byOrg?.id ?? null, accountByDomain: byDomain?.id ?? null };
}

export async function contactAtAccount(db: Db, accountId: string, email: string) {
  const [row] = await db
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.accountId, accountId), sql`lower(${contacts.email}) = ${email}`))
    .limit(1);
  return row?.id ?? null;
}

export async function contactAccount(db: Db, contactId: string) {
  const [row] = await db.select({ accountId: contacts.accountId }).from(contacts).where(eq(contacts.id, contactId));
  return row?.accountId ?? null;
}

export async function accountInfo(db: Db, id: string) {
  const [row] = await db
    .select({ id: accounts.id, name: accounts.name, ownerId: accounts.ownerId })
    .from(accounts)
    .where(eq(accounts.id, id));
  return row;
}

/** An open lead with this e-mail (a second form fill adds to it rather than making a twin). */
export async function openLeadByEmail(db: Db, email: string) {
  const [row] = await db
    .select({ id: leads.id })
    .from(leads)
    .where(and(sql`lower(${leads.email}) = ${email}`, sql`${leads.status} not in ('converted', 'disqualified')`))
    .orderBy(desc(leads.createdAt))
    .limit(1);
  return row?.id ?? null;
}

/** The open lead with this e-mail, locked for an import that fills it in. */
export async function lockLeadByEmail(db: Db, email: string) {
  const [row] = await db
    .select()
    .from(leads)
    .where(and(sql`lower(${leads.email}) = ${email}`, sql`${leads.status} not in ('converted', 'disqualified')`))
    .orderBy(desc(leads.createdAt))
    .limit(1)
    .for('update');
  return row ?? null;
}

// ── People ───────────────────────────────────────────────────────────────────────────────────

export async function userPlacement(db: Db, userId: string) {
  const [row] = await db
    .select({ id: users.id, salesGroupId: users.salesGroupId, marketId: users.marketId, active: users.active, role: users.role })
    .from(users)
    .where(eq(users.id, userId));
  return row;
}

export async function groupLeader(db: Db, salesGroupId: string) {
  const [row] = await db.select({ leaderId: salesGroups.leaderId }).from(salesGroups).where(eq(salesGroups.id, salesGroupId));
  return row?.leaderId ?? null;
}

export async function groupExists(db: Db, salesGroupId: string) {
  const [row] = await db.select({ id: salesGroups.id }).from(salesGroups).where(eq(salesGroups.id, salesGroupId));
  return !!row;
}

/** The active sellers of a group, in the market when it has some there. */
export async function groupSellers(db: Db, salesGroupId: string, marketId: string | null) {
  const rows = await db
    .select({ id: users.id, marketId: users.marketId })
    .from(users)
    .where(and(eq(users.salesGroupId, salesGroupId), eq(users.active, true), eq(users.role, 'seller')));
  const inMarket = marketId ? rows.filter((r) => r.marketId === marketId) : [];
  return (inMarket.length ? inMarket : rows).map((r) => r.id);
}

// ── The agreement ────────────────────────────────────────────────────────────────────────────

/** Handed leads whose reminder or deadline has come. */
export async function slaCandidates(db: Db, now: Date) {
  return db
    .select()
    .from(leads)
    .where(
      and(
        eq(leads.status, 'handed_to_sales'),
        or(and(lte(leads.dueAt, now), sql`${leads.breachedAt} is null`), and(lte(leads.remindAt, now), sql`${leads.remindedAt} is null`)),
      ),
    )
    .limit(5000);
}

/** Every handing-over with the answer that followed it (if any): the agreement report's rows. */
export async function handings(db: Db, from: string | undefined, to: string | undefined) {
  const result = await db.execute(sql`
    select h.sales_group_id as "salesGroupId", g.name as "groupName",
           coalesce(a.by_user_id, h.assigned_user_id) as "sellerId", u.name as "sellerName",
           h.at as "handedAt", h.due_at as "dueAt", a.status as "answer", a.at as "answeredAt", a.reason as "reason"
      from lead_updates h
      left join lateral (
        select x.status, x.at, x.reason, x.by_user_id from lead_updates x
         where x.lead_id = h.lead_id and x.status in ('accepted', 'rejected') and x.at >= h.at and x.id <> h.id
         order by x.at limit 1) a on true
      left join sales_groups g on g.id = h.sales_group_id
      left join users u on u.id = coalesce(a.by_user_id, h.assigned_user_id)
     where h.status = 'handed_to_sales'
       ${from ? sql`and h.at >= ${from}::date` : sql``}
       ${to ? sql`and h.at < (${to}::date + 1)` : sql``}
     limit 50000`);
  return rowsOf<{
    salesGroupId: string | null;
    groupName: string | null;
    sellerId: string | null;
    sellerName: string | null;
    handedAt: string | Date;
    dueAt: string | Date | null;
    answer: LeadStatus | null;
    answeredAt: string | Date | null;
    reason: string | null;
  }>(result);
}

// ── Settings and forms ───────────────────────────────────────────────────────────────────────

export async function settings(db: Db) {
  const [row] = await db.select().from(leadSettings).where(eq(leadSettings.id, 1));
  return row;
}

export async function saveSettings(db: Db, values: Omit<typeof leadSettings.$inferInsert, 'id'>) {
  await db
    .insert(leadSettings)
    .values({ id: 1, ...values })
    .onConflictDoUpdate({ target: leadSettings.id, set: values });
}

export async function listForms(db: Db) {
  return db.select().from(leadForms).orderBy(asc(leadForms.createdAt));
}

export async function insertForm(db: Db, values: typeof leadForms.$inferInsert) {
  const [row] = await db.insert(leadForms).values(values).returning();
  return row!;
}

export async function formByKey(db: Db, key: string) {
  const [row] = await db.select().from(leadForms).where(eq(leadForms.key, key));
  return row;
}
