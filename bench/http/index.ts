/**
 * The HTTP bench: the real app in-process on a generated dataset, each main view through the real
 * API under autocannon (in a worker thread) at 1 and 16 connections, against the same SQL replayed
 * straight on the database; plus cold start, memory, the web app's initial JS and the account page
 * in headless Chromium.
 */
import os from 'node:os';
import { sql } from 'drizzle-orm';
import { buildApp, defaultWebDist } from '../../server/app';
import { rowsOf } from '../../server/db/client';
import type { App } from '../../server/platform/http';
import { ensureDataset, type DbKind, type DatasetInfo } from '../large/dataset';
import { benchSignIns } from '../large/organisation';
import type { BenchSize } from '../large/sizes';
import { browserRenders } from './browser';
import { coldStarts } from './cold-start';
import { openBenchDatabase, serveEnv, type BenchDatabase, type Replay } from './database';
import { runLoad, type HttpRequest } from './load';
import { samplePools, type Pools } from './pools';
import { measureReplays, waitForQuiet } from './raw-sql';
import { checkTargets, markdownTable, type ViewResult } from './report';
import { scenarios, type Persona, type Scenario } from './scenarios';
import { headersOf, signIn, type Session } from './session';
import { summarise } from './stats';
import { initialJs } from './web-size';

export interface HttpBenchOptions {
  db: DbKind;
  size: BenchSize;
  seed: number;
  fresh: boolean;
  postgresUrl: string;
  durationSeconds: number;
  connections: number[];
  only?: string[];
  browser: boolean;
  log: (line: string) => void;
}

const WARMUP_SECONDS = 2;
/** Distinct requests recorded per view for the raw-SQL replay (and as a first warm-up). */
const CAPTURED_REQUESTS = 100;
const CAPTURE_SECONDS = 20;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface Running {
  o: HttpBenchOptions;
  bench: BenchDatabase;
  app: App;
  base: string;
  sessions: Record<Persona, Session>;
  pools: Pools;
}

function httpRequests(r: Running, s: Scenario): HttpRequest[] {
  const session = r.sessions[s.as];
  return s.requests(r.pools).map((line) => ({
    method: line.method,
    path: line.path,
    headers: headersOf(session, line.method),
    ...(line.body === undefined ? {} : { body: JSON.stringify(line.body) }),
  }));
}

/**
 * Sends distinct requests once each, recording the SQL they issue (and warming the caches): up to
 * CAPTURED_REQUESTS, or what fits in CAPTURE_SECONDS for slow views. Fails on anything but 2xx.
 */
async function capture(r: Running, requests: HttpRequest[]): Promise<{ replays: Replay[]; medianMs: number }> {
  const replays: Replay[] = [];
  const times: number[] = [];
  const started = performance.now();
  for (const req of requests.slice(0, CAPTURED_REQUESTS)) {
    if (replays.length >= 4 && performance.now() - started > CAPTURE_SECONDS * 1000) break;
    const t0 = performance.now();
    const { result: res, replay } = await r.bench.recorder.capture(async () => {
      const response = await fetch(`${r.base}${req.path}`, { method: req.method, headers: req.headers, body: req.body });
      return { ok: response.ok, status: response.status, text: await response.text() };
    });
    times.push(performance.now() - t0);
    if (!res.ok) throw new Error(`${req.method} ${req.path}: ${res.status} ${res.text.slice(0, 300)}`);
    replays.push(replay);
  }
  return { replays, medianMs: median(times) };
}

