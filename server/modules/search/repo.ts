import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/client';

/** A city match counts a little less than a name match of the same strength. */
const CITY_WEIGHT = 0.95;

/**
 * Typo- and accent-tolerant search: both sides folded by korsa_fold (lower + unaccent), matched with
 * pg_trgm's word similarity (GIST-indexed `<%`) at a threshold low enough for a misspelt name. An
 * account is also found by its city ("Malmo" finds the companies in Malmö), a little below a name
 * match of the same strength.
 */
export async function search(db: Db, q: string, limit: number) {
  // three statements side by side (each in its own transaction on PostgreSQL's pool), so the answer
  // takes as long as the slowest, not their sum (bench/FINDINGS.md #7)
  const folded = (query: ReturnType<typeof sql>) =>
    db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('pg_trgm.word_similarity_threshold', '0.3', true)`);
      return tx.execute(query);
    });
  const [accounts, contacts, opportunities] = await Promise.all([
    folded(sql`
      with hits as (
        select a.id, word_similarity(korsa_fold(${q}), korsa_fold(a.name)) as score from accounts a
        where korsa_fold(${q}) <% korsa_fold(a.name) and a.deleted_at is null
        union all
        select a.id, ${CITY_WEIGHT}::float8 * word_similarity(korsa_fold(${q}), korsa_fold(a.city)) as score from accounts a
        where korsa_fold(${q}) <% korsa_fold(a.city) and a.deleted_at is null
      ),
      best as (select id, max(score) as score from hits group by id order by max(score) desc limit ${limit})
      select a.id, a.name, a.city, m.code as "marketCode", a.status, b.score::float8 as score
      from best b join accounts a on a.id = b.id left join markets m on m.id = a.market_id
      order by b.score desc, a.name`),
    folded(sql`
      select c.id, c.first_name || ' ' || c.last_name as name, c.title, c.account_id as "accountId", a.name as "accountName",
             word_similarity(korsa_fold(${q}), korsa_fold(c.first_name || ' ' || c.last_name)) as score
      from contacts c join accounts a on a.id = c.account_id
      where korsa_fold(${q}) <% korsa_fold(c.first_name || ' ' || c.last_name) and c.deleted_at is null
      order by korsa_fold(${q}) <<-> korsa_fold(c.first_name || ' ' || c.last_name)
      limit ${limit}`),
    folded(sql`
      select o.id, o.name, a.name as "accountName", s.key as "stageKey", s.name as "stageName",
             word_similarity(korsa_fold(${q}), korsa_fold(o.name)) as score
      from opportunities o join accounts a on a.id = o.account_id join stages s on s.id = o.stage_id
      where korsa_fold(${q}) <% korsa_fold(o.name) and o.deleted_at is null
      order by korsa_fold(${q}) <<-> korsa_fold(o.name)
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
