import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/client';

/**
 * Typo- and accent-tolerant search: both sides folded by korsa_fold (lower + unaccent), matched with
 * pg_trgm's word similarity (GIN-indexed `<%`) at a threshold low enough for a misspelt name.
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
      select a.id, a.name, a.city, m.code as "marketCode", a.status,
             word_similarity(korsa_fold(${q}), korsa_fold(a.name)) as score
      from accounts a left join markets m on m.id = a.market_id
      where korsa_fold(${q}) <% korsa_fold(a.name)
      order by korsa_fold(${q}) <<-> korsa_fold(a.name)
      limit ${limit}`),
    folded(sql`
      select c.id, c.first_name || ' ' || c.last_name as name, c.title, c.account_id as "accountId", a.name as "accountName",
             word_similarity(korsa_fold(${q}), korsa_fold(c.first_name || ' ' || c.last_name)) as score
      from contacts c join accounts a on a.id = c.account_id
      where korsa_fold(${q}) <% korsa_fold(c.first_name || ' ' || c.last_name)
      order by korsa_fold(${q}) <<-> korsa_fold(c.first_name || ' ' || c.last_name)
      limit ${limit}`),
    folded(sql`
      select o.id, o.name, a.name as "accountName", s.key as "stageKey", s.name as "stageName",
             word_similarity(korsa_fold(${q}), korsa_fold(o.name)) as score
      from opportunities o join accounts a on a.id = o.account_id join stages s on s.id = o.stage_id
      where korsa_fold(${q}) <% korsa_fold(o.name)
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
