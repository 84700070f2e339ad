/**
 * Website signals' ingestion (C3) on a fresh database with the small demo organisation: the tracking
 * script's endpoint (POST /api/signals/collect, text/plain batches under the site's public key) through
 * the real HTTP API under autocannon (in a worker thread). Each request is one visitor's batch of
 * --batch events (page views, some of product pages); half the visitors said who they are earlier
 * (their views are kept, alerts are checked), half are anonymous (received, not kept). Events/s counts
 * events, not requests. Also: the statements one batch issues (the same whatever its size) and the
 * plans of the look-ups alerts use, after the load (no scan of the visits).
 */
import os from 'node:os';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { buildApp, defaultWebDist } from '../server/app';
import { loadConfig } from '../server/config';
import { openPostgres, rowsOf, type Database } from '../server/db/client';
import { loadDemo } from '../server/demo/load';
import { createSite, putPageRules } from '../server/modules/signals/service';
import { runLoad, type HttpRequest } from './http/load';
import { summarise } from './http/stats';

export interface IngestBenchOptions {
  postgresUrl: string;
  durationSeconds: number;
  connections: number[];
  batch: number;
  log: (line: string) => void;
}

const VISITORS = 400;

async function freshPostgres(postgresUrl: string): Promise<{ database: Database; drop: () => Promise<void> }> {
  const name = `korsa_bench_ingest_${process.pid}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  // the pool `korsa serve` opens by default
  const database = await openPostgres(url.toString(), loadConfig({}).DATABASE_POOL_SIZE);
  await database.migrate();
  return {
    database,
    drop: async () => {
      await database.close();
      const c = new pg.Client({ connectionString: postgresUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** Counts the statements the pool's connections send while `on`. */
function statementCounter() {
  // the method itself, called back with the client as `this` below
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const original = pg.Client.prototype.query;
  const counter = { on: false, n: 0 };
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    if (counter.on) counter.n++;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  return { counter, restore: () => (pg.Client.prototype.query = original) };
}

export async function benchIngest(o: IngestBenchOptions): Promise<{ db: string; results: object[]; report: string }> {
  const { database, drop } = await freshPostgres(o.postgresUrl);
  const counting = statementCounter();
  try {
    o.log('Demo organisation (small) on a fresh PostgreSQL database');
    await loadDemo(database.db, { seed: 1, size: 'small' });
    const { app, ctx } = await buildApp({ database, config: loadConfig({}), webDist: defaultWebDist, logger: false });
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    const site = await createSite(ctx, 'bench');
    const products = rowsOf<{ id: string; code: string }>(await database.db.execute(sql`select id, lower(code) as code from products`));
    await putPageRules(ctx, { rules: products.map((p) => ({ pattern: `/products/${p.code}`, productId: p.id, family: null })) });
    const contacts = rowsOf<{ email: string }>(
      await database.db.execute(
        sql`select lower(email) as email from contacts where email is not null and deleted_at is null order by id limit ${VISITORS / 2}`,
      ),
    );
    const post = (events: object[]) =>
      fetch(`${base}/api/signals/collect`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: JSON.stringify({ key: site.publicKey, events }),
      });
    // half the visitors identified themselves earlier (a form, an identify call)
    for (let i = 0; i < contacts.length; i += 100) {
      const said = contacts
        .slice(i, i + 100)
        .map((c, j) => ({ type: 'identify', url: '/contact', visitorId: `known-${i + j}-visitor`, email: c.email }));
      const r = await post(said);
      if (r.status !== 202) throw new Error(`identify: ${r.status} ${await r.text()}`);
    }
    const pages = ['/', '/about', '/pricing', '/blog/fleet-costs', ...products.slice(0, 12).map((p) => `/products/${p.code}`)];
    const requests: HttpRequest[] = Array.from({ length: 1000 }, (_, r) => {
      const visitorId = r % 2 ? `known-${(r >> 1) % contacts.length}-visitor` : `anon-${r}-visitor`;
      const events = Array.from({ length: o.batch }, (_, e) => ({
        type: 'page_view',
        url: `https://www.nordlys.example${pages[(r * 7 + e * 3) % pages.length]}`,
        visitorId,
      }));
      return {
        method: 'POST',
        path: '/api/signals/collect',
        headers: { 'content-type': 'text/plain' },
        body: JSON.stringify({ key: site.publicKey, events }),
      };
    });

    // the statements of one batch of a known visitor, and of a ten times bigger one
    const statementsOf = async (events: number) => {
      const body = JSON.parse(requests[1]!.body!) as { key: string; events: object[] };
      const big = Array.from({ length: events }, (_, i) => body.events[i % body.events.length]!);
      counting.counter.n = 0;
      counting.counter.on = true;
      const r = await post(big);
      counting.counter.on = false;
      if (r.status !== 202) throw new Error(`batch: ${r.status} ${await r.text()}`);
      return counting.counter.n;
    };
    const statements = {
      [`batch of ${o.batch}`]: await statementsOf(o.batch),
      [`batch of ${o.batch * 10}`]: await statementsOf(Math.min(100, o.batch * 10)),
    };

    const results: object[] = [];
    for (const connections of o.connections) {
      const loadBefore = os.loadavg().map((n) => +n.toFixed(2));
      o.log(`  ingest: ${connections} connection(s), ${o.durationSeconds} s, batches of ${o.batch} (load ${loadBefore.join(' ')})`);
      const load = await runLoad({ url: base, connections, warmupSeconds: 2, durationSeconds: o.durationSeconds, requests });
      const api = summarise(load.latencies, load.seconds);
      const accepted = load.statuses['202'] ?? 0;
      results.push({
        scenario: 'ingest',
        connections,
        eventsPerBatch: o.batch,
        eventsPerSecond: Math.round((accepted * o.batch) / load.seconds),
        batchesPerSecond: api.requestsPerSecond,
        p50: api.p50,
        p95: api.p95,
        p99: api.p99,
        statuses: load.statuses,
        errors: load.errors + load.timeouts,
        loadAverageBefore: loadBefore,
        loadAverageAfter: os.loadavg().map((n) => +n.toFixed(2)),
        target: '≥ 2,000 events/s, p95 < 50 ms',
        met: (accepted * o.batch) / load.seconds >= 2000 && api.p95 < 50,
      });
    }
    const [counts] = rowsOf<{ visits: number; alerts: number; contactId: string }>(
      await database.db.execute(
        sql`select (select count(*)::int from site_visits) as visits, (select count(*)::int from signal_alerts) as alerts,
                   (select contact_id from site_visits where contact_id is not null limit 1) as "contactId"`,
      ),
    );
    const plan = async (q: ReturnType<typeof sql>) =>
      rowsOf<{ 'QUERY PLAN': string }>(await database.db.execute(sql`explain (analyze, costs off, timing off, summary off) ${q}`)).map(
        (r) => r['QUERY PLAN'],
      );
    const plans = {
      lastVisitOfContact: await plan(
        sql`select at from site_visits where contact_id = ${counts!.contactId} and at < now() order by at desc limit 1`,
      ),
      visitorsOfSite: await plan(
        sql`select visitor_id, email from site_visitors where site_id = ${site.id} and visitor_id in ('known-1-visitor', 'anon-2-visitor')`,
      ),
    };
    results.push({
      scenario: 'ingest-statements',
      statementsPerBatch: statements,
      storedVisits: counts!.visits,
      alerts: counts!.alerts,
      plans,
    });
    await app.close();
    const [version] = rowsOf<{ v: string }>(await database.db.execute(sql`select version() as v`));
    const report = results.map((r) => `- ${JSON.stringify(r)}`).join('\n');
    return { db: version?.v.split(' on ')[0] ?? 'postgres', results, report };
  } finally {
    counting.restore();
    await drop();
  }
}
