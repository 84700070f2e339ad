import { and, eq, isNull, sql } from 'drizzle-orm';
import type { CertificationSource } from '@domain/certifications';
import type { IndustryCode } from '@domain/industries';
import { rowsOf, type Db } from '../../db/client';
import { certifications } from '../../db/schema';

const asIso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());

export interface CertificationRow {
  id: string;
  userId: string;
  industry: IndustryCode;
  grantedOn: string;
  expiresOn: string | null;
  source: CertificationSource;
  note: string;
  grantedById: string | null;
  grantedByName: string | null;
  revokedAt: string | null;
}

const certificationColumns = sql`
  c.id, c.user_id as "userId", c.industry, c.granted_on::text as "grantedOn", c.expires_on::text as "expiresOn", c.source, c.note,
  c.granted_by_id as "grantedById", g.name as "grantedByName", c.revoked_at as "revokedAt"`;
const present = (rows: (Omit<CertificationRow, 'revokedAt'> & { revokedAt: Date | string | null })[]): CertificationRow[] =>
  rows.map((r) => ({ ...r, revokedAt: asIso(r.revokedAt) }));

/** A seller's certifications, the current first (by industry), then the revoked, latest first. */
export async function ofSeller(db: Db, userId: string) {
  const result = await db.execute(sql`
    select ${certificationColumns} from certifications c left join users g on g.id = c.granted_by_id
    where c.user_id = ${userId}
    order by (c.revoked_at is null) desc, c.industry, c.granted_on desc, c.created_at desc
    limit 200`);
  return present(rowsOf(result));
}

export async function byId(db: Db, id: string) {
  const result = await db.execute(sql`
    select ${certificationColumns} from certifications c left join users g on g.id = c.granted_by_id where c.id = ${id}`);
  return present(rowsOf(result))[0];
}

/** The seller's current certification in an industry, locked for the transaction. */
export async function currentFor(db: Db, userId: string, industry: IndustryCode) {
  const result = await db.execute(sql`
    select id from certifications where user_id = ${userId} and industry = ${industry} and revoked_at is null for update`);
  return rowsOf<{ id: string }>(result)[0];
}

export async function insert(db: Db, values: typeof certifications.$inferInsert) {
  const [row] = await db.insert(certifications).values(values).returning({ id: certifications.id });
  return row!.id;
}

export async function revoke(db: Db, id: string, by: string, at: Date) {
  await db
    .update(certifications)
    .set({ revokedAt: at, revokedById: by })
    .where(and(eq(certifications.id, id), isNull(certifications.revokedAt)));
}

/** The account whose seller is to be chosen: its industry and market. */
export async function account(db: Db, id: string) {
  const result = await db.execute(sql`
    select id, name, industry, market_id as "marketId" from accounts where id = ${id} and deleted_at is null`);
  return rowsOf<{ id: string; name: string; industry: IndustryCode | null; marketId: string | null }>(result)[0];
}

/** The active sellers and leaders holding a current certification in the industry, with how many accounts they own. */
export async function candidates(db: Db, industry: IndustryCode) {
  const result = await db.execute(sql`
    select u.id, u.name, u.market_id as "marketId", u.sales_group_id as "salesGroupId",
           (select count(*)::int from accounts a where a.owner_id = u.id and a.deleted_at is null) as accounts,
           json_agg(json_build_object('industry', c.industry, 'grantedOn', c.granted_on::text, 'expiresOn', c.expires_on::text,
                                      'revokedAt', null)) as certifications
    from certifications c join users u on u.id = c.user_id
    where c.industry = ${industry} and c.revoked_at is null and u.active and u.role in ('seller', 'sales_leader')
    group by u.id
    limit 1000`);
  return rowsOf<{
    id: string;
    name: string;
    marketId: string | null;
    salesGroupId: string | null;
    accounts: number;
    certifications: { industry: IndustryCode; grantedOn: string; expiresOn: string | null; revokedAt: null }[];
  }>(result);
}

/** The accounts per industry (not deleted). */
export async function accountsByIndustry(db: Db) {
  const result = await db.execute(sql`
    select industry, count(*)::int as accounts from accounts where deleted_at is null and industry is not null group by industry`);
  return rowsOf<{ industry: IndustryCode; accounts: number }>(result);
}

/** Every current certification of an active person, with the seller's name. */
export async function current(db: Db) {
  const result = await db.execute(sql`
    select c.id, c.user_id as "userId", u.name, c.industry, c.granted_on::text as "grantedOn", c.expires_on::text as "expiresOn"
    from certifications c join users u on u.id = c.user_id
    where c.revoked_at is null and u.active`);
  return rowsOf<{ id: string; userId: string; name: string; industry: IndustryCode; grantedOn: string; expiresOn: string | null }>(result);
}
