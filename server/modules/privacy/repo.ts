import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/client';

type Row = Record<string, unknown>;
const rows = async (db: Db, query: ReturnType<typeof sql>) => rowsOf<Row>(await db.execute(query));

export async function contactWithAccount(db: Db, id: string) {
  const [row] = await rows(
    db,
    sql`select c.*, a.name as account_name from contacts c join accounts a on a.id = c.account_id where c.id = ${id}`,
  );
  return row as
    | (Row & {
        id: string;
        account_id: string;
        account_name: string;
        first_name: string;
        last_name: string;
        email: string | null;
        phone: string | null;
        erased_at: Date | null;
      })
    | undefined;
}

/** Timeline entries linked to the contact, or system events about them. */
export const timelineOf = (db: Db, id: string) =>
  rows(
    db,
    sql`select a.id, a.type, a.subject, a.body, a.event, a.data, a.occurred_at, u.name as author
        from activities a left join users u on u.id = a.author_id
        where a.id in (select activity_id from activity_contacts where contact_id = ${id}) or a.data->>'contactId' = ${id}
        order by a.occurred_at, a.id`,
  );

export const opportunitiesOf = (db: Db, id: string) =>
  rows(
    db,
    sql`select o.id, o.name, s.name as stage, o.value, o.currency, o.expected_close_on, o.closed_at
        from opportunities o join stages s on s.id = o.stage_id where o.contact_id = ${id} order by o.created_at`,
  );

export const handoffsOf = (db: Db, id: string) =>
  rows(db, sql`select id, status, note, created_at from handoffs where contact_id = ${id} order by created_at`);

export const leadsOf = (db: Db, id: string) =>
  rows(
    db,
    sql`select id, name, email, phone, company, title, source, campaign, message, status, created_at from leads where contact_id = ${id} order by created_at`,
  );

export const tasksOf = (db: Db, id: string) =>
  rows(db, sql`select id, title, note, due_on, done_at from tasks where contact_id = ${id} order by created_at`);

export const historyOf = (db: Db, id: string) =>
  rows(
    db,
    sql`select e.action, e.at, e.channel, e.changes, e.data, u.name as actor
        from audit_events e left join users u on u.id = e.actor_id
        where e.entity_type = 'contact' and e.entity_id = ${id} order by e.at, e.id`,
  );

export async function anonymiseContact(db: Db, id: string, values: { firstName: string; lastName: string }, at: Date) {
  await db.execute(sql`
    update contacts set first_name = ${values.firstName}, last_name = ${values.lastName}, title = null, email = null, phone = null,
      custom_fields = '{}'::jsonb,
      source_id = null, erased_at = ${at.toISOString()}::timestamptz, version = version + 1, updated_at = ${at.toISOString()}::timestamptz
    where id = ${id}`);
}

export async function updateActivityText(db: Db, id: string, subject: string, body: string, data: unknown) {
  await db.execute(sql`update activities set subject = ${subject}, body = ${body}, data = ${JSON.stringify(data)}::jsonb where id = ${id}`);
}

export async function eraseLeads(db: Db, contactId: string, erased: string) {
  const result = await db.execute(sql`
    update leads set name = ${erased}, email = null, phone = null, title = null, message = null where contact_id = ${contactId} returning id`);
  return rowsOf(result).length;
}

export async function updateTaskText(db: Db, id: string, title: string, note: string) {
  await db.execute(sql`update tasks set title = ${title}, note = ${note} where id = ${id}`);
}

export async function updateHandoffNote(db: Db, id: string, note: string) {
  await db.execute(sql`update handoffs set note = ${note} where id = ${id}`);
}

/** The contact's own audit entries keep who, when, how and which fields — not the values. */
export async function eraseHistoryValues(db: Db, contactId: string, erased: string) {
  const result = await db.execute(sql`
    update audit_events e set
      data = coalesce((select jsonb_build_object('accountId', e.data->'accountId')), '{}'::jsonb),
      changes = coalesce((select jsonb_agg(jsonb_build_object('field', c->'field', 'from', ${erased}::text, 'to', ${erased}::text))
                          from jsonb_array_elements(e.changes) c), '[]'::jsonb)
    where (e.entity_type = 'contact' and e.entity_id = ${contactId}) returning id`);
  return rowsOf(result).length;
}

/** Messages about the contact not yet sent carry no personal data any more. */
export async function eraseWebhookPayloads(db: Db, contactId: string) {
  await db.execute(sql`
    update webhook_messages set payload = jsonb_build_object('type', payload->'type', 'timestamp', payload->'timestamp',
      'data', jsonb_build_object('id', ${contactId}::text, 'entityType', 'contact', 'erased', true))
    where record_key = ${`contact:${contactId}`}`);
}

export async function countDeals(db: Db, contactId: string) {
  const [row] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from opportunities where contact_id = ${contactId}`));
  return row?.n ?? 0;
}

/** The contact's website visits (page views and forms sent) the signals hold. */
export const visitsOf = (db: Db, id: string) =>
  rows(
    db,
    sql`select v.kind, v.path, v.title, v.at, s.name as site from site_visits v left join signal_sites s on s.id = v.site_id
        where v.contact_id = ${id} order by v.at`,
  );

/** The sites' visitor ids that said they are this e-mail (a form, an identify call). */
export const visitorsByEmail = (db: Db, email: string | null) =>
  email
    ? rows(
        db,
        sql`select s.name as site, v.visitor_id, v.email, v.identified_at from site_visitors v join signal_sites s on s.id = v.site_id
            where lower(v.email) = lower(${email}) order by v.identified_at`,
      )
    : Promise.resolve([]);

/**
 * Take the website visitor ↔ person link away: the visitor ids that named this e-mail are forgotten
 * (their later views stay anonymous), and the contact's visits no longer name them (the company's stay).
 */
export async function forgetVisitor(db: Db, email: string | null, contactId: string | null) {
  if (email) await db.execute(sql`delete from site_visitors where lower(email) = lower(${email})`);
  if (contactId) await db.execute(sql`update site_visits set contact_id = null where contact_id = ${contactId}`);
}
