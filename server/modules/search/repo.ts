import { sql, type SQL } from 'drizzle-orm';
import { minimumScore } from '@domain/search';
import { rowsOf, type Db } from '../../db/client';

/** A city match counts a little less than a name match of the same strength. */
const CITY_WEIGHT = 0.95;
/** The typed words the fuzzy path looks up, and the vocabulary's words kept per typed word. */
const TYPED_WORDS = 5;
const NEAR_WORDS = 3;
/** Records the fuzzy path scores per set of words it looks up (see `fuzzyCandidates`). */
const CANDIDATES = 30;

/**
 * Search in two paths, per kind of record, in one statement each:
 * 1. The prefix path: names that begin with what was typed (both sides folded by korsa_fold, lower +
 *    unaccent, so "malmo" finds "Malmö …"), read in name order from a btree index (`COLLATE "C"`,
 *    which serves `like 'prefix%'`) — a few index pages, whatever the size of the table. A person is
 *    found by first or last name first.
 * 2. The fuzzy path, only when the prefix path found fewer than `limit`: each typed word is looked up
 *    in search's vocabulary (`search_words`, the distinct words of every name — a few thousand,
 *    whatever the history; migration 0063) by trigram similarity and by prefix, and the records that
 *    hold the words found are read from a GIN index of each name's words (`korsa_words`). They are
 *    scored as before, by pg_trgm's word similarity of what was typed to the whole name, and kept at
 *    `minimumScore` or more; an account is also found by its city, a little below a name match of the
 *    same strength. What it reads is bounded by the words typed, not by the number of records.
 * The fuzzy path's branch is guarded by a one-time filter on the prefix path's count, so PostgreSQL
 * does not start it when the prefix path has filled the page (bench/README.md, search).
 */
