import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app';
import { loadConfig } from '../../server/config';
import { rowsOf } from '../../server/db/client';
import type { App } from '../../server/platform/http';
import type { AppContext } from '../../server/platform/context';
import { createTestApp, type TestApp } from '../helpers/app';
import { standbyUnavailable, startPrimary, startStandby, type Primary, type Standby } from '../helpers/standby';

/**
 * DATABASE_REPLICA_URL against a real streaming standby (test/helpers/standby.ts: a small primary of
 * its own made with the test server's programs, and its base backup `pg_basebackup -R`, each on a free
 * port): the writer reads their write at once, other users read the replica, and every read-only view
 * answers on the replica as on the primary.
 */
const adminUrl = process.env.TEST_DATABASE_URL;
const unavailable = await standbyUnavailable(adminUrl);
if (unavailable) console.warn(`read replica tests skipped: ${unavailable}`);

/** The views that read on a replica (the routes that call platform/reads.ts `onReplica`). */
const views = [
  '/api/overview?year=2026',
  '/api/overview/wins',
  '/api/renewals?months=6',
  '/api/matrix',
  '/api/matrix?q=nordic&rollup=true',
  '/api/handoffs/ledger?by=seller',
  '/api/handoffs/ledger?by=salesGroup',
  '/api/handoffs?box=all',
  '/api/opportunities?pageSize=50',
  '/api/opportunities/board',
  '/api/opportunities/outstanding-quotes',
  '/api/opportunities/forecast',
  '/api/opportunities/analytics',
  '/api/accounts?pageSize=50',
  '/api/contacts?pageSize=50',
  '/api/volume?year=2026&by=seller',
  '/api/retention/churn',
  '/api/retention/win-back',
  '/api/home',
  '/api/leads',
  '/api/leads/sla-report',
];

describe('read replicas on embedded PGlite', () => {
  it('are ignored, with a warning at start', async () => {
    const warnings: string[] = [];
    const t = await createTestApp('pglite', { demo: false, env: { DATABASE_REPLICA_URL: 'postgres://korsa@replica/korsa' } });
    try {
      expect(t.ctx.replicas).toBeNull();
      const logger = { level: 'warn', stream: { write: (line: string) => void warnings.push(line) } };
      const again = await buildApp({ database: t.database, config: t.ctx.config, webDist: null, logger, mailer: null });
      await again.app.close();
      expect(warnings.join('')).toContain('DATABASE_REPLICA_URL is ignored: embedded PGlite has no replicas');
    } finally {
      await t.close();
    }
  });
});

