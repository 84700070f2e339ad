import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app';
import { loadConfig } from '../../server/config';
import type { AppContext } from '../../server/platform/context';
import type { App } from '../../server/platform/http';
import { startJobs, type Job } from '../../server/platform/jobs';
import { createTestApp, type TestApp } from '../helpers/app';

/**
 * Several `korsa serve` instances on one PostgreSQL (#15): two apps on one database, as two servers
 * behind a load balancer would be. Scheduled jobs run on one of them; live updates reach both.
 */
const postgres = process.env.TEST_DATABASE_URL;
if (!postgres) console.warn('several-instance tests skipped: TEST_DATABASE_URL is not set (they need PostgreSQL)');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Reads `data:` events from an open event stream until one matches (or the time runs out). */
async function waitForEvent(body: ReadableStream<Uint8Array>, match: (data: string) => boolean, ms = 10_000) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let found: string | null = null;
  const read = (async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value);
      found = [...buffer.matchAll(/^data: (.*)$/gm)].map((m) => m[1]!).find(match) ?? null;
      if (found) return;
    }
  })();
  await Promise.race([read, sleep(ms)]);
  reader.releaseLock();
  return found;
}

describe.skipIf(!postgres)('several instances on one PostgreSQL', () => {
  let t: TestApp;
  let two: { app: App; ctx: AppContext };

  beforeAll(async () => {
    t = await createTestApp('postgres');
    two = await buildApp({ database: t.database, config: loadConfig({}), webDist: null, logger: false, mailer: null });
    await two.app.ready();
  }, 120_000);

  afterAll(async () => {
    await two?.app.close();
    await t?.close();
  });

  it('runs the scheduled jobs on one instance, and another takes over when it stops', async () => {
    const runs: string[] = [];
    const jobsOf = (who: string): Job[] => [
      { name: 'test.tick', everyMs: 100, run: async () => void runs.push(who) },
      // a job that claims its own work runs on every instance
      { name: 'test.claim', everyMs: 100, exclusive: false, run: async () => void runs.push(`${who}:claim`) },
    ];
    const tryLock = t.database.tryLock!.bind(t.database);
    const options = { tryLock, firstRunMs: 0, leaderRetryMs: 200 };
    const stops = new Map([
      ['one', startJobs(t.ctx, jobsOf('one'), options)],
      ['two', startJobs(two.ctx, jobsOf('two'), options)],
    ]);
    try {
      await sleep(1_500);
      const ran = new Set(runs.filter((r) => !r.includes(':')));
      expect(ran.size).toBe(1); // one instance ran the job …
      const leader = [...ran][0]!;
      // … about once per interval, not once per instance (15 in 1.5 s at most)
      expect(runs.filter((r) => r === leader).length).toBeGreaterThan(3);
      expect(runs.filter((r) => r === leader).length).toBeLessThanOrEqual(16);
      expect(runs).toContain('one:claim');
      expect(runs).toContain('two:claim');

      // the leader stops (its lock connection closes): the other takes the jobs over
      await stops.get(leader)!();
      stops.delete(leader);
      runs.length = 0;
      await sleep(1_500);
      const next = leader === 'one' ? 'two' : 'one';
      expect(runs.filter((r) => !r.includes(':')).every((r) => r === next)).toBe(true);
      expect(runs.filter((r) => r === next).length).toBeGreaterThan(3);
    } finally {
      for (const stop of stops.values()) await stop();
    }
  }, 30_000);

  it('brings an event published on one instance to a live stream open on the other', async () => {
    const leader = await t.signIn('leader@nordlys.example');
    const seller = await t.signIn('seller@nordlys.example');
    const leaderId = (await t.app.inject({ method: 'GET', url: '/api/me', headers: leader.headers })).json<{ user: { id: string } }>().user
      .id;
    const base = await two.app.listen({ port: 0, host: '127.0.0.1' });
    const stream = await fetch(`${base}/api/events`, { headers: { cookie: leader.cookie } });
    expect(stream.status).toBe(200);
    await sleep(300); // the instance's LISTEN is open once its first stream is

    // the seller, on the first instance, mentions the leader: the notification is published there
    const account = (await t.app.inject({ method: 'GET', url: '/api/accounts?pageSize=1', headers: seller.headers })).json<{
      items: { id: string }[];
    }>().items[0]!;
    const comment = await t.app.inject({
      method: 'POST',
      url: '/api/comments',
      headers: seller.headers,
      payload: { subjectType: 'account', subjectId: account.id, body: 'Two instances, one stream', mentionIds: [leaderId] },
    });
    expect(comment.statusCode, comment.body).toBe(201);
    const event = await waitForEvent(stream.body!, (d) => d.includes('"notification"'));
    expect(event && JSON.parse(event)).toEqual({ type: 'notification', userId: leaderId });
    await stream.body!.cancel();
  }, 60_000);
});