export async function search(db: Db, q: string, limit: number) {
  // three statements side by side (each on its own connection of PostgreSQL's pool), so the answer
  // takes as long as the slowest, not their sum (bench/FINDINGS.md #7); none depends on a setting
  // what was typed, folded and with LIKE's wildcards taken literally, then any ending
  const prefix = sql`replace(replace(replace(korsa_fold(${q}), '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%'`;
  const startsWith = (column: SQL) => sql`korsa_fold(${column}) collate "C" like ${prefix}`;
  const byName = (column: SQL) => sql`korsa_fold(${column}) collate "C"`;
  const similarity = (column: SQL) => sql`word_similarity(korsa_fold(${q}), korsa_fold(${column}))`;
  const contactName = sql`c.first_name || ' ' || c.last_name`;
  const contactNameLastFirst = sql`c.last_name || ' ' || c.first_name`;
  const fuzzy = fuzzyCandidates(q, limit);

  const [accounts, contacts, opportunities] = await Promise.all([
    db.execute(sql`
      with prefixed as (
        select a.id, ${similarity(sql`a.name`)} as score, 0 as path from accounts a
        where ${startsWith(sql`a.name`)} and a.deleted_at is null
        order by ${byName(sql`a.name`)} limit ${limit}
      ),
      ${fuzzy.near},
      ${fuzzy.holding('by_name', 'accounts', sql`a`, sql`korsa_words(a.name)`)},
      ${fuzzy.holding('by_city', 'accounts', sql`a`, sql`korsa_words(a.city)`)},
      candidates as (select id from by_name union select id from by_city),
      fuzzy as (
        select id, score, 1 as path from (
          select a.id, greatest(${similarity(sql`a.name`)}, ${CITY_WEIGHT}::float8 * coalesce(${similarity(sql`a.city`)}, 0)) as score
          from candidates k join accounts a on a.id = k.id
          where a.id not in (select id from prefixed)
        ) s
        where score >= ${minimumScore} order by score desc limit ${limit}
      ),
      best as (select * from prefixed union all select * from fuzzy)
      select a.id, a.name, a.city, m.code as "marketCode", a.status, b.score::float8 as score
      from best b join accounts a on a.id = b.id left join markets m on m.id = a.market_id
      order by b.path, b.score desc, a.name
      limit ${limit}`),
    db.execute(sql`
      with prefixed as (
        (select c.id, 0 as path from contacts c
         where ${startsWith(contactName)} and c.deleted_at is null order by ${byName(contactName)} limit ${limit})
        union
        (select c.id, 0 as path from contacts c
         where ${startsWith(contactNameLastFirst)} and c.deleted_at is null order by ${byName(contactNameLastFirst)} limit ${limit})
      ),
      ${fuzzy.near},
      ${fuzzy.holding('candidates', 'contacts', sql`c`, sql`korsa_words(${contactName})`)},
      fuzzy as (
        select c.id, 1 as path from candidates k join contacts c on c.id = k.id
        where c.id not in (select id from prefixed) and ${similarity(contactName)} >= ${minimumScore}
        order by ${similarity(contactName)} desc limit ${limit}
      )
      select c.id, ${contactName} as name, c.title, c.account_id as "accountId", a.name as "accountName",
             ${similarity(contactName)} as score
      from (select * from prefixed union all select * from fuzzy) b
      join contacts c on c.id = b.id join accounts a on a.id = c.account_id
      order by b.path, score desc, name
      limit ${limit}`),
    db.execute(sql`
      with prefixed as (
        select o.id, 0 as path from opportunities o
        where ${startsWith(sql`o.name`)} and o.deleted_at is null
        order by ${byName(sql`o.name`)} limit ${limit}
      ),
      ${fuzzy.near},
      ${fuzzy.holding('candidates', 'opportunities', sql`o`, sql`korsa_words(o.name)`)},
      fuzzy as (
        select o.id, 1 as path from candidates k join opportunities o on o.id = k.id
        where o.id not in (select id from prefixed) and ${similarity(sql`o.name`)} >= ${minimumScore}
        order by ${similarity(sql`o.name`)} desc limit ${limit}
      )
      select o.id, o.name, a.name as "accountName", s.key as "stageKey", s.name as "stageName",
             ${similarity(sql`o.name`)} as score
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

/**
 * The fuzzy path's candidates, after a `prefixed` CTE:
 * - `near`: per typed word (the first few), the vocabulary's nearest words by trigram similarity and
 *   the ones it begins, nearest first — empty unless the prefix path left room on the page;
 * - `holding(name, table, alias, words)`: a CTE of the records whose words hold the nearest word of
 *   every typed word (GIN's AND: "Mati Jokinen" → the Matti Jokinens), and when those do not fill the
 *   page, for each typed word some records holding one of its near words — at most `CANDIDATES` per
 *   set, so a common word ("ab") costs no more than a rare one.
 */
function fuzzyCandidates(q: string, limit: number) {
  const near = sql`typed as (
        select w from unnest(korsa_words(${q})) w where (select count(*) from prefixed) < ${limit} limit ${TYPED_WORDS}
      ),
      near as (
        select t.w, array(
          select x.word from (
            (select d.word from (select v.word, v.word <-> t.w as distance from search_words v order by v.word <-> t.w limit ${NEAR_WORDS}) d
             where d.distance <= ${1 - minimumScore})
            union
            (select v.word from search_words v where v.word like t.w || '%' order by v.word limit ${NEAR_WORDS})
          ) x order by x.word <-> t.w, x.word
        ) as words
        from typed t
      )`;
  const holding = (name: string, table: string, alias: SQL, words: SQL) => {
    const from = sql`${sql.identifier(table)} ${alias} where ${alias}.deleted_at is null and ${words}`;
    const every = sql.identifier(`${name}_every`);
    return sql`
      ${every} as (
        select ${alias}.id from ${from} @> (select array_agg(n.words[1]) from near n where cardinality(n.words) > 0)
        limit ${CANDIDATES}
      ),
      ${sql.identifier(name)} as (
        select id from ${every}
        union
        select h.id from near n cross join lateral (
          select ${alias}.id from ${from} && n.words and (select count(*) from ${every}) < ${limit} limit ${CANDIDATES}
        ) h
      )`;
  };
  return { near, holding };
}
