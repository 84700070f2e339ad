import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { targetResolver } from '../../server/modules/targets/service';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

describe.each(dbKinds)('targets and sales volume by channel (%s)', (kind) => {
  let t: TestApp;
  let admin: Session;
  let leader: Session;
  let seller: Session;
  let sellerId: string;
  const get = (url: string, s: Session) => t.app.inject({ method: 'GET', url, headers: s.headers });
  const send = (method: 'PUT' | 'POST', url: string, s: Session, payload: unknown) =>
    t.app.inject({ method, url, headers: s.headers, payload: payload as object });
  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await t.signIn('admin@nordlys.example');
    leader = await t.signIn('leader@nordlys.example');
    seller = await t.signIn('seller@nordlys.example');
    sellerId = (await get('/api/me', seller)).json().user.id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('keeps seller and company targets per channel and shows the gap until the sellers add up', async () => {
    const company = await send('PUT', '/api/targets', admin, {
      year: 2030,
      entries: [
        { scope: 'company', channel: 'new', amount: 5_000_000 },
        { scope: 'company', channel: 'upsell', amount: 2_000_000 },
      ],
    });
    expect(company.statusCode).toBe(200);
    expect(company.json().can).toEqual({ setCompany: true, copyYear: true });
    // the leader sets the targets of the sellers in the group they lead
    const res = await send('PUT', '/api/targets', leader, {
      year: 2030,
      entries: [{ scope: 'seller', userId: sellerId, channel: 'new', amount: 3_000_000 }],
    });
    expect(res.statusCode).toBe(200);
    const grid = res.json();
    expect(grid.can).toEqual({ setCompany: false, copyYear: false });
    expect(grid.sellers.find((s: { userId: string }) => s.userId === sellerId).editable).toBe(true);
    expect(grid.sellers.find((s: { userId: string }) => s.userId === sellerId).targets).toEqual({ new: 3_000_000 });
    expect(grid.gap.find((g: { channel: string }) => g.channel === 'new')).toEqual({
      channel: 'new',
      company: 5_000_000,
      sellers: 3_000_000,
      gap: 2_000_000,
    });
    expect(grid.gap.find((g: { channel: string }) => g.channel === 'upsell').gap).toBe(2_000_000);
    expect(
      (await send('PUT', '/api/targets', seller, { year: 2030, entries: [{ scope: 'company', channel: 'new', amount: 1 }] })).statusCode,
    ).toBe(403);
    // a sales leader sets neither the company's targets, nor another group's sellers', nor copies a whole year
    const denied = (entries: object[]) => send('PUT', '/api/targets', leader, { year: 2030, entries });
    expect((await denied([{ scope: 'company', channel: 'new', amount: 1 }])).statusCode).toBe(403);
    const elsewhere = grid.sellers.find((s: { editable: boolean }) => !s.editable);
    expect(elsewhere).toBeDefined();
    expect((await denied([{ scope: 'seller', userId: elsewhere.userId, channel: 'new', amount: 1 }])).statusCode).toBe(403);
    expect((await send('POST', '/api/targets/copy', leader, { fromYear: 2030, toYear: 2032, percent: 0 })).statusCode).toBe(403);
    expect((await get('/api/targets?year=2032', admin)).json().company).toEqual({});
    const bad = await send('PUT', '/api/targets', leader, { year: 2030, entries: [{ scope: 'seller', channel: 'new', amount: 1 }] });
    expect(bad.statusCode).toBe(400);
    const copied = (await send('POST', '/api/targets/copy', admin, { fromYear: 2030, toYear: 2031, percent: 10 })).json();
    expect(copied.company).toEqual({ new: 5_500_000, upsell: 2_200_000 });
    const removed = (
      await send('PUT', '/api/targets', admin, { year: 2031, entries: [{ scope: 'company', channel: 'upsell', amount: null }] })
    ).json();
    expect(removed.company).toEqual({ new: 5_500_000 });
  });

  it('counts a signed 3-year contract of 3.6 M as 1.2 M in each contract year, in its channel', async () => {
    const me = (await get('/api/me', seller)).json();
    const account = (await send('POST', '/api/accounts', seller, { name: 'Volym Test AB', marketId: me.market.id })).json();
    const contact = (await send('POST', '/api/contacts', seller, { accountId: account.id, firstName: 'Vera', lastName: 'Volym' })).json();
    const product = (await get('/api/products', seller)).json()[0];
    const opp = (
      await send('POST', '/api/opportunities', seller, {
        accountId: account.id,
        name: 'Three years',
        currency: 'EUR',
        estimatedValue: 1,
        expectedCloseOn: '2030-03-01',
        contactId: contact.id,
      })
    ).json();
    const won = await send('POST', `/api/opportunities/${opp.id}/win`, seller, {
      version: 1,
      signedOn: '2030-03-01',
      lines: [{ productId: product.id, quantity: 1, unitPrice: 100_000, recurring: true, contractMonths: 36 }],
    });
    expect(won.json()).toMatchObject({ value: 3_600_000, annualValue: 1_200_000, channel: 'new' });
    for (const year of [2030, 2031, 2032]) {
      const v = (await get(`/api/volume?year=${year}&by=seller`, leader)).json();
      const mine = v.rows.find((r: { id: string }) => r.id === sellerId);
      expect(mine.new.volume, String(year)).toBe(1_200_000);
    }
    expect(
      (await get('/api/volume?year=2033&by=seller', leader)).json().rows.find((r: { id: string }) => r.id === sellerId),
    ).toBeUndefined();
    const v2030 = (await get('/api/volume?year=2030&by=seller', leader)).json();
    const mine = v2030.rows.find((r: { id: string }) => r.id === sellerId);
    // 2030 has not begun: too early to judge the pace
    expect(mine.new).toEqual({ volume: 1_200_000, target: 3_000_000, progress: 0.4, pace: 'onPace' });
    expect(v2030.company.new.target).toBe(5_000_000);
    expect(v2030.elapsed).toBe(0);
    // a group without a target of its own has its sellers' targets, and its name
    const group2030 = (await get('/api/volume?year=2030&by=salesGroup', leader)).json();
    expect(group2030.rows.find((r: { id: string }) => r.id === me.salesGroup.id)).toMatchObject({
      name: me.salesGroup.name,
      new: { volume: 1_200_000, target: 3_000_000, progress: 0.4 },
    });
    const groups = (await get('/api/volume?year=2031&by=salesGroup', leader)).json();
    expect(groups.rows.find((r: { id: string }) => r.id === me.salesGroup.id).new.volume).toBe(1_200_000);
  });
  it('keeps a year’s resolved targets until the targets or a seller’s place change (migration 0062)', async () => {
    const me = (await get('/api/me', seller)).json();
    const first = await targetResolver(t.ctx, 2032);
    expect(await targetResolver(t.ctx, 2032)).toBe(first);
    expect(first({ userId: sellerId }).new).toBeNull();
    // through the API
    expect((await send('PUT', '/api/targets', leader, { year: 2032, entries: [{ scope: 'seller', userId: sellerId, channel: 'new', amount: 400_000 }] })).statusCode).toBe(200);
    const second = await targetResolver(t.ctx, 2032);
    expect(second).not.toBe(first);
    expect(second({ userId: sellerId }).new).toBe(400_000);
    expect(second({ salesGroupId: me.salesGroup.id }).new).toBe(400_000);
    // any write to the targets, not only the service's
    await t.ctx.db.execute(sql`update targets set amount = 450000 where year = 2032 and user_id = ${sellerId}`);
    const third = await targetResolver(t.ctx, 2032);
    expect(third({ userId: sellerId }).new).toBe(450_000);
    // the seller moves to another group: the groups' sums follow
    const other = (await get('/api/sales-groups', admin)).json().find((g: { id: string }) => g.id !== me.salesGroup.id);
    const moved = await t.app.inject({ method: 'PATCH', url: `/api/users/${sellerId}`, headers: admin.headers, payload: { salesGroupId: other.id } });
    expect(moved.statusCode, moved.body).toBe(200);
    const fourth = await targetResolver(t.ctx, 2032);
    expect(fourth({ salesGroupId: me.salesGroup.id }).new).toBeNull();
    expect(fourth({ salesGroupId: other.id }).new).toBe(450_000);
    await t.app.inject({ method: 'PATCH', url: `/api/users/${sellerId}`, headers: admin.headers, payload: { salesGroupId: me.salesGroup.id } });
    expect((await targetResolver(t.ctx, 2032))({ salesGroupId: me.salesGroup.id }).new).toBe(450_000);
    // a seller who leaves no longer counts towards the group
    expect((await t.app.inject({ method: 'PATCH', url: `/api/users/${sellerId}`, headers: admin.headers, payload: { active: false } })).statusCode).toBe(200);
    expect((await targetResolver(t.ctx, 2032))({ salesGroupId: me.salesGroup.id }).new).toBeNull();
    await t.app.inject({ method: 'PATCH', url: `/api/users/${sellerId}`, headers: admin.headers, payload: { active: true } });
    expect((await targetResolver(t.ctx, 2032))({ salesGroupId: me.salesGroup.id }).new).toBe(450_000);
  });
});