/** The median time of these requests sent once more, after capture() warmed what they read. */
async function warmMedian(r: Running, requests: HttpRequest[]): Promise<number> {
  const times: number[] = [];
  for (const req of requests) {
    const t0 = performance.now();
    const response = await fetch(`${r.base}${req.path}`, { method: req.method, headers: req.headers, body: req.body });
    await response.text();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** Enough requests for percentiles of slow views: at least 10 at one connection, 2 per connection above. */
const minimumSamples = (connections: number) => (connections === 1 ? 10 : 2 * connections);

async function measureView(r: Running, s: Scenario): Promise<ViewResult[]> {
  const requests = httpRequests(r, s);
  const { replays, medianMs: firstMs } = await capture(r, requests);
  // a view served from a cache its first request filled (the game's season): its warm time decides the load's length
  const medianMs = s.kind === 'read' && firstMs > 500 ? Math.min(firstMs, await warmMedian(r, requests.slice(0, 3))) : firstMs;
  // the API load cycles through the same requests the raw SQL replays, so both see the same mix
  const measured = requests.slice(0, replays.length);
  // a request that may be sent once (a deal is won once): each run gets its own share of the rest
  const unused = requests.slice(replays.length);
  const out: ViewResult[] = [];
  for (const [run, connections] of r.o.connections.entries()) {
    r.o.log(`  ${s.name}: API at ${connections} connection(s)`);
    const loadAverage = +os.loadavg()[0]!.toFixed(2);
    const minimum = minimumSamples(connections);
    const expected = ((r.o.durationSeconds * 1000) / medianMs) * Math.min(connections, os.cpus().length);
    const share = s.once ? unused.splice(0, Math.floor(unused.length / (r.o.connections.length - run))) : [];
    if (s.once && share.length < minimum) throw new Error(`only ${share.length} unused requests left for ${connections} connection(s)`);
    const load = await runLoad({
      url: r.base,
      connections,
      warmupSeconds: medianMs > 500 || s.once ? 0 : WARMUP_SECONDS,
      durationSeconds: r.o.durationSeconds,
      ...(s.once
        ? { amount: Math.min(share.length, Math.max(minimum, Math.ceil(expected))) }
        : expected < minimum
          ? { amount: minimum }
          : {}),
      requests: s.once ? share : measured,
    });
    await waitForQuiet(r.bench.raw);
    const api = summarise(load.latencies, load.seconds);
    const non2xx = Object.entries(load.statuses).reduce((n, [code, count]) => (code.startsWith('2') ? n : n + count), 0);
    let rawSql = null;
    if (s.kind === 'read') {
      r.o.log(`  ${s.name}: raw SQL at ${connections}`);
      rawSql = await measureReplays(r.bench.raw, replays, connections, r.o.durationSeconds, minimum);
      await waitForQuiet(r.bench.raw);
    }
    const result = {
      scenario: s.name,
      view: s.view,
      kind: s.kind,
      distinctRequests: measured.length,
      connections,
      loadAverage,
      api,
      non2xx,
      ...(non2xx > 0 ? { statuses: load.statuses } : {}),
      errors: load.errors + load.timeouts,
      cpuMsPerRequest: load.latencies.length ? Math.round((load.busyMs / load.latencies.length) * 100) / 100 : null,
      rawSql,
      ratio: rawSql && rawSql.p50 > 0 ? Math.round((api.p50 / rawSql.p50) * 100) / 100 : null,
    };
    out.push({ ...result, targets: checkTargets(r.o.db, r.o.size, result) });
  }
  return out;
}

/** Takes the bench's writes back: its activities deleted, the deals it won reopened through the API (read models follow). */
async function removeBenchWrites(r: Running, since: Date): Promise<void> {
  const won = rowsOf<{ id: string; version: number }>(
    await r.bench.database.db.execute(
      sql`select id, version from opportunities where closed_at >= ${since} and id = any(${`{${r.pools.openDeals.map((d) => d.id).join(',')}}`}::uuid[])`,
    ),
  );
  for (const deal of won) {
    const response = await fetch(`${r.base}/api/opportunities/${deal.id}/reopen`, {
      method: 'POST',
      headers: headersOf(r.sessions.leader, 'POST'),
      body: JSON.stringify({ version: deal.version, reason: 'Bench: won by the write bench' }),
    });
    if (!response.ok) r.o.log(`  could not reopen ${deal.id}: ${response.status}`);
  }
  await r.bench.database.db.execute(
    sql`delete from activities where author_id = (select id from users where email = ${benchSignIns.seller}) and subject like 'Bench: %' and occurred_at >= ${since}`,
  );
}

async function databaseVersion(bench: BenchDatabase): Promise<string> {
  const [row] = rowsOf<{ v: string }>(await bench.database.db.execute(sql`select version() as v`));
  return row?.v.split(' on ')[0] ?? 'unknown';
}

async function measureViews(r: Running): Promise<{ views: ViewResult[]; skipped: { scenario: string; note: string }[] }> {
  const views: ViewResult[] = [];
  const skipped: { scenario: string; note: string }[] = [];
  for (const s of scenarios.filter((x) => !r.o.only || r.o.only.includes(x.name))) {
    if (!r.app.hasRoute({ method: s.route.method, url: s.route.url })) {
      skipped.push({ scenario: s.name, note: `skipped: the app has no ${s.route.method} ${s.route.url} yet` });
      r.o.log(`  ${s.name}: skipped (no route ${s.route.url})`);
      continue;
    }
    if (s.requests(r.pools).length === 0) {
      // e.g. a dataset generated before the generator made a game season: say so instead of failing
      skipped.push({ scenario: s.name, note: 'skipped: the dataset has nothing to ask this view for (regenerate it with --fresh)' });
      r.o.log(`  ${s.name}: skipped (nothing in the dataset for it; --fresh regenerates)`);
      continue;
    }
    const since = new Date();
    try {
      views.push(...(await measureView(r, s)));
    } catch (e) {
      skipped.push({ scenario: s.name, note: `failed: ${(e as Error).message}` });
      r.o.log(`  ${s.name}: failed: ${(e as Error).message}`);
    }
    if (s.kind === 'write') await removeBenchWrites(r, since);
  }
  return { views, skipped };
}

async function startApp(o: HttpBenchOptions, bench: BenchDatabase, info: DatasetInfo): Promise<Running> {
  const { app } = await buildApp({
    database: bench.database,
    config: bench.config,
    webDist: defaultWebDist,
    logger: process.env.BENCH_LOG === '1',
  });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const sessions = {
    leader: await signIn(base, benchSignIns.leader),
    seller: await signIn(base, benchSignIns.seller),
    management: await signIn(base, benchSignIns.management),
  };
  const pools = await samplePools(bench.raw, Number(info.today.slice(0, 4)));
  return { o, bench, app, base, sessions, pools };
}

export async function benchHttp(o: HttpBenchOptions): Promise<{ db: string; results: object[]; report: string }> {
  const { location, info, generated } = await ensureDataset({ ...o, log: o.log });
  o.log(`Dataset ${o.size} on ${o.db}${generated ? ` generated in ${info.seconds.total} s` : ` (generated ${info.generatedAt})`}`);
  o.log('Cold start: korsa serve → first healthy response');
  const starts = await coldStarts(serveEnv(location), 3);
  const bench = await openBenchDatabase(location);
  await bench.database.migrate();
  const dbVersion = await databaseVersion(bench);
  const r = await startApp(o, bench, info);
  try {
    const { views, skipped } = await measureViews(r);
    o.log('Account page, matrix and board in headless Chromium');
    const browser = o.browser
      ? await browserRenders(r.base, benchSignIns.leader, r.pools.accountIds.slice(0, 12))
      : 'skipped (--no-browser)';
    const memory = process.memoryUsage();
    const web = initialJs(defaultWebDist);
    const coldMedian = median(starts.map((s) => s.ms));
    const extras = [
      { scenario: 'dataset', generatedNow: generated, ...info },
      {
        scenario: 'cold-start',
        runsMs: starts.map((s) => s.ms),
        medianMs: coldMedian,
        rssMiB: starts[0]?.rssMiB,
        target: 'median < 3000 ms',
        met: coldMedian < 3000,
      },
      { scenario: 'rss-after-run', rssMiB: Math.round(memory.rss / 2 ** 20), heapUsedMiB: Math.round(memory.heapUsed / 2 ** 20) },
      web
        ? {
            scenario: 'web-initial-js',
            files: web.files.length,
            kib: +(web.bytes / 1024).toFixed(1),
            gzipKiB: +(web.gzipBytes / 1024).toFixed(1),
            target: 'gzip < 300 KB',
            met: web.gzipBytes < 300 * 1000,
          }
        : { scenario: 'web-initial-js', note: 'skipped: web/dist is missing (npm run build)' },
      ...(typeof browser === 'string'
        ? [{ scenario: 'browser', note: browser }]
        : [
            { scenario: 'browser-account-page', ...browser.accountPage },
            { scenario: 'browser-matrix-page', ...browser.matrixPage, target: 'p50 < 1000 ms', met: browser.matrixPage.loads.p50 < 1000 },
            { scenario: 'browser-board', ...browser.board, target: 'p50 < 1000 ms', met: browser.board.loads.p50 < 1000 },
          ]),
      ...skipped,
    ];
    const report = [markdownTable(views), '', ...extras.map((e) => `- ${JSON.stringify(e)}`)].join('\n');
    return { db: dbVersion, results: [...views.map((v) => ({ db: o.db, size: o.size, ...v })), ...extras], report };
  } finally {
    await r.app.close();
    await bench.database.close();
  }
}
