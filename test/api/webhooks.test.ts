/**
 * Webhooks (L2) against a real HTTP receiver started here: it verifies every signature with the
 * `standardwebhooks` library, fails on purpose, and the test checks retries with backoff, order per
 * record, replay, pausing with the owner told, and that private addresses are refused.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retryDelayMs, PAUSE_AFTER_FAILURES } from '@domain/webhooks';
import { deliverWebhooks } from '../../server/modules/webhooks/service';
import { postWebhook } from '../../server/platform/webhook-http';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

interface Received {
  path: string;
  id: string;
  type: string;
  recordId: string;
  verified: boolean;
  data: Record<string, unknown>;
}

/** A receiver: `/ok` verifies and answers 204 unless told to fail (a record's next messages); `/down` always 503; `/slow` never answers; `/big` answers 1 MB. */
async function startReceiver() {
  const received: Received[] = [];
  const state = { secret: '', failNext: 0, failRecord: '' };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      if (req.url === '/slow') return; // never answers
      if (req.url === '/big') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('x'.repeat(1024 * 1024));
        return;
      }
      let verified = false;
      let payload: { type: string; data: Record<string, unknown> } = { type: '?', data: {} };
      try {
        payload = new Webhook(state.secret).verify(body, req.headers as Record<string, string>) as typeof payload;
        verified = true;
      } catch {
        payload = JSON.parse(body) as typeof payload;
      }
      received.push({
        path: req.url ?? '',
        id: String(req.headers['webhook-id']),
        type: payload.type,
        recordId: String(payload.data.id),
        verified,
        data: payload.data,
      });
      if (req.url === '/down') {
        res.writeHead(503).end('down for maintenance');
        return;
      }
      if (!verified) {
        res.writeHead(401).end('bad signature');
        return;
      }
      if (state.failNext > 0 && String(payload.data.id) === state.failRecord) {
        state.failNext--;
        res.writeHead(500).end('failing on purpose');
        return;
      }
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    port,
    received,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe.each(dbKinds)('webhooks (%s)', (kind) => {
  let t: TestApp;
  let admin: Session;
  let seller: Session;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  const clock = { at: Date.now(), now: () => new Date(clock.at) };
  const advance = (ms: number) => (clock.at += ms);

  beforeAll(async () => {
    receiver = await startReceiver();
    t = await createTestApp(kind, { clock, env: { KORSA_DEVELOPMENT: 'true', WEBHOOK_TIMEOUT_MS: '1000' } });
    admin = await t.signIn('admin@nordlys.example');
    seller = await t.signIn('seller@nordlys.example');
  });
  afterAll(async () => {
    await t.close();
    await receiver.close();
  });

  const post = (s: Session, url: string, payload: unknown) =>
    t.app.inject({ method: 'POST', url, headers: s.headers, payload: payload as object });
  const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers });

  it('lets only admins manage endpoints (denied cases)', async () => {
    expect((await get(seller, '/api/webhooks')).statusCode).toBe(403);
    const denied = await post(seller, '/api/webhooks', { url: 'https://example.com/hook', events: ['account.created'] });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.code).toBe('forbidden');
    expect((await t.app.inject({ method: 'GET', url: '/api/webhooks' })).statusCode).toBe(401);
    const me = (await get(seller, '/api/me')).json();
    expect(me.can.manageWebhooks).toBe(false);
    expect((await get(admin, '/api/me')).json().can.manageWebhooks).toBe(true);
  });

  it('refuses private, loopback and link-local addresses — after DNS resolution too — unless an admin allows them', async () => {
    for (const url of [
      receiver.url('/ok'),
      'http://169.254.169.254/latest/meta-data',
      'http://[::1]:9/',
      'http://10.1.2.3/hook',
      `http://localhost:${receiver.port}/ok`,
    ]) {
      const res = await post(admin, '/api/webhooks', { url, events: ['account.created'] });
      expect(res.statusCode, url).toBe(422);
      expect(res.json().error.code).toBe('webhook_url_refused');
      expect(res.json().error.details.reason).toBe('private_address');
    }
    const creds = await post(admin, '/api/webhooks', { url: 'https://user:pw@example.com/', events: ['account.created'] });
    expect(creds.json().error.details.reason).toBe('credentials_in_url');
    const bad = await post(admin, '/api/webhooks', { url: 'https://example.com/', events: ['no.such_event'] });
    expect(bad.statusCode).toBe(400);

    // the guard at delivery: an endpoint whose permission is taken away is not called
    const before = receiver.received.length;
    const guarded = await postWebhook({
      url: `http://localhost:${receiver.port}/ok`,
      headers: {},
      body: '{}',
      allowPrivate: false,
      timeoutMs: 1000,
      maxResponseBytes: 1024,
    });
    expect(guarded.ok).toBe(false);
    expect(guarded.error).toMatch(/private, loopback or link-local/);
    expect(receiver.received.length).toBe(before);
  });

  it('delivers signed events after commit, retries failures with backoff, in order per record, and replays', async () => {
    const created = await post(admin, '/api/webhooks', {
      url: receiver.url('/ok'),
      description: 'ERP',
      events: ['account.created', 'account.updated'],
      allowPrivateNetwork: true,
    });
    expect(created.statusCode).toBe(201);
    const endpoint = created.json();
    expect(endpoint.secret).toMatch(/^whsec_/);
    receiver.state.secret = endpoint.secret;

    const me = (await get(seller, '/api/me')).json();
    const account = (await post(seller, '/api/accounts', { name: 'Webhook Kund AB', marketId: me.market.id })).json();
    for (const city of ['Malmö', 'Lund', 'Ystad']) {
      const res = await t.app.inject({ method: 'PATCH', url: `/api/accounts/${account.id}`, headers: seller.headers, payload: { city } });
      expect(res.statusCode).toBe(200);
    }
    // a second record, not held up by the first one's failures
    const other = (await post(seller, '/api/accounts', { name: 'Annan Kund AB', marketId: me.market.id })).json();

    receiver.state.failNext = 2;
    receiver.state.failRecord = account.id;
    // run 1: the first message of each record goes out; Webhook Kund's fails (500)
    await deliverWebhooks(t.ctx);
    const forAccount = () => receiver.received.filter((r) => r.path === '/ok' && r.recordId === account.id);
    expect(forAccount().map((r) => r.type)).toEqual(['account.created']);
    expect(receiver.received.some((r) => r.recordId === other.id)).toBe(true);

    // not due before the backoff: nothing is sent
    await deliverWebhooks(t.ctx);
    expect(forAccount()).toHaveLength(1);
    advance(retryDelayMs(1));
    await deliverWebhooks(t.ctx); // second failure
    expect(forAccount()).toHaveLength(2);
    advance(retryDelayMs(2) - 1000);
    await deliverWebhooks(t.ctx);
    expect(forAccount()).toHaveLength(2); // 40 s have not passed yet
    advance(1000);
    for (let i = 0; i < 5; i++) await deliverWebhooks(t.ctx);

    const got = forAccount();
    expect(got.every((r) => r.verified)).toBe(true);
    // the failed message three times (same webhook-id), then the updates in the order they were made
    expect(got.map((r) => r.type)).toEqual([
      'account.created',
      'account.created',
      'account.created',
      'account.updated',
      'account.updated',
      'account.updated',
    ]);
    expect(new Set(got.slice(0, 3).map((r) => r.id)).size).toBe(1);
    expect(got.slice(3).map((r) => (r.data.changes as { to: string }[])[0]!.to)).toEqual(['Malmö', 'Lund', 'Ystad']);
    expect(got[3]!.data).toMatchObject({ channel: 'web', changes: [{ field: 'city', to: 'Malmö' }] });

    // the delivery log: status, response code, duration, attempts
    const log = (await get(admin, `/api/webhooks/${endpoint.id}/messages?pageSize=100`)).json();
    const first = log.items.find(
      (m: { eventType: string; recordKey: string }) => m.eventType === 'account.created' && m.recordKey === `account:${account.id}`,
    );
    expect(first).toMatchObject({ status: 'delivered', attempts: 3, lastStatusCode: 204 });
    expect(first.log.map((a: { statusCode: number }) => a.statusCode)).toEqual([500, 500, 204]);
    expect(first.log.every((a: { durationMs: number }) => a.durationMs >= 0)).toBe(true);
    expect(log.items.every((m: { status: string }) => m.status === 'delivered')).toBe(true);
    expect((await get(seller, `/api/webhooks/${endpoint.id}/messages`)).statusCode).toBe(403);

    // manual replay: the same message, the same webhook-id, once more
    const deniedReplay = await post(seller, `/api/webhooks/${endpoint.id}/messages/${first.id}/replay`, {});
    expect(deniedReplay.statusCode).toBe(403);
    expect((await post(admin, `/api/webhooks/${endpoint.id}/messages/${first.id}/replay`, {})).statusCode).toBe(200);
    await deliverWebhooks(t.ctx);
    const replayed = forAccount().at(-1)!;
    expect(replayed).toMatchObject({ id: first.webhookId, type: 'account.created', verified: true });
    const after = (await get(admin, `/api/webhooks/${endpoint.id}/messages?pageSize=100`)).json();
    const again = after.items.find((m: { id: string }) => m.id === first.id);
    expect(again.log.at(-1)).toMatchObject({ ok: true, replay: true });

    // an endpoint switched off gets nothing new
    await t.app.inject({ method: 'PATCH', url: `/api/webhooks/${endpoint.id}`, headers: admin.headers, payload: { enabled: false } });
    await t.app.inject({ method: 'PATCH', url: `/api/accounts/${account.id}`, headers: seller.headers, payload: { city: 'Kiruna' } });
    const count = receiver.received.length;
    await deliverWebhooks(t.ctx);
    expect(receiver.received.length).toBe(count);
  });

  it('cuts off a slow receiver and an oversized answer', async () => {
    const slow = await postWebhook({
      url: receiver.url('/slow'),
      headers: {},
      body: '{}',
      allowPrivate: true,
      timeoutMs: 300,
      maxResponseBytes: 1024,
    });
    expect(slow).toMatchObject({ ok: false, statusCode: null });
    expect(slow.error).toMatch(/no answer within 300 ms/);
    const big = await postWebhook({
      url: receiver.url('/big'),
      headers: {},
      body: '{}',
      allowPrivate: true,
      timeoutMs: 2000,
      maxResponseBytes: 1024,
    });
    expect(big).toMatchObject({ ok: true, statusCode: 200 });
    expect(big.responseExcerpt.length).toBeLessThanOrEqual(500);
  });

  it('pauses an endpoint that keeps failing and tells its owner; resuming sends what waited', async () => {
    const endpoint = (
      await post(admin, '/api/webhooks', { url: receiver.url('/down'), events: ['contact.created'], allowPrivateNetwork: true })
    ).json();
    const me = (await get(seller, '/api/me')).json();
    const account = (await post(seller, '/api/accounts', { name: 'Paus Kund AB', marketId: me.market.id })).json();
    const contact = await post(seller, '/api/contacts', { accountId: account.id, firstName: 'Pia', lastName: 'Paus' });
    expect(contact.statusCode).toBe(201);
    for (let i = 1; i <= PAUSE_AFTER_FAILURES + 2; i++) {
      await deliverWebhooks(t.ctx);
      advance(retryDelayMs(i));
    }
    const down = receiver.received.filter((r) => r.path === '/down');
    expect(down).toHaveLength(PAUSE_AFTER_FAILURES);
    const state = (await get(admin, '/api/webhooks')).json().find((e: { id: string }) => e.id === endpoint.id);
    expect(state).toMatchObject({ paused: true, consecutiveFailures: PAUSE_AFTER_FAILURES, pending: 1 });
    const bell = (await get(admin, '/api/notifications')).json();
    expect(bell.items.filter((n: { kind: string }) => n.kind === 'webhooks.paused')).toHaveLength(1);

    const resumed = await t.app.inject({
      method: 'PATCH',
      url: `/api/webhooks/${endpoint.id}`,
      headers: admin.headers,
      payload: { paused: false },
    });
    expect(resumed.json()).toMatchObject({ paused: false, consecutiveFailures: 0 });
    await deliverWebhooks(t.ctx);
    expect(receiver.received.filter((r) => r.path === '/down')).toHaveLength(PAUSE_AFTER_FAILURES + 1);
  });
});
