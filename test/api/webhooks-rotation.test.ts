/**
 * Webhooks (L2, #21): rotating an endpoint's secret and sending a test event, against a real HTTP
 * receiver started here that verifies each signature with the `standardwebhooks` library — by the
 * old secret and by the new one, separately, so both are seen to sign during the grace period.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECRET_GRACE_MS } from '@domain/webhooks';
import { deliverWebhooks } from '../../server/modules/webhooks/service';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

interface Got {
  type: string;
  signatures: number;
  /** Which of the receiver's secrets verified this delivery. */
  verifiedBy: string[];
}

async function startReceiver() {
  const got: Got[] = [];
  const state = { secrets: [] as string[], status: 204 };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const verifiedBy = state.secrets.filter((secret) => {
        try {
          new Webhook(secret).verify(body, req.headers as Record<string, string>);
          return true;
        } catch {
          return false;
        }
      });
      const signatures = String(req.headers['webhook-signature'] ?? '')
        .split(' ')
        .filter(Boolean).length;
      got.push({ type: (JSON.parse(body) as { type: string }).type, signatures, verifiedBy });
      res.writeHead(verifiedBy.length ? state.status : 401).end(state.status >= 400 ? 'failing on purpose' : '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hook`, got, state, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe.each(dbKinds)('webhook secret rotation and test events (%s)', (kind) => {
  let t: TestApp;
  let admin: Session;
  let seller: Session;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  const clock = { at: Date.now(), now: () => new Date(clock.at) };

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

  const post = (s: Session, url: string, payload: unknown = {}) =>
    t.app.inject({ method: 'POST', url, headers: s.headers, payload: payload as object });
  const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers });

  it('rotates a secret: shown once, both secrets sign during the grace period, then only the new one', async () => {
    const endpoint = (
      await post(admin, '/api/webhooks', { url: receiver.url, events: ['account.created'], allowPrivateNetwork: true })
    ).json();
    const oldSecret = endpoint.secret as string;
    expect(endpoint.previousSecretUntil).toBeNull();

    const denied = await post(seller, `/api/webhooks/${endpoint.id}/rotate-secret`);
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.code).toBe('forbidden');
    expect((await post(admin, '/api/webhooks/00000000-0000-4000-8000-000000000000/rotate-secret')).statusCode).toBe(404);

    const rotated = await post(admin, `/api/webhooks/${endpoint.id}/rotate-secret`);
    expect(rotated.statusCode).toBe(200);
    const { secret: newSecret, previousSecretUntil } = rotated.json();
    expect(newSecret).toMatch(/^whsec_/);
    expect(newSecret).not.toBe(oldSecret);
    expect(Date.parse(previousSecretUntil)).toBe(clock.at + SECRET_GRACE_MS);
    const listed = (await get(admin, '/api/webhooks')).json().find((e: { id: string }) => e.id === endpoint.id);
    expect(listed.previousSecretUntil).toBe(previousSecretUntil);

    // the audit trail names the rotation, never a secret
    const audit = (await get(admin, `/api/audit-events?entityType=webhook_endpoint&action=webhook_endpoint.secret_rotated`)).json();
    expect(JSON.stringify(audit)).toContain('webhook_endpoint.secret_rotated');
    expect(JSON.stringify(audit)).not.toContain(newSecret);
    expect(JSON.stringify(audit)).not.toContain(oldSecret);

    receiver.state.secrets = [oldSecret, newSecret];
    const me = (await get(seller, '/api/me')).json();
    await post(seller, '/api/accounts', { name: 'Rotation Kund AB', marketId: me.market.id });
    await deliverWebhooks(t.ctx);
    const during = receiver.got.at(-1)!;
    expect(during).toMatchObject({ type: 'account.created', signatures: 2, verifiedBy: [oldSecret, newSecret] });

    // after the grace period only the new secret signs (the grace ended a second ago: the receiver checks
    // the timestamp against its own clock, so the test's clock stays where it is)
    await t.ctx.db.execute(
      sql`update webhook_endpoints set previous_secret_until = ${new Date(clock.at - 1000).toISOString()}::timestamptz where id = ${endpoint.id}`,
    );
    await post(seller, '/api/accounts', { name: 'Efter Rotation AB', marketId: me.market.id });
    await deliverWebhooks(t.ctx);
    expect(receiver.got.at(-1)).toMatchObject({ type: 'account.created', signatures: 1, verifiedBy: [newSecret] });
    const later = (await get(admin, '/api/webhooks')).json().find((e: { id: string }) => e.id === endpoint.id);
    expect(later.previousSecretUntil).toBeNull();
  });

  it('sends a test event through the normal path and shows it in the delivery log', async () => {
    const endpoint = (
      await post(admin, '/api/webhooks', { url: receiver.url, events: ['lead.arrived'], allowPrivateNetwork: true })
    ).json();
    receiver.state.secrets = [endpoint.secret];
    receiver.state.status = 204;

    expect((await post(seller, `/api/webhooks/${endpoint.id}/test`)).statusCode).toBe(403);

    const sent = await post(admin, `/api/webhooks/${endpoint.id}/test`);
    expect(sent.statusCode).toBe(200);
    expect(sent.json()).toMatchObject({ eventType: 'webhook.test', status: 'delivered', attempts: 1, lastStatusCode: 204 });
    expect(sent.json().log).toHaveLength(1);
    expect(receiver.got.at(-1)).toMatchObject({ type: 'webhook.test', verifiedBy: [endpoint.secret] });

    // a failing receiver: the answer says so, the log keeps it, and it is retried like any message
    receiver.state.status = 500;
    const failed = (await post(admin, `/api/webhooks/${endpoint.id}/test`)).json();
    expect(failed).toMatchObject({ eventType: 'webhook.test', status: 'pending', attempts: 1, lastStatusCode: 500 });
    const log = (await get(admin, `/api/webhooks/${endpoint.id}/messages`)).json();
    expect(log.items.map((m: { eventType: string; status: string }) => [m.eventType, m.status])).toEqual([
      ['webhook.test', 'pending'],
      ['webhook.test', 'delivered'],
    ]);

    // an endpoint switched off is not tested
    await t.app.inject({ method: 'PATCH', url: `/api/webhooks/${endpoint.id}`, headers: admin.headers, payload: { enabled: false } });
    const off = await post(admin, `/api/webhooks/${endpoint.id}/test`);
    expect(off.statusCode).toBe(409);
    expect(off.json().error.code).toBe('webhook_endpoint_off');
  });
});
