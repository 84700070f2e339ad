import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/client';

/** A city match counts a little less than a name match of the same strength. */
const CITY_WEIGHT = 0.95;

/**
 * Search in two paths, per kind of record, in one statement each:
 * 1. The prefix path: names that begin with what was typed (both sides folded by korsa_fold, lower +
 *    unaccent, so "malmo" finds "Malmö …"), read in name order from a btree index (`COLLATE "C"`,
 *    which serves `like 'prefix%'`) — a few index pages, whatever the size of the table. A person is
 *    found by first or last name first.
 * 2. The trigram path, only when the prefix path found fewer than `limit`: pg_trgm's word similarity
 *    (GIST-indexed `<%`, `<<->` nearest first) at a threshold low enough for a misspelt name; an
 *    account is also found by its city, a little below a name match of the same strength.
 * The trigram path's branch is guarded by a one-time filter on the prefix path's count, so PostgreSQL
 * does not start its scan when the prefix path has filled the page (bench/README.md, search).
 */
export async function search(db: Db, q: string, limit: number) {
  // three statements side by side (each in its own transaction on PostgreSQL's pool), so the answer
  // takes as long as the slowest, not their sum (bench/FINDINGS.md #7)
  const folded = (query: SQL) =>
    db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', '0.3', true)`);
      return tx.execute(query);
    });
  // what was typed, folded and with LIKE's wildcards taken literally, then any ending
  const prefix = sql`replace(replace(replace(korsa_fold(${q}), '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'`;
  const startsWith = (column: SQL) => sql`korsa_fold(${column}) collate "C" like ${prefix}`;
  const byName = (column: SQL) => sql`korsa_fold(${column}) collate "C"`;
  const contactName = sql`c.first_name || ' ' || c.last_name`;
  const contactNameLastFirst = sql`c.last_name || ' ' || c.first_name`;

  const [accounts, contacts, opportunities] = await Promise.all([
    folded(sql`
      with prefixed as (
        select a.id, word_similarity(korsa_fold(${q}), korsa_fold(a.name)) as score, 0 as path from accounts a
        where ${startsWith(sql`a.name`)} and a.deleted_at is null
        order by ${byName(sql`a.name`)} limit ${limit}
      ),
      hits as (
        select a.id, word_similarity(korsa_fold(${q}), korsa_fold(a.name)) as score from accounts a
        where korsa_fold(${q}) <% korsa_fold(a.name) and a.deleted_at is null
        union all
        select a.id, ${CITY_WEIGHT}::float8 * word_similarity(korsa_fold(${q}), korsa_fold(a.city)) as score from accounts a
        where korsa_fold(${q}) <% korsa_fold(a.city) and a.deleted_at is null
      ),
      fuzzy as (
        select id, max(score) as score, 1 as path from hits
        where (select count(*) from prefixed) < ${limit} and id not in (select id from prefixed)
        group by id order by max(score) desc limit ${limit}
      ),
      best as (select * from prefixed union all select * from fuzzy)
      select a.id, a.name, a.city, m.code as "marketCode", a.status, b.score::float8 as score
      from best b join accounts a on a.id = b.id left join markets m on m.id = a.market_id
      order by b.path, b.score desc, a.name
      limit ${limit}`),
    folded(sql`
      with prefixed as (
        (select c.id, 0 as path from contacts c
         where ${startsWith(contactName)} and c.deleted_at is null order by ${byName(contactName)} limit ${limit})
        union
        (select c.id, 0 as path from contacts c
         where ${startsWith(contactNameLastFirst)} and c.deleted_at is null order by ${byName(contactNameLastFirst)} limit ${limit})
      ),
      fuzzy as (
        select c.id, 1 as path from contacts c
        where (select count(*) from prefixed) < ${limit} and korsa_fold(${q}) <% korsa_fold(${contactName}) and c.deleted_at is null
          and c.id not in (select id from prefixed)
        order by korsa_fold(${q}) <<-> korsa_fold(${contactName})
        limit ${limit}
      )
      select c.id, ${contactName} as name, c.title, c.account_id as "accountId", a.name as "accountName",
             word_similarity(korsa_fold(${q}), korsa_fold(${contactName})) as score
      from (select * from prefixed union all select * from fuzzy) b
      join contacts c on c.id = b.id join accounts a on a.id = c.account_id
      order by b.path, score desc, name
      limit ${limit}`),
    folded(sql`
      with prefixed as (
        select o.id, 0 as path from opportunities o
        where ${startsWith(sql`o.name`)} and o.deleted_at is null
        order by ${byName(sql`o.name`)} limit ${limit}
      ),
      fuzzy as (
        select o.id, 1 as path from opportunities o
        where (select count(*) from prefixed) < ${limit} and korsa_fold(${q}) <% korsa_fold(o.name) and o.deleted_at is null
          and o.id not in (select id from prefixed)
        order by korsa_fold(${q}) <<-> korsa_fold(o.name)
        limit ${limit}
      )
      select o.id, o.name, a.name as "accountName", s.key as "stageKey", s.name as "stageName",
             word_similarity(korsa_fold(${q}), korsa_fold(o.name)) as score
      from (select * from prefixed union all select * from fuzzy) b
      join opportunities o on o.id = b.id join accounts a on a.id = o.account_id join stages s on s.id = o.stage_id
      order by b.path, score desc, o.name
      limit ${limit}`),
  ]);
  return {
    opportunities: rowsOf<{ id: string; name: string; accountName: string; stageKey: string; stageName: string; score: number }>(
      opportunities,
    ),
    accounts: rowsOf<{ id: string; name: string; city: string | null; marketCode: string | null; status: 'prospect'; score: number }>(
      accounts,
    ),
    contacts: rowsOf<{ id: string; name: string; title: string | null; accountId: string; accountName: string; score: number }>(contacts),
  };
}
