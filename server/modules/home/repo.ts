import { sql } from 'drizzle-orm';
import { openHandoffStatuses } from '@domain/handoffs';
import { rowsOf, type Db } from '../../db/client';

const ids = (list: readonly string[]) => sql`${sql.param([...list])}::uuid[]`;

/** The active people a leader leads: by their sales groups or markets. */
export async function ledPeople(db: Db, leads: { salesGroupIds: readonly string[]; marketIds: readonly string[] }) {
  const result = await db.execute(sql`
    select u.id, u.name from users u
    where u.active and (u.sales_group_id = any(${ids(leads.salesGroupIds)}) or u.market_id = any(${ids(leads.marketIds)}))
    order by u.name`);
  return rowsOf<{ id: string; name: string }>(result);
}

/** Open tips waiting for these people (named, or to their group without a name), or to the groups given. */
export async function tipsWaiting(db: Db, personIds: string[], groupIds: readonly string[], limit: number) {
  const result = await db.execute(sql`
    select h.id, h.account_id as "accountId", a.name as "accountName", h.status, h.due_at as "dueAt",
           h.to_user_id as "toUserId", r.name as "toUserName", g.name as "giverName", sg.name as "fromGroupName",
           count(*) over ()::int as total
    from handoffs h
    join accounts a on a.id = h.account_id
    left join users g on g.id = h.giver_id
    left join sales_groups sg on sg.id = h.giver_group_id
    left join users r on r.id = h.to_user_id
    where h.status in ${[...openHandoffStatuses]}
      and (h.to_user_id = any(${ids(personIds)})
           or (h.to_user_id is null and h.to_sales_group_id in (select u.sales_group_id from users u where u.id = any(${ids(personIds)})))
           or h.to_sales_group_id = any(${ids(groupIds)}))
    order by h.due_at, h.id
    limit ${limit}`);
  return rowsOf<{
    id: string;
    accountId: string;
    accountName: string;
    status: (typeof openHandoffStatuses)[number];
    dueAt: string | Date;
    toUserId: string | null;
    toUserName: string | null;
    giverName: string | null;
    fromGroupName: string | null;
    total: number;
  }>(result);
}

export interface DealRow {
  id: string;
  name: string;
  accountId: string;
  accountName: string;
  ownerId: string | null;
  ownerName: string | null;
  stageName: string;
  value: number;
  currency: string;
  expectedCloseOn: string | null;
  lastActivityAt: string | Date | null;
  createdAt: string | Date;
}

const dealColumns = sql`o.id, o.name, o.account_id as "accountId", a.name as "accountName", o.owner_id as "ownerId",
  u.name as "ownerName", s.name as "stageName", o.value::float8 as value, o.currency,
  to_char(o.expected_close_on, 'YYYY-MM-DD') as "expectedCloseOn", o.last_activity_at as "lastActivityAt", o.created_at as "createdAt"`;
const dealFrom = sql`from opportunities o join accounts a on a.id = o.account_id join stages s on s.id = o.stage_id
  left join users u on u.id = o.owner_id`;

/** Open deals of these owners expected to close by a day (this month, and those already past their date). */
export async function closingBy(db: Db, ownerIds: string[], until: string, limit: number) {
  const result = await db.execute(sql`
    select ${dealColumns} ${dealFrom}
    where o.closed_at is null and o.deleted_at is null and o.owner_id = any(${ids(ownerIds)}) and o.expected_close_on <= ${until}::date
    order by o.expected_close_on, o.value desc
    limit ${limit}`);
  return rowsOf<DealRow>(result);
}

/** Open deals of these owners with no activity since a moment. */
export async function staleSince(db: Db, ownerIds: string[], since: Date, limit: number) {
  const result = await db.execute(sql`
    select ${dealColumns} ${dealFrom}
    where o.closed_at is null and o.deleted_at is null and o.owner_id = any(${ids(ownerIds)})
      and coalesce(o.last_activity_at, o.created_at) < ${since.toISOString()}::timestamptz
    order by coalesce(o.last_activity_at, o.created_at), o.id
    limit ${limit}`);
  return rowsOf<DealRow>(result);
}

