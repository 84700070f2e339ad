import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notify } from '../../server/modules/notifications/service';
import { emailNotifications } from '../../server/modules/notifications/service';
import { sendDigests } from '../../server/modules/notifications/service-alerts';
import type { Mail } from '../../server/platform/mailer';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

describe.each(dbKinds)('deviation alert preferences and the daily digest, K2 (%s)', (kind) => {
  let t: TestApp;
  let seller: Session;
  let sellerId: string;
  let otherId: string;
  const outbox: Mail[] = [];
  let now = new Date('2026-12-02T09:00:00Z');

  beforeAll(async () => {
    t = await createTestApp(kind, { clock: { now: () => now }, mailer: { send: async (mail) => void outbox.push(mail) } });
    seller = await t.signIn('seller@nordlys.example');
    sellerId = await t.userId('seller@nordlys.example');
    otherId = await t.userId('leader@nordlys.example');
    const admin = await t.signIn('admin@nordlys.example');
    await t.app.inject({ method: 'PATCH', url: `/api/users/${sellerId}`, headers: admin.headers, payload: { locale: 'sv' } });
    await emailNotifications(t.ctx); // what the demo left to send
    outbox.length = 0;
  });
  afterAll(async () => {
    await t.close();
  });

  const url = (id: string) => `/api/users/${id}/alert-preferences`;
  const put = (s: Session, id: string, items: unknown) =>
    t.app.inject({ method: 'PUT', url: url(id), headers: s.headers, payload: { items } });

  it('shows every alert with its default until the person chooses', async () => {
    const res = await t.app.inject({ method: 'GET', url: url(sellerId), headers: seller.headers });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.emailEnabled).toBe(true);
    expect(body.items.map((i: { alert: string }) => i.alert)).toContain('sla_breach');
    expect(body.items.find((i: { alert: string }) => i.alert === 'stalled_deal')).toMatchObject({
      inApp: true,
      email: 'instant',
      kinds: ['opportunities.stale', 'opportunities.timed_out'],
    });
  });

  it('nobody reads or changes another person’s choices, not even an admin; bad input is 400', async () => {
    expect((await t.app.inject({ method: 'GET', url: url(otherId), headers: seller.headers })).statusCode).toBe(403);
    const denied = await put(seller, otherId, [{ alert: 'behind_pace', inApp: false, email: 'off' }]);
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.code).toBe('forbidden');
    const admin = await t.signIn('admin@nordlys.example');
    expect((await put(admin, sellerId, [{ alert: 'behind_pace', inApp: false, email: 'off' }])).statusCode).toBe(403);
    const bad = await put(seller, sellerId, [{ alert: 'weather', inApp: true, email: 'instant' }]);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('validation_failed');
    const twice = await put(seller, sellerId, [
      { alert: 'behind_pace', inApp: true, email: 'off' },
      { alert: 'behind_pace', inApp: false, email: 'off' },
    ]);
    expect(twice.statusCode).toBe(400);
  });

  it('an alert turned off in the bell does not show there; digest alerts come in one e-mail a day, in the person’s language, once', async () => {
    const saved = await put(seller, sellerId, [
      { alert: 'behind_pace', inApp: false, email: 'digest' },
      { alert: 'stalled_deal', inApp: true, email: 'digest' },
      { alert: 'coverage_conflict', inApp: false, email: 'off' },
    ]);
    expect(saved.statusCode).toBe(200);
    expect(saved.json().items.find((i: { alert: string }) => i.alert === 'behind_pace')).toMatchObject({ inApp: false, email: 'digest' });

    await notify(t.ctx, [
      { userId: sellerId, kind: 'targets.behind_pace', data: { progress: 20, elapsed: 50 }, link: '/targets' },
      { userId: sellerId, kind: 'opportunities.stale', data: { count: 3 }, link: '/pipeline' },
      { userId: sellerId, kind: 'coverage.outside_meeting', data: { by: 'Per' }, link: '/accounts' },
      { userId: sellerId, kind: 'comments.mention', data: { by: 'Eva' }, link: '/accounts' },
      { userId: otherId, kind: 'targets.behind_pace', data: { progress: 10, elapsed: 50 }, link: '/targets' },
    ]);

    const bell = (await t.app.inject({ method: 'GET', url: '/api/notifications', headers: seller.headers })).json();
    const kinds = bell.items.map((n: { kind: string }) => n.kind);
    expect(kinds).toContain('opportunities.stale');
    expect(kinds).toContain('comments.mention');
    expect(kinds).not.toContain('targets.behind_pace');
    expect(kinds).not.toContain('coverage.outside_meeting');

    // at once: the mention to the seller and the other person's alert (defaults); the digest alerts wait
    await emailNotifications(t.ctx);
    const seller1 = outbox.filter((m) => m.to === 'seller@nordlys.example');
    expect(seller1).toHaveLength(1);
    expect(seller1[0]?.subject).toContain('nämnde dig');
    expect(outbox.filter((m) => m.to === 'leader@nordlys.example').map((m) => m.subject)).toEqual([expect.stringContaining('10 %')]);
    outbox.length = 0;

    now = new Date('2026-12-02T23:00:00Z'); // the day is not over
    expect(await sendDigests(t.ctx)).toBe(0);
    now = new Date('2026-12-03T06:00:00Z');
    expect(await sendDigests(t.ctx)).toBe(1);
    expect(await sendDigests(t.ctx)).toBe(0);
    now = new Date('2026-12-03T18:00:00Z');
    expect(await sendDigests(t.ctx)).toBe(0);
    expect(outbox).toHaveLength(1);
    const digest = outbox[0]!;
    expect(digest.to).toBe('seller@nordlys.example');
    expect(digest.subject).toBe('Dina larm i Korsa 2 december 2026: 2');
    expect(digest.text).toContain('20 % av målet');
    expect(digest.text).toContain('3 av dina öppna affärer');
    expect(digest.text).toContain('http://localhost:3000/targets');
    expect(digest.text).not.toContain('utanför täckningen');
  });
});
