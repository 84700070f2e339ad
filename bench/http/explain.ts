/**
 * `npm run bench -- explain --only <view>[,…] [--db …] [--size …]`: the SQL each distinct request of a
 * view issues (every scope or filter the bench cycles through), each statement timed on its own, and EXPLAIN (ANALYZE, BUFFERS) of the slow ones — how the
 * findings in bench/FINDINGS.md were made.
 */
import { buildApp } from '../../server/app';
import { ensureDataset } from '../large/dataset';
import { benchSignIns } from '../large/organisation';
import { openBenchDatabase, type RawClient, type Statement } from './database';
import type { HttpBenchOptions } from './index';
import { samplePools } from './pools';
import { scenarios } from './scenarios';
import { headersOf, signIn } from './session';

/** Statements slower than this (ms) are explained. */
const SLOW_MS = 20;

/** Runs a statement the way the view did: in a transaction, after the `set_config` calls that preceded it. */
async function run(raw: RawClient, settings: Statement[], text: string, params: unknown[]): Promise<unknown[]> {
  if (raw.kind === 'pglite') {
    return raw.pglite.transaction(async (tx) => {
      for (const s of settings) await tx.query(s.text, s.params);
      return (await tx.query(text, params)).rows;
    });
  }
  const client = await raw.pool.connect();
  try {
    await client.query('begin');
    for (const s of settings) await client.query(s.text, s.params);
    return (await client.query(text, params)).rows as unknown[];
  } finally {
    await client.query('rollback');
    client.release();
  }
}

async function timeStatement(raw: RawClient, settings: Statement[], q: Statement): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    await run(raw, settings, q.text, q.params);
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[1]!;
}

async function explain(raw: RawClient, settings: Statement[], q: Statement): Promise<string> {
  const rows = (await run(raw, settings, `explain (analyze, buffers) ${q.text}`, q.params)) as Record<string, string>[];
  return rows.map((r) => Object.values(r)[0]).join('\n');
}

const transactionControl = /^\s*(begin|commit|rollback)\b/i;
const isSetting = (q: Statement) => /^\s*select set_config\(/i.test(q.text);

export async function explainViews(o: HttpBenchOptions): Promise<{ results: object[]; report: string }> {
  const { location, info } = await ensureDataset({ ...o, log: o.log });
  const bench = await openBenchDatabase(location);
  const { app } = await buildApp({ database: bench.database, config: bench.config, webDist: null, logger: false });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const lines: string[] = [];
  const results: object[] = [];
  try {
    const sessions = {
      leader: await signIn(base, benchSignIns.leader),
      seller: await signIn(base, benchSignIns.seller),
      management: await signIn(base, benchSignIns.management),
    };
    const pools = await samplePools(bench.raw, Number(info.today.slice(0, 4)));
    for (const s of scenarios.filter((x) => x.kind === 'read' && (!o.only || o.only.includes(x.name)))) {
      // every request the bench cycles through (each scope or filter), not only the first: one may grow with the data
      for (const path of [...new Set(s.requests(pools).map((r) => r.path))]) {
        const request = () => fetch(`${base}${path}`, { headers: headersOf(sessions[s.as], 'GET') }).then((r) => r.text());
        await request(); // warm
        const t0 = performance.now();
        const { replay } = await bench.recorder.capture(request);
        const apiMs = performance.now() - t0;
        lines.push(`\n## ${s.name}: GET ${path} — ${apiMs.toFixed(1)} ms through the API`);
        const statements = replay.flatMap((u) => u.statements.filter((x) => !transactionControl.test(x.text)));
        for (const q of statements.filter((x) => !isSetting(x))) {
          const settings = statements.slice(0, statements.indexOf(q)).filter(isSetting);
          const ms = await timeStatement(bench.raw, settings, q);
          results.push({ scenario: s.name, path, ms: +ms.toFixed(2), sql: q.text.replace(/\s+/g, ' ').trim() });
          lines.push(`\n### ${ms.toFixed(1)} ms\n\n\`\`\`sql\n${q.text.trim()}\n\`\`\`\nparams: ${JSON.stringify(q.params).slice(0, 400)}`);
          if (ms >= SLOW_MS) lines.push(`\n\`\`\`\n${await explain(bench.raw, settings, q)}\n\`\`\``);
        }
      }
    }
  } finally {
    await app.close();
    await bench.database.close();
  }
  return { results, report: lines.join('\n') };
}