describe.skipIf(unavailable !== null)('read replicas on a streaming standby (PostgreSQL)', () => {
  let primary: Primary;
  let standby: Standby;
  let t: TestApp;
  let database: string;
  /** Two instances reading from the standby; `t.app` reads the primary only. */
  let one: { app: App; ctx: AppContext };
  let two: { app: App; ctx: AppContext };

  beforeAll(async () => {
    primary = await startPrimary(adminUrl!);
    standby = await startStandby(primary.url);
    t = await createTestApp('postgres', { adminUrl: primary.url });
    database = rowsOf<{ name: string }>(await t.ctx.db.execute(sql`select current_database() as name`))[0]!.name;
    await standby.caughtUp();
    const config = loadConfig({ DATABASE_REPLICA_URL: standby.url(database) });
    const instance = () => buildApp({ database: t.database, config, webDist: null, logger: false, mailer: null });
    one = await instance();
    two = await instance();
    for (const x of [one, two]) await x.app.ready();
  }, 180_000);

  afterAll(async () => {
    await one?.app.close();
    await two?.app.close();
    await t?.close();
    await standby?.stop();
    await primary?.stop();
  });

  const reads = (x: { ctx: AppContext }) => x.ctx.replicas!.replicas.reduce((n, r) => n + r.reads, 0);
  const get = (app: App, url: string, headers: Record<string, string>) => app.inject({ method: 'GET', url, headers });
  const accountNames = (res: LightMyRequestResponse) => {
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ items: { name: string }[] }>().items.map((a) => a.name);
  };

  it('lets the writer read their write at once, while other users read the replica', async () => {
    const seller = await t.signIn('seller@nordlys.example');
    const admin = await t.signIn('admin@nordlys.example');
    const name = `Replikatest ${Date.now()} AB`;
    const search = `/api/accounts?q=${encodeURIComponent(name)}`;
    // the standby stops replaying: whatever reads it from now on cannot see a new write
    await standby.query('select pg_wal_replay_pause()');
    try {
      for (let i = 0; i < 100; i++) {
        const [paused] = await standby.query<{ state: string }>('select pg_get_wal_replay_pause_state() as state');
        if (paused?.state === 'paused') break;
        await new Promise((r) => setTimeout(r, 50));
      }
      const created = await one.app.inject({ method: 'POST', url: '/api/accounts', headers: seller.headers, payload: { name } });
      expect(created.statusCode, created.body).toBe(201);
      const lsn = created.cookies.find((c) => c.name === 'korsa_lsn');
      expect(lsn?.value).toMatch(/^[0-9A-F]+\/[0-9A-F]+$/);
      expect(lsn?.httpOnly).toBe(true);

      // the writer, on the instance that took the write (it remembers them) …
      expect(accountNames(await get(one.app, search, seller.headers))).toContain(name);
      // … and on another instance, with the cookie their browser sends back
      const withCookie = { ...seller.headers, cookie: `${seller.cookie}; korsa_lsn=${lsn!.value}` };
      expect(accountNames(await get(two.app, search, withCookie))).toContain(name);

      // everyone else reads the replica, which has not replayed the write
      const before = reads(one) + reads(two);
      expect(accountNames(await get(one.app, search, admin.headers))).not.toContain(name);
      expect(accountNames(await get(two.app, search, seller.headers))).not.toContain(name);
      expect(reads(one) + reads(two)).toBe(before + 2);
      const sessions = await standby.query<{ n: number }>(
        `select count(*)::int as n from pg_stat_activity where application_name = 'korsa' and datname = '${database}'`,
      );
      expect(sessions[0]!.n).toBeGreaterThan(0);
    } finally {
      await standby.query('select pg_wal_replay_resume()');
    }
    await standby.caughtUp();
    // once replayed, everyone reads it (polled: a CI run saw one read just after the replay position passed miss it)
    await expect
      .poll(async () => accountNames(await get(one.app, search, admin.headers)), { timeout: 10_000, interval: 200 })
      .toContain(name);
  }, 60_000);

  it('answers every read-only view on the replica as the primary does', async () => {
    const admin = await t.signIn('admin@nordlys.example');
    const leader = await t.signIn('leader@nordlys.example');
    await standby.caughtUp();
    for (const session of [admin, leader]) {
      for (const url of views) {
        const before = reads(one);
        const onReplica = await get(one.app, url, session.headers);
        expect(reads(one), url).toBe(before + 1);
        const onPrimary = await get(t.app, url, session.headers);
        expect(onPrimary.statusCode, `${url}: ${onPrimary.body}`).toBe(200);
        expect(onReplica.statusCode, `${url}: ${onReplica.body}`).toBe(200);
        expect(onReplica.json(), url).toEqual(onPrimary.json());
      }
    }
  }, 120_000);

  it('counts the matrix from the cells on a replica on a new day, and rolls the day on the primary', async () => {
    const admin = await t.signIn('admin@nordlys.example');
    const ownedAtLevel0 = async () =>
      rowsOf<{ n: number }>(await t.ctx.db.execute(sql`select coalesce(sum(owned), 0)::int as n from rm_matrix_counts where level = 0`))[0]!
        .n;
    // the counts as a day long ago left them (contracts ended since were still running then)
    await t.ctx.db.execute(sql`select korsa_rm_matrix_roll('2000-01-01'::date, '1999-01-01'::date)`);
    const stale = await ownedAtLevel0();
    await standby.caughtUp();

    const before = reads(one);
    const first = await get(one.app, '/api/matrix', admin.headers);
    expect(first.statusCode, first.body).toBe(200);
    expect(reads(one)).toBe(before + 1);
    // the replica's read rolled the day on the primary …
    const [state] = rowsOf<{ today: string }>(await t.ctx.db.execute(sql`select today::text as today from rm_matrix_state`));
    expect(state!.today).toBe(new Date().toISOString().slice(0, 10));
    expect(await ownedAtLevel0()).not.toBe(stale); // (so the stale counts would have given other totals)
    // … and once replayed, the replica reads the counts
    await standby.caughtUp();
    const second = await get(one.app, '/api/matrix', admin.headers);
    const primary = await get(t.app, '/api/matrix', admin.headers);
    expect(first.json()).toEqual(primary.json());
    expect(second.json()).toEqual(primary.json());
  }, 60_000);

  it('reads the primary when a replica is unreachable, or stops', async () => {
    const admin = await t.signIn('admin@nordlys.example');
    const config = loadConfig({ DATABASE_REPLICA_URL: 'postgres://postgres@127.0.0.1:1/nowhere' });
    const lone = await buildApp({ database: t.database, config, webDist: null, logger: false, mailer: null });
    try {
      const res = await get(lone.app, '/api/overview?year=2026', admin.headers);
      expect(res.statusCode, res.body).toBe(200);
      expect(lone.ctx.replicas!.replicas[0]!.reads).toBe(0);
    } finally {
      await lone.app.close();
    }
    // the standby goes away under a running instance (the last test: afterAll's stop is then a no-op)
    const expected = (await get(t.app, '/api/overview?year=2026', admin.headers)).json();
    await standby.stop();
    for (let i = 0; i < 3; i++) {
      const res = await get(one.app, '/api/overview?year=2026', admin.headers);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual(expected);
    }
  }, 60_000);
});
