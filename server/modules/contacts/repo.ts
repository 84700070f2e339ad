import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { ContactListQuery } from '@contract/contacts';
import type { Db } from '../../db/client';
import { countCapped, SEARCH_COUNT_CAP } from '../../db/paging';
import { accounts, contacts } from '../../db/schema';

export type ContactRow = typeof contacts.$inferSelect;

const fullName = sql`korsa_fold(${contacts.firstName} || ' ' || ${contacts.lastName})`;

export async function listContacts(db: Db, q: ContactListQuery) {
  const where = and(
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

export async function updateContact(db: Db, id: string, values: Partial<typeof contacts.$inferInsert>) {
  const [row] = await db
    .update(contacts)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(contacts.id, id))
    .returning();
  return row;
}
