import { buildApp } from '../server/app';
import { ensureDataset } from '../bench/large/dataset';
import { benchSignIns } from '../bench/large/organisation';
import { openBenchDatabase } from '../bench/http/database';
import { samplePools } from '../bench/http/pools';
import { scenarios } from '../bench/http/scenarios';
import { headersOf, signIn } from '../bench/http/session';
import { Board } from '../contract/opportunities';
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';

const only = process.argv[2] ?? 'pipeline-board';
const { location, info } = await ensureDataset({ db: 'postgres', size: 'large', log: () => {}, postgresUrl: 'postgres://postgres@127.0.0.1:5432/postgres' } as never);
const bench = await openBenchDatabase(location);
const { app } = await buildApp({ database: bench.database, config: bench.config, webDist: null, logger: false });
const base = await app.listen({ port: 0, host: '127.0.0.1' });
const sessions = { leader: await signIn(base, benchSignIns.leader), seller: await signIn(base, benchSignIns.seller), management: await signIn(base, benchSignIns.management) };
const pools = await samplePools(bench.raw, Number(info.today.slice(0, 4)));
const s = scenarios.find((x) => x.name === only)!;
const lines = s.requests(pools);
const req = (i: number) => fetch(`${base}${lines[i % lines.length]!.path}`, { headers: headersOf(sessions[s.as], 'GET') }).then((r) => r.text());
for (let i = 0; i < 20; i++) await req(i);
let t0 = performance.now();
for (let i = 0; i < 50; i++) await req(i);
console.log('api ms/request', ((performance.now() - t0) / 50).toFixed(1));
if (only === 'pipeline-board') {
  const json = JSON.parse(await req(0));
  t0 = performance.now();
  for (let i = 0; i < 50; i++) Board.parse(json);
  console.log('zod parse ms', ((performance.now() - t0) / 50).toFixed(1), 'cards', json.columns.reduce((n: number, c: { cards: unknown[] }) => n + c.cards.length, 0));
  t0 = performance.now();
  for (let i = 0; i < 50; i++) JSON.stringify(json);
  console.log('stringify ms', ((performance.now() - t0) / 50).toFixed(1));
}
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.start');
for (let i = 0; i < 60; i++) await req(i);
const { profile } = await session.post('Profiler.stop');
writeFileSync('/tmp/board.cpuprofile', JSON.stringify(profile));
// summarise self time by function+url
const nodes = profile.nodes as { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount: number }[];
const byFn = new Map<string, number>();
for (const n of nodes) {
  const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/.*node_modules\//, '').replace(/.*\/work\/main\//, '')}:${n.callFrame.lineNumber}`;
  byFn.set(k, (byFn.get(k) ?? 0) + n.hitCount);
}
const total = [...byFn.values()].reduce((a, b) => a + b, 0);
for (const [k, v] of [...byFn.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log((100 * v / total).toFixed(1) + '%', k);
// by package
const byPkg = new Map<string, number>();
for (const n of nodes) {
  const u = n.callFrame.url;
  const k = u.includes('node_modules/') ? u.replace(/.*node_modules\/((@[^/]+\/)?[^/]+).*/, '$1') : u ? u.replace(/.*\/work\/main\//, '').split('/').slice(0, 2).join('/') : n.callFrame.functionName;
  byPkg.set(k, (byPkg.get(k) ?? 0) + n.hitCount);
}
console.log('--- by package');
for (const [k, v] of [...byPkg.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log((100 * v / total).toFixed(1) + '%', k);
await app.close();
process.exit(0);