/** Won deals of these owners whose agreement ends between two days: renewals coming. */
export async function renewals(db: Db, ownerIds: string[], from: string, until: string, limit: number) {
  const result = await db.execute(sql`
    select o.id, o.name, o.account_id as "accountId", a.name as "accountName", o.owner_id as "ownerId", u.name as "ownerName",
           to_char(o.agreement_ends_on, 'YYYY-MM-DD') as "endsOn", o.annual_value::float8 as "annualValue", o.currency
    from opportunities o join accounts a on a.id = o.account_id left join users u on u.id = o.owner_id
    where o.owner_id = any(${ids(ownerIds)}) and o.deleted_at is null and o.agreement_ends_on >= ${from}::date and o.agreement_ends_on < ${until}::date
    order by o.agreement_ends_on, a.name
    limit ${limit}`);
  return rowsOf<{
    id: string;
    name: string;
    accountId: string;
    accountName: string;
    ownerId: string | null;
    ownerName: string | null;
    endsOn: string;
    annualValue: number;
    currency: string;
  }>(result);
}

/**
 * What others did lately at the customers these people own (an account's owner, or a deal's):
 * the signals worth a look — their colleagues' calls and meetings, tips, deals won and lost.
 */
export async function recentAtCustomers(db: Db, ownerIds: string[], since: Date, limit: number) {
  const result = await db.execute(sql`
    select x.id, x.account_id as "accountId", a.name as "accountName", x.type, x.subject, x.event, x.data,
           x.occurred_at as "occurredAt", u.name as "authorName"
    from activities x
    join accounts a on a.id = x.account_id
    left join users u on u.id = x.author_id
    where x.occurred_at >= ${since.toISOString()}::timestamptz
      and (x.author_id is null or not (x.author_id = any(${ids(ownerIds)})))
      and (a.owner_id = any(${ids(ownerIds)})
           or exists (select 1 from opportunities o where o.account_id = a.id and o.closed_at is null and o.deleted_at is null and o.owner_id = any(${ids(ownerIds)})))
    order by x.occurred_at desc, x.id desc
    limit ${limit}`);
  return rowsOf<{
    id: string;
    accountId: string;
    accountName: string;
    type: string;
    subject: string;
    event: string | null;
    data: Record<string, unknown> | null;
    occurredAt: string | Date;
    authorName: string | null;
  }>(result);
}

/** Per person of a team: open tasks overdue, tips waiting for them, deals closing by a day, stale deals. */
export async function teamFigures(db: Db, personIds: string[], now: Date, today: string, until: string, staleSinceAt: Date) {
  const result = await db.execute(sql`
    select u.id, u.name,
      (select count(*)::int from tasks t where t.owner_id = u.id and t.done_at is null and t.due_on < ${today}::date) as "overdueTasks",
      (select count(*)::int from handoffs h where h.status in ${[...openHandoffStatuses]}
         and (h.to_user_id = u.id)) as "tipsWaiting",
      (select count(*)::int from handoffs h where h.status in ${[...openHandoffStatuses]}
         and h.to_user_id = u.id and h.due_at <= ${now.toISOString()}::timestamptz) as "tipsOverdue",
      (select count(*)::int from opportunities o where o.owner_id = u.id and o.closed_at is null and o.deleted_at is null
         and o.expected_close_on <= ${until}::date) as "closing",
      (select count(*)::int from opportunities o where o.owner_id = u.id and o.closed_at is null and o.deleted_at is null
         and coalesce(o.last_activity_at, o.created_at) < ${staleSinceAt.toISOString()}::timestamptz) as stale
    from users u where u.id = any(${ids(personIds)})
    order by u.name`);
  return rowsOf<{
    id: string;
    name: string;
    overdueTasks: number;
    tipsWaiting: number;
    tipsOverdue: number;
    closing: number;
    stale: number;
  }>(result);
}
