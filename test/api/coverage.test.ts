import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
type User = { id: string; email: string; salesGroupId: string | null; marketId: string | null };

/** International accounts (H2, issue 20): coverage rules of a group of companies, the outsider told, the coverer notified, conflicts. */
describe.each(dbKinds)('international accounts (%s)', (kind) => {
  let t: TestApp;
  let admin: Session;
  let coverer: Session;
  let outsider: Session;
  let leader: Session;
  let covererUser: User;
  let outsiderUser: User;
  let leaderId: string;
  let groupId: string;
  let subsidiaryId: string;
  let productId: string;
  let contactId: string;
  const get = (url: string, s: Session) => t.app.inject({ method: 'GET', url, headers: s.headers });
  const send = (method: 'POST' | 'PUT', url: string, s: Session, payload: object) => t.app.inject({ method, url, headers: s.headers, payload });
  const noticesOf = async (s: Session) => (await get('/api/notifications', s)).json().items as { kind: string; data: { by?: string } }[];

  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await t.signIn('admin@nordlys.example');
    coverer = await t.signIn('seller@nordlys.example');
    leader = await t.signIn('leader@nordlys.example');
    leaderId = (await get('/api/me', leader)).json().user.id;
    const sellers = (await get('/api/users?role=seller&pageSize=100', admin)).json().items as User[];
    covererUser = sellers.find((u) => u.email === 'seller@nordlys.example')!;
    outsiderUser = sellers.find((u) => u.marketId !== covererUser.marketId && u.salesGroupId === covererUser.salesGroupId) ?? sellers.find((u) => u.marketId !== covererUser.marketId)!;
    outsider = await t.signIn(outsiderUser.email);
    productId = (await get('/api/products', admin)).json()[0].id;
    const group = await send('POST', '/api/accounts', admin, { name: 'Vinterhamn Group', isGlobal: true, globalOwnerId: leaderId, marketId: covererUser.marketId });
    expect(group.statusCode, group.body).toBe(201);
    groupId = group.json().id;
    const sub = await send('POST', '/api/accounts', admin, {
      name: 'Vinterhamn Sverige AB',
      parentId: groupId,
      marketId: covererUser.marketId,
      ownerId: covererUser.id,
    });
    expect(sub.statusCode, sub.body).toBe(201);
    subsidiaryId = sub.json().id;
    contactId = (await send('POST', '/api/contacts', admin, { accountId: subsidiaryId, firstName: 'Ingrid', lastName: 'Inköp' })).json().id;
  }, 300_000); // the demo organisation loads slowly on a shared machine
  afterAll(async () => {
    await t.close();
  });

  it('sets the group’s rules: its global owner (or their leaders, admins) only, on the global account, each market and group once', async () => {
    const rules = { rules: [{ marketId: covererUser.marketId, salesGroupId: null, sellerId: covererUser.id }] };
    const denied = await send('PUT', `/api/accounts/${groupId}/coverage-rules`, outsider, rules);
    expect(denied.statusCode).toBe(403);
    expect((await send('PUT', `/api/accounts/${subsidiaryId}/coverage-rules`, leader, rules)).statusCode).toBe(400);
    expect((await send('PUT', `/api/accounts/${groupId}/coverage-rules`, leader, { rules: [...rules.rules, ...rules.rules] })).statusCode).toBe(400);
    const res = await send('PUT', `/api/accounts/${groupId}/coverage-rules`, leader, rules);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ isGroup: true, group: { id: groupId }, globalOwner: { id: leaderId }, can: { edit: true } });
    expect(res.json().rules).toHaveLength(1);
  });

  it('tells someone from another market who covers the subsidiary', async () => {
    const theirs = (await get(`/api/accounts/${subsidiaryId}/coverage`, outsider)).json();
    expect(theirs).toMatchObject({
      isGroup: false,
      group: { id: groupId, name: 'Vinterhamn Group' },
      forYou: { outside: true, coveredBy: { seller: { id: covererUser.id } } },
      can: { edit: false },
    });
    const mine = (await get(`/api/accounts/${subsidiaryId}/coverage`, coverer)).json();
    expect(mine.forYou.outside).toBe(false);
    // the global owner coordinates the group: never outside
    expect((await get(`/api/accounts/${subsidiaryId}/coverage`, leader)).json().forYou.outside).toBe(false);
  });

  it('notifies the coverer and the global owner when an outsider opens an opportunity or logs a meeting; nothing is refused', async () => {
    const before = (await noticesOf(coverer)).length;
    const opened = await send('POST', '/api/opportunities', outsider, {
      accountId: subsidiaryId,
      name: 'Laddboxar till Vinterhamn',
      estimatedValue: 40_000,
      expectedCloseOn: inDays(60),
      contactId,
      lines: [{ productId, quantity: 1, unitPrice: 40_000 }],
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const toCoverer = await noticesOf(coverer);
    expect(toCoverer.length).toBe(before + 1);
    expect(toCoverer.find((n) => n.kind === 'coverage.outside_opportunity')).toBeTruthy();
    expect((await noticesOf(leader)).some((n) => n.kind === 'coverage.outside_opportunity')).toBe(true);
    expect((await noticesOf(outsider)).some((n) => n.kind.startsWith('coverage.'))).toBe(false);
    // the notice is on the subsidiary's timeline too, for everyone (A3): here read by a third person
    const timeline = (await get(`/api/accounts/${subsidiaryId}/timeline?type=event&limit=50`, admin)).json().items as {
      event: string;
      data: Record<string, unknown>;
      author: { id: string } | null;
    }[];
    const entry = timeline.find((e) => e.event === 'coverage.notice');
    expect(entry, JSON.stringify(timeline.map((e) => e.event))).toBeTruthy();
    expect(entry!.data).toMatchObject({ kind: 'opportunity', title: 'Laddboxar till Vinterhamn', told: 2 });
    expect(entry!.data.coverer).toBeTruthy();

    const call = await send('POST', '/api/activities', outsider, { accountId: subsidiaryId, type: 'call', subject: 'Ringde inköp' });
    expect(call.statusCode, call.body).toBe(201);
    expect((await noticesOf(coverer)).filter((n) => n.kind === 'coverage.outside_meeting')).toHaveLength(0);
    const meeting = await send('POST', '/api/activities', outsider, { accountId: subsidiaryId, type: 'meeting', subject: 'Möte med inköp' });
    expect(meeting.statusCode, meeting.body).toBe(201);
    expect((await noticesOf(coverer)).filter((n) => n.kind === 'coverage.outside_meeting')).toHaveLength(1);
    const notices = (await get(`/api/accounts/${subsidiaryId}/timeline?type=event&limit=50`, coverer)).json().items as { event: string }[];
    expect(notices.filter((e) => e.event === 'coverage.notice')).toHaveLength(2);

    // the coverer's own work tells no one
    const countBefore = (await noticesOf(leader)).length;
    const own = await send('POST', '/api/activities', coverer, { accountId: subsidiaryId, type: 'meeting', subject: 'Uppföljning' });
    expect(own.statusCode).toBe(201);
    expect((await noticesOf(leader)).length).toBe(countBefore);
  });

  it('reports parallel opportunities for one product at the group from different markets', async () => {
    const none = (await get(`/api/coverage/conflicts?groupId=${groupId}`, coverer)).json();
    expect(none.items).toHaveLength(0);
    const ours = await send('POST', '/api/opportunities', coverer, {
      accountId: subsidiaryId,
      name: 'Laddinfrastruktur Vinterhamn',
      estimatedValue: 50_000,
      expectedCloseOn: inDays(45),
      contactId,
      lines: [{ productId, quantity: 1, unitPrice: 50_000 }],
    });
    expect(ours.statusCode, ours.body).toBe(201);
    const report = (await get(`/api/coverage/conflicts?groupId=${groupId}`, outsider)).json();
    expect(report.items).toHaveLength(1);
    expect(report.items[0]).toMatchObject({ group: { id: groupId }, product: { id: productId } });
    expect(new Set(report.items[0].opportunities.map((o: { market: { id: string } }) => o.market.id))).toEqual(
      new Set([covererUser.marketId, outsiderUser.marketId]),
    );
    const all = (await get('/api/coverage/conflicts', outsider)).json();
    expect(all.items.some((i: { group: { id: string } }) => i.group.id === groupId)).toBe(true);
  });
});
