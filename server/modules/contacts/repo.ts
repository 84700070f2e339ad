import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { ContactListQuery } from '@contract/contacts';
import { rowsOf, type Db } from '../../db/client';
import { customFieldsMatch, type CustomFieldMatch } from '../../db/custom-fields';
import { countCapped, SEARCH_COUNT_CAP } from '../../db/paging';
import { accounts, contacts, users } from '../../db/schema';

export type ContactRow = typeof contacts.$inferSelect;

const fullName = sql`korsa_fold(${contacts.firstName} || ' ' || ${contacts.lastName})`;

export async function listContacts(db: Db, q: ContactListQuery, custom: readonly CustomFieldMatch[] = []) {
  const where = and(
    isNull(contacts.deletedAt),
    customFieldsMatch(contacts.customFields, custom),
    q.q ? (q.q.includes('@') ? sql`lower(${contacts.email}) = lower(${q.q})` : sql`korsa_fold(${q.q}) <% ${fullName}`) : undefined,
    q.accountId ? eq(contacts.accountId, q.accountId) : undefined,
    q.buyingRole ? eq(contacts.buyingRole, q.buyingRole) : undefined,
  );
  const fuzzy = !!q.q && !q.q.includes('@');
  const order =
    fuzzy && q.sort === 'name'
      ? [sql`korsa_fold(${q.q}) <<-> ${fullName}`] // nearest first, straight from the GiST index
      : q.sort === 'name'
        ? [asc(contacts.lastName), asc(contacts.firstName), asc(contacts.id)]
        : [desc(contacts.createdAt), desc(contacts.id)];
  return db.transaction(async (tx) => {
    if (q.q) await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', '0.3', true)`);
    const items = await tx
      .select({ contact: contacts, accountName: accounts.name })
      .from(contacts)
      .innerJoin(accounts, eq(accounts.id, contacts.accountId))
      .where(where)
      .orderBy(...order)
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize);
    const [count] = fuzzy
      ? await countCapped(tx, sql`select 1 from ${contacts} where ${where}`)
      : await tx
          .select({ n: sql<number>`count(*)` })
          .from(contacts)
          .where(where);
    return { items, total: Number(count?.n ?? 0), totalCapped: fuzzy && Number(count?.n) > SEARCH_COUNT_CAP };
  });
}

export async function findContact(db: Db, id: string) {
  const [row] = await db
    .select({ contact: contacts, accountName: accounts.name })
    .from(contacts)
    .innerJoin(accounts, eq(accounts.id, contacts.accountId))
    .where(eq(contacts.id, id));
  return row;
}

export async function insertContact(db: Db, values: typeof contacts.$inferInsert) {
  const [row] = await db.insert(contacts).values(values).returning();
  return row!;
}

/** Changes a contact, only if nobody changed it since `version` (when given); counts the version up. */
export async function updateContact(db: Db, id: string, values: Partial<typeof contacts.$inferInsert>, version?: number) {
  const [row] = await db
    .update(contacts)
    .set({ ...values, version: sql`${contacts.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(contacts.id, id), version === undefined ? undefined : eq(contacts.version, version)))
    .returning();
  return row;
}

/** The contact with whose account it is (its owner and where they sit), for who may delete it. */
export async function findWithAccountOwner(db: Db, id: string) {
  const [row] = await db
    .select({
      contact: contacts,
      accountName: accounts.name,
      accountDeletedAt: accounts.deletedAt,
      ownerId: accounts.ownerId,
      ownerGroupId: users.salesGroupId,
      ownerMarketId: users.marketId,
    })
    .from(contacts)
    .innerJoin(accounts, eq(accounts.id, contacts.accountId))
    .leftJoin(users, eq(users.id, accounts.ownerId))
    .where(eq(contacts.id, id));
  return row;
}

export async function setDeleted(db: Db, id: string, at: Date | null, byId: string | null) {
  const [row] = await db
    .update(contacts)
    .set({ deletedAt: at, deletedById: byId, version: sql`${contacts.version} + 1`, updatedAt: sql`now()` })
    .where(eq(contacts.id, id))
    .returning();
  return row!;
}

/** Likely duplicates of a contact: the same e-mail address (any case), or a very similar folded full name. */
export async function duplicateCandidates(db: Db, c: { id: string; fullName: string }, email: string | null, minScore: number) {
  const result = await db.execute(sql`
    select c.id, c.first_name as "firstName", c.last_name as "lastName", c.email, c.account_id as "accountId", a.name as "accountName",
           similarity(korsa_fold(c.first_name || ' ' || c.last_name), korsa_fold(${c.fullName}))::float8 as score
    from contacts c join accounts a on a.id = c.account_id
    where c.id <> ${c.id} and c.deleted_at is null and a.deleted_at is null and (
      (${email}::text is not null and lower(trim(c.email)) = ${email})
      or similarity(korsa_fold(c.first_name || ' ' || c.last_name), korsa_fold(${c.fullName})) >= ${minScore}
    )
    order by score desc
    limit 10`);
  return rowsOf<{
    id: string;
    firstName: string;
    lastName: string;
    email: string | null;
    accountId: string;
    accountName: string;
    score: number;
  }>(result);
}

/** Moves everything that names contact `dropId` to `keepId` (timeline entries, opportunities, handoffs, tasks), then removes it. */
export async function moveContactInto(db: Db, keepId: string, dropId: string) {
  await db.execute(sql`
    insert into activity_contacts (activity_id, contact_id)
    select activity_id, ${keepId} from activity_contacts where contact_id = ${dropId}
    on conflict do nothing`);
  for (const table of ['opportunities', 'handoffs', 'tasks']) {
    await db.execute(sql`update ${sql.identifier(table)} set contact_id = ${keepId} where contact_id = ${dropId}`);
  }
  await db.delete(contacts).where(eq(contacts.id, dropId));
}

/** Deletes for good the contacts soft-deleted before `before` (what referred to them cascades or is unlinked, per the schema). */
export async function purgeDeleted(db: Db, before: Date) {
  const result = await db.execute(sql`
    delete from contacts where deleted_at < ${before.toISOString()}::timestamptz
    returning id, first_name || ' ' || last_name as name, to_char(deleted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "deletedAt"`);
  return rowsOf<{ id: string; name: string; deletedAt: string }>(result);
}

/** How many records with a contact a merge would move: timeline entries, opportunities, handoffs, tasks. */
export async function mergeCounts(db: Db, id: string) {
  const result = await db.execute(sql`
    select
      (select count(*)::int from activity_contacts where contact_id = ${id}) as activities,
      (select count(*)::int from opportunities where contact_id = ${id} and deleted_at is null) as opportunities,
      (select count(*)::int from handoffs where contact_id = ${id}) as handoffs,
      (select count(*)::int from tasks where contact_id = ${id}) as tasks`);
  const [row] = rowsOf<{ activities: number; opportunities: number; handoffs: number; tasks: number }>(result);
  return row!;
}
