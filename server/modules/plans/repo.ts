import { and, eq, sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/client';
import { accountPlans, planActions, planStakeholders, planWhiteSpace } from '../../db/schema';

export type PlanRow = typeof accountPlans.$inferSelect;
export type PlanInsert = typeof accountPlans.$inferInsert;

/** The account with its owner's placement (who may write its plan). */
export async function account(db: Db, id: string) {
  const result = await db.execute(sql`
    select a.id, a.name, a.owner_id as "ownerId", a.is_global as "isGlobal", a.deleted_at as "deletedAt",
           u.sales_group_id as "ownerGroupId", u.market_id as "ownerMarketId"
    from accounts a left join users u on u.id = a.owner_id where a.id = ${id}`);
  return rowsOf<{
    id: string;
    name: string;
    ownerId: string | null;
    isGlobal: boolean;
    deletedAt: Date | null;
    ownerGroupId: string | null;
    ownerMarketId: string | null;
  }>(result)[0];
}

export async function planOf(db: Db, accountId: string) {
  const [row] = await db.select().from(accountPlans).where(eq(accountPlans.accountId, accountId));
  return row;
}

export async function insertPlan(db: Db, values: PlanInsert) {
  const [row] = await db.insert(accountPlans).values(values).returning();
  return row!;
}

/** Write on the version read; undefined when someone else wrote in between. */
export async function updatePlan(db: Db, id: string, version: number, values: Partial<PlanInsert>) {
  const [row] = await db
    .update(accountPlans)
    .set({ ...values, version: sql`${accountPlans.version} + 1` })
    .where(and(eq(accountPlans.id, id), eq(accountPlans.version, version)))
    .returning();
  return row;
}

export async function replaceStakeholders(db: Db, planId: string, rows: (typeof planStakeholders.$inferInsert)[]) {
  await db.delete(planStakeholders).where(eq(planStakeholders.planId, planId));
  if (rows.length) await db.insert(planStakeholders).values(rows);
}

export async function replaceWhiteSpace(db: Db, planId: string, rows: (typeof planWhiteSpace.$inferInsert)[]) {
  await db.delete(planWhiteSpace).where(eq(planWhiteSpace.planId, planId));
  if (rows.length) await db.insert(planWhiteSpace).values(rows);
}

export async function insertAction(db: Db, values: typeof planActions.$inferInsert) {
  const [row] = await db.insert(planActions).values(values).returning({ id: planActions.id });
  return row!.id;
}

/** How many of these contacts are people (not deleted) at the account. */
export async function contactsAt(db: Db, accountId: string, ids: string[]) {
  if (ids.length === 0) return 0;
  const result = await db.execute(sql`
    select count(*)::int as n from contacts where account_id = ${accountId} and deleted_at is null and id = any(${sql.param(ids)}::uuid[])`);
  return rowsOf<{ n: number }>(result)[0]!.n;
}

export async function stakeholdersOf(db: Db, planId: string) {
  const result = await db.execute(sql`
    select s.contact_id as "contactId", s.role, s.influence, s.attitude, s.relationship_owner_id as "relationshipOwnerId",
           c.first_name || ' ' || c.last_name as name, c.title, u.name as "ownerName"
    from account_plan_stakeholders s join contacts c on c.id = s.contact_id left join users u on u.id = s.relationship_owner_id
    where s.plan_id = ${planId} order by c.last_name, c.first_name`);
  return rowsOf<{
    contactId: string;
    role: (typeof planStakeholders.$inferSelect)['role'];
    influence: (typeof planStakeholders.$inferSelect)['influence'];
    attitude: (typeof planStakeholders.$inferSelect)['attitude'];
    relationshipOwnerId: string | null;
    name: string;
    title: string | null;
    ownerName: string | null;
  }>(result);
}

export async function whiteSpaceOf(db: Db, planId: string) {
  const result = await db.execute(sql`
    select w.product_id as "productId", p.name as "productName", w.next_step as "nextStep"
    from account_plan_white_space w join products p on p.id = w.product_id where w.plan_id = ${planId} order by p.name`);
  return rowsOf<{ productId: string; productName: string; nextStep: string }>(result);
}

/** The plan's actions with their tasks (owner, day, done). */
export async function actionsOf(db: Db, planId: string) {
  const result = await db.execute(sql`
    select a.id, a.title, a.task_id as "taskId", t.owner_id as "ownerId", u.name as "ownerName", t.due_on::text as "dueOn", (t.done_at is not null) as done
    from account_plan_actions a left join tasks t on t.id = a.task_id left join users u on u.id = t.owner_id
    where a.plan_id = ${planId} order by t.due_on nulls last, a.created_at`);
  return rowsOf<{
    id: string;
    title: string;
    taskId: string | null;
    ownerId: string | null;
    ownerName: string | null;
    dueOn: string | null;
    done: boolean;
  }>(result);
}

/** Won this year at the account: annual value per currency. */
export async function wonThisYear(db: Db, accountId: string, year: number) {
  const result = await db.execute(sql`
    select currency, sum(annual_value)::float8 as amount from opportunities
    where account_id = ${accountId} and deleted_at is null and signed_on >= make_date(${year}, 1, 1) and signed_on < make_date(${year} + 1, 1, 1)
    group by currency`);
  return rowsOf<{ currency: string; amount: number }>(result);
}

/**
 * Customers in scope with their won value per currency over the last year, and their plan's review
 * facts — the leaders' list picks the important ones (domain/account-plans.ts).
 */
export async function coverageCandidates(
  db: Db,
  scope: { salesGroupIds: readonly string[]; marketIds: readonly string[] } | null,
  since: string,
) {
  const ids = (list: readonly string[]) => sql`${sql.param([...list])}::uuid[]`;
  const result = await db.execute(sql`
    select a.id, a.name, a.is_global as "isGlobal", a.owner_id as "ownerId", u.name as "ownerName",
           p.id as "planId", p.review_on::text as "reviewOn", coalesce(p.last_reviewed_at, p.created_at) as "reviewedAt",
           coalesce((select json_agg(json_build_object('currency', v.currency, 'amount', v.amount)) from (
             select o.currency, sum(o.annual_value)::float8 as amount from opportunities o
             where o.account_id = a.id and o.deleted_at is null and o.signed_on is not null
               and (o.agreement_ends_on is null or o.agreement_ends_on >= ${since}::date)
             group by o.currency) v), '[]'::json) as "values"
    from accounts a left join users u on u.id = a.owner_id left join account_plans p on p.account_id = a.id
    where a.deleted_at is null and (a.status = 'customer' or a.is_global)
      ${scope ? sql`and (u.sales_group_id = any(${ids(scope.salesGroupIds)}) or a.market_id = any(${ids(scope.marketIds)}) or u.market_id = any(${ids(scope.marketIds)}))` : sql``}
    limit 20000`);
  return rowsOf<{
    id: string;
    name: string;
    isGlobal: boolean;
    ownerId: string | null;
    ownerName: string | null;
    planId: string | null;
    reviewOn: string | null;
    reviewedAt: Date | string | null;
    values: { currency: string; amount: number }[];
  }>(result);
}

export async function usersExist(db: Db, ids: string[]) {
  if (ids.length === 0) return true;
  const result = await db.execute(sql`select count(*)::int as n from users where id = any(${sql.param(ids)}::uuid[])`);
  return rowsOf<{ n: number }>(result)[0]!.n === ids.length;
}

export async function productsExist(db: Db, ids: string[]) {
  if (ids.length === 0) return true;
  const result = await db.execute(sql`select count(*)::int as n from products where id = any(${sql.param(ids)}::uuid[])`);
  return rowsOf<{ n: number }>(result)[0]!.n === ids.length;
}
