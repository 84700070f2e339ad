/** What a lead's and a user's data requests read and change (GDPR, L5). */
import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/client';

type Row = Record<string, unknown>;
const rows = async (db: Db, query: ReturnType<typeof sql>) => rowsOf<Row>(await db.execute(query));

// ── Leads ────────────────────────────────────────────────────────────────────────────────────

export async function lead(db: Db, id: string) {
  const [row] = await rows(
    db,
    sql`select l.*, a.name as account_name, g.name as sales_group_name, u.name as assigned_user_name
        from leads l left join accounts a on a.id = l.account_id left join sales_groups g on g.id = l.sales_group_id
        left join users u on u.id = l.assigned_user_id where l.id = ${id}`,
  );
  return row as (Row & { id: string; name: string; email: string | null; phone: string | null; account_id: string | null }) | undefined;
}

export const leadUpdates = (db: Db, id: string) =>
  rows(
    db,
    sql`select lu.id, lu.status, lu.reason, lu.note, lu.at, u.name as by from lead_updates lu left join users u on u.id = lu.by_user_id
        where lu.lead_id = ${id} order by lu.at, lu.id`,
  );

export const leadBehaviour = (db: Db, id: string) =>
  rows(db, sql`select kind, detail, at from lead_events where lead_id = ${id} order by at, id`);

/** Timeline entries about the lead (its arrival, qualification, conversion at the account). */
export const leadTimeline = (db: Db, id: string) =>
  rows(
    db,
    sql`select a.id, a.type, a.subject, a.body, a.event, a.data, a.occurred_at, u.name as author
        from activities a left join users u on u.id = a.author_id where a.data->>'leadId' = ${id} order by a.occurred_at, a.id`,
  );

export const leadHistory = (db: Db, id: string) =>
  rows(
    db,
    sql`select e.id, e.action, e.at, e.channel, e.changes, e.data, u.name as actor
        from audit_events e left join users u on u.id = e.actor_id
        where (e.entity_type = 'lead' and e.entity_id = ${id}) or e.data->>'leadId' = ${id} order by e.at, e.id`,
  );

export async function anonymiseLead(db: Db, id: string, erased: string, at: Date) {
  await db.execute(sql`
    update leads set name = ${erased}, email = null, phone = null, title = null, message = null, status_note = null,
      updated_at = ${at.toISOString()}::timestamptz
    where id = ${id}`);
  await db.execute(sql`update lead_events set detail = null where lead_id = ${id}`);
}

export async function updateLeadNote(db: Db, id: string, note: string) {
  await db.execute(sql`update lead_updates set note = ${note} where id = ${id}`);
}

/** The lead's audit entries keep who, when, how and which fields — not the values. */
export async function eraseLeadHistory(db: Db, id: string, erased: string) {
  const result = await db.execute(sql`
    update audit_events e set
      data = jsonb_build_object('leadId', ${id}::text) || case when e.data ? 'accountId' then jsonb_build_object('accountId', e.data->'accountId') else '{}'::jsonb end,
      changes = coalesce((select jsonb_agg(jsonb_build_object('field', c->'field', 'from', ${erased}::text, 'to', ${erased}::text))
                          from jsonb_array_elements(e.changes) c), '[]'::jsonb)
    where ((e.entity_type = 'lead' and e.entity_id = ${id}) or e.data->>'leadId' = ${id}) returning id`);
  return rowsOf(result).length;
}

export async function eraseLeadWebhookPayloads(db: Db, id: string) {
  await db.execute(sql`
    update webhook_messages set payload = jsonb_build_object('type', payload->'type', 'timestamp', payload->'timestamp',
      'data', jsonb_build_object('id', payload->'data'->'id', 'leadId', ${id}::text, 'erased', true))
    where payload->'data'->>'leadId' = ${id} or record_key = ${`lead:${id}`}`);
}

// ── Users ────────────────────────────────────────────────────────────────────────────────────

export async function user(db: Db, id: string) {
  const [row] = await rows(
    db,
    sql`select u.id, u.email, u.name, u.role, u.locale, u.active, u.password_hash is not null as has_password,
               g.name as sales_group, m.name as market, u.first_steps_dismissed_at, u.created_at, u.updated_at
        from users u left join sales_groups g on g.id = u.sales_group_id left join markets m on m.id = u.market_id where u.id = ${id}`,
  );
  return row as (Row & { id: string; name: string; email: string }) | undefined;
}

/** Sessions' metadata only: never the token's hash nor the CSRF token. */
export const sessionsOf = (db: Db, id: string) =>
  rows(db, sql`select created_at, last_seen_at, expires_at, user_agent, ip from sessions where user_id = ${id} order by created_at`);

export const apiKeysOf = (db: Db, id: string) =>
  rows(db, sql`select name, prefix, created_at, last_used_at, revoked_at from api_keys where user_id = ${id} order by created_at`);

export const activitiesBy = (db: Db, id: string) =>
  rows(
    db,
    sql`select a.type, a.subject, a.body, a.event, a.occurred_at, acc.name as account
        from activities a left join accounts acc on acc.id = a.account_id where a.author_id = ${id} order by a.occurred_at, a.id`,
  );

const handoffColumns = sql`h.id, h.status, h.note, h.status_note, h.created_at, h.answered_at, a.name as account`;
export const handoffsGivenBy = (db: Db, id: string) =>
  rows(
    db,
    sql`select ${handoffColumns} from handoffs h join accounts a on a.id = h.account_id where h.giver_id = ${id} order by h.created_at`,
  );
export const handoffsTo = (db: Db, id: string) =>
  rows(
    db,
    sql`select ${handoffColumns} from handoffs h join accounts a on a.id = h.account_id where h.to_user_id = ${id} order by h.created_at`,
  );

export const commentsBy = (db: Db, id: string) =>
  rows(
    db,
    sql`select subject_type, subject_id, body, created_at from comments where author_id = ${id} or ${id}::uuid = any(mention_ids) order by created_at`,
  );

export const notificationsOf = (db: Db, id: string) =>
  rows(db, sql`select kind, data, link, read_at, emailed_at, created_at from notifications where user_id = ${id} order by created_at`);

export const incentivesOf = (db: Db, id: string) =>
  rows(
    db,
    sql`select s.name as season, p.line_key, p.amount, p.paid_at from incentive_payouts p join seasons s on s.id = p.season_id
        where p.user_id = ${id} order by p.paid_at`,
  );

/** Audit entries about the user (their record, role, group) and changes they made to their own. */
export const userHistory = (db: Db, id: string) =>
  rows(
    db,
    sql`select e.action, e.at, e.channel, e.changes, e.data, u.name as actor
        from audit_events e left join users u on u.id = e.actor_id
        where e.entity_type = 'user' and e.entity_id = ${id} order by e.at, e.id`,
  );
