import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEALTH_BASE } from '@domain/health';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString().slice(0, 10);

/** Retention (J2, issue 20): churn reasons when customers and renewals are lost, the churn report, win-back, health. */
describe.each(dbKinds)('retention (%s)', (kind) => {
  let t: TestApp;
  let seller: Session;
  let otherSeller: Session;
  let leader: Session;
  let admin: Session;
  let sellerId: string;
  let reasons: { id: string; key: string | null; label: string | null }[];
  const get = (url: string, s: Session) => t.app.inject({ method: 'GET', url, headers: s.headers });
  const send = (method: 'POST' | 'PATCH', url: string, s: Session, payload: object) =>
    t.app.inject({ method, url, headers: s.headers, payload });
  const reason = (key: string) => reasons.find((r) => r.key === key)!.id;

  beforeAll(async () => {
    t = await createTestApp(kind);
    seller = await t.signIn('seller@nordlys.example');
    leader = await t.signIn('leader@nordlys.example');
    admin = await t.signIn('admin@nordlys.example');
    sellerId = (await get('/api/me', seller)).json().user.id;
    // a seller of another sales group: neither the owner nor their leader
    const sellers = (await get('/api/users?role=seller&pageSize=100', admin)).json().items as {
      email: string;
      salesGroupId: string | null;
    }[];
    const mine = sellers.find((u) => u.email === 'seller@nordlys.example')!;
    otherSeller = await t.signIn(sellers.find((u) => u.salesGroupId !== mine.salesGroupId)!.email);
    reasons = (await get('/api/churn-reasons', seller)).json().items;
  }, 300_000); // the demo organisation loads slowly on a shared machine
  afterAll(async () => {
    await t.close();
  });

  it('starts with the default churn reasons; only admins add or retire them', async () => {
    expect(reasons.map((r) => r.key)).toEqual([
      'price',
      'competitor',
      'product_fit',
      'service',
      'relationship',
      'budget',
      'business_closed',
      'merged',
      'other',
    ]);
    const denied = await send('POST', '/api/churn-reasons', leader, { label: 'Moved abroad' });
    expect(denied.statusCode).toBe(403);
    const added = await send('POST', '/api/churn-reasons', admin, { label: 'Moved abroad' });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ key: null, label: 'Moved abroad', active: true });
    expect((await send('PATCH', `/api/churn-reasons/${reason('price')}`, admin, { label: 'Cost' })).statusCode).toBe(400);
    expect((await send('PATCH', `/api/churn-reasons/${added.json().id}`, admin, { active: false })).json().active).toBe(false);
    expect((await get('/api/churn-reasons', seller)).json().items.some((r: { id: string }) => r.id === added.json().id)).toBe(false);
    expect((await get('/api/churn-reasons?all=true', seller)).json().items.some((r: { id: string }) => r.id === added.json().id)).toBe(
      true,
    );
    // a retired reason cannot be chosen
    const accountId = (await send('POST', '/api/accounts', seller, { name: 'Retired Reason AB' })).json().id;
    const retired = await send('POST', `/api/accounts/${accountId}/lost`, seller, { churnReasonId: added.json().id });
    expect(retired.statusCode).toBe(400);
    expect(retired.json().error.details).toEqual([{ path: 'body.churnReasonId', message: 'unknown churn reason' }]);
  });

  it('requires a churn reason to declare a customer lost; only its owner, their leaders and admins may; the report and win-back list show it', async () => {
    const accountId = (await send('POST', '/api/accounts', seller, { name: 'Churnande Kund AB' })).json().id;
    const noReason = await send('POST', `/api/accounts/${accountId}/lost`, seller, { reason: 'They left' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.code).toBe('validation_failed');
    const denied = await send('POST', `/api/accounts/${accountId}/lost`, otherSeller, { churnReasonId: reason('price') });
    expect(denied.statusCode).toBe(403);
    const lost = await send('POST', `/api/accounts/${accountId}/lost`, seller, {
      churnReasonId: reason('price'),
      reason: 'Half the price elsewhere',
    });
    expect(lost.statusCode, lost.body).toBe(200);
    expect(lost.json().status).toBe('lost');
    const event = (await get(`/api/accounts/${accountId}/timeline?type=event`, seller)).json().items[0];
    expect(event).toMatchObject({ event: 'account.lost', data: { churnReasonId: reason('price'), note: 'Half the price elsewhere' } });

    const report = (await get('/api/retention/churn', leader)).json();
    expect(report.total.accounts).toBeGreaterThanOrEqual(1);
    expect(report.byReason.find((r: { reason: { key: string } }) => r.reason.key === 'price').count).toBeGreaterThanOrEqual(1);
    expect(report.recent[0]).toMatchObject({ kind: 'account', account: { id: accountId }, note: 'Half the price elsewhere' });
    // every line adds up to the total
    const sum = (lines: { count: number }[]) => lines.reduce((s, l) => s + l.count, 0);
    expect(sum(report.byReason)).toBe(report.total.count);
    expect(sum(report.byMarket)).toBe(report.total.count);
    expect(sum(report.byPeriod)).toBe(report.total.count);

    const list = (await get('/api/retention/win-back?status=lost&limit=500', seller)).json();
    const item = list.items.find((i: { account: { id: string } }) => i.account.id === accountId);
    expect(item).toMatchObject({
      account: { status: 'lost' },
      churnReason: { key: 'price' },
      owner: { id: sellerId },
      can: { start: true },
    });
    const asOther = (await get('/api/retention/win-back?status=lost&limit=500', otherSeller)).json();
    expect(asOther.items.find((i: { account: { id: string } }) => i.account.id === accountId).can.start).toBe(false);
    // ranked by former value
    const values = list.items.map((i: { formerValue: number }) => i.formerValue);
    expect(values).toEqual([...values].sort((a: number, b: number) => b - a));
  });

  it('starts a win-back in one click, classified as win-back; others than the owner’s side are refused', async () => {
    const list = (await get('/api/retention/win-back?status=passive&limit=500', admin)).json();
    const candidate = list.items.find(
      (i: { owner: { id: string } | null; openWinBack: unknown }) => i.owner && i.owner.id !== sellerId && !i.openWinBack,
    );
    expect(candidate, 'the demo has passive customers').toBeTruthy();
    expect(candidate.products.length).toBeGreaterThan(0);
    const denied = await send('POST', '/api/retention/win-back', seller, { accountId: candidate.account.id });
    if (candidate.can.start === false) expect(denied.statusCode).toBe(403);
    const started = await send('POST', '/api/retention/win-back', admin, { accountId: candidate.account.id });
    expect(started.statusCode, started.body).toBe(201);
    expect(started.json().channel).toBe('win_back');
    const deal = (await get(`/api/opportunities/${started.json().opportunityId}`, admin)).json();
    expect(deal).toMatchObject({ accountId: candidate.account.id, channel: 'win_back', stage: { key: 'identified' } });
    const again = (await get('/api/retention/win-back?status=passive&limit=500', admin)).json();
    expect(again.items.find((i: { account: { id: string } }) => i.account.id === candidate.account.id).openWinBack.id).toBe(deal.id);
    // a customer who still buys is not won back
    const customer = (await get('/api/accounts?status=customer&pageSize=1', admin)).json().items[0];
    expect((await send('POST', '/api/retention/win-back', admin, { accountId: customer.id })).statusCode).toBe(400);
  });

  it('asks a churn reason when a renewal is lost, and counts its revenue lost', async () => {
    const products = (await get('/api/products', seller)).json();
    const accountId = (await send('POST', '/api/accounts', seller, { name: 'Förnyelse AB' })).json().id;
    const contactId = (await send('POST', '/api/contacts', seller, { accountId, firstName: 'Rut', lastName: 'Förnyare' })).json().id;
    const line = { productId: products[0].id, quantity: 1, unitPrice: 1000, recurring: true, contractMonths: 12 };
    const first = (
      await send('POST', '/api/opportunities', seller, {
        accountId,
        name: 'First',
        estimatedValue: 12_000,
        expectedCloseOn: daysAgo(40),
        contactId,
      })
    ).json();
    const won = await send('POST', `/api/opportunities/${first.id}/win`, seller, {
      version: first.version,
      signedOn: daysAgo(40),
      lines: [line],
    });
    expect(won.statusCode, won.body).toBe(200);
    const renewal = (
      await send('POST', '/api/opportunities', seller, {
        accountId,
        name: 'Renewal',
        estimatedValue: 12_000,
        expectedCloseOn: daysAgo(-30),
        contactId,
        lines: [line],
      })
    ).json();
    expect(renewal.channel).toBe('renewal');
    const before = (await get('/api/retention/churn', seller)).json().total;
    const noReason = await send('POST', `/api/opportunities/${renewal.id}/lose`, seller, { version: renewal.version, reason: 'other' });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().error.code).toBe('churn_reason_required');
    const denied = await send('POST', `/api/opportunities/${renewal.id}/lose`, otherSeller, {
      version: renewal.version,
      reason: 'other',
      churnReasonId: reason('competitor'),
    });
    expect(denied.statusCode).toBe(403);
    const lost = await send('POST', `/api/opportunities/${renewal.id}/lose`, seller, {
      version: renewal.version,
      reason: 'other',
      churnReasonId: reason('competitor'),
      note: 'Cheaper elsewhere',
    });
    expect(lost.statusCode, lost.body).toBe(200);
    const after = (await get('/api/retention/churn', seller)).json();
    expect(after.total.renewals).toBe(before.renewals + 1);
    expect(after.total.lostValue).toBeCloseTo(before.lostValue + 12_000 / 11.45, 0);
    expect(after.recent[0]).toMatchObject({ kind: 'renewal', opportunityId: renewal.id, reason: { key: 'competitor' } });
    expect(after.byProduct.some((p: { productId: string }) => p.productId === products[0].id)).toBe(true);

    // a renewal that timed out: confirming it as lost asks the churn reason too
    const late = (
      await send('POST', '/api/opportunities', seller, {
        accountId,
        name: 'Renewal, never answered',
        estimatedValue: 12_000,
        expectedCloseOn: daysAgo(-30),
        contactId,
        lines: [line],
      })
    ).json();
    expect(late.channel).toBe('renewal');
    const unexplained = await send('POST', `/api/opportunities/${late.id}/timed-out`, seller, { action: 'confirm', version: late.version });
    expect(unexplained.statusCode).toBe(422);
    expect(unexplained.json().error.code).toBe('churn_reason_required');
    const timedOut = await send('POST', `/api/opportunities/${late.id}/timed-out`, seller, {
      action: 'confirm',
      version: late.version,
      churnReasonId: reason('budget'),
    });
    expect(timedOut.statusCode, timedOut.body).toBe(200);
    expect(timedOut.json()).toMatchObject({ lostReason: 'timed_out' });
    const afterTimedOut = (await get('/api/retention/churn', seller)).json();
    expect(afterTimedOut.total.renewals).toBe(after.total.renewals + 1);
    expect(afterTimedOut.recent[0]).toMatchObject({ kind: 'renewal', opportunityId: late.id, reason: { key: 'budget' } });

    // a lost upsell needs no churn reason
    const upsell = (
      await send('POST', '/api/opportunities', seller, {
        accountId,
        name: 'Upsell',
        estimatedValue: 5_000,
        expectedCloseOn: daysAgo(-30),
        contactId,
        lines: [{ productId: products[1].id, quantity: 1, unitPrice: 5000 }],
      })
    ).json();
    expect(upsell.channel).toBe('upsell');
    expect(
      (await send('POST', `/api/opportunities/${upsell.id}/lose`, seller, { version: upsell.version, reason: 'other' })).statusCode,
    ).toBe(200);

    // health: its reasons and the base add up to the score
    const health = (await get(`/api/accounts/${accountId}/health`, otherSeller)).json();
    expect(health.score).toBeGreaterThanOrEqual(0);
    expect(health.score).toBeLessThanOrEqual(100);
    const keys = health.reasons.map((r: { key: string }) => r.key);
    expect(keys).toContain('lost_deals');
    expect(keys).toContain('won_deals');
    const raw = HEALTH_BASE + health.reasons.reduce((s: number, r: { points: number }) => s + r.points, 0);
    expect(health.score).toBe(Math.max(0, Math.min(100, raw)));
  });
});
