import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

/**
 * Mass reassign (issue 14): a leader or an admin gives several accounts or opportunities to another
 * seller in one transaction. Each record is checked as a single owner change (its owner, their leaders,
 * admins); one refused record refuses the whole batch with a 403 that names it, and nothing changes.
 */
describe.each(dbKinds)('reassigning several records at once (%s)', (kind) => {
  let t: TestApp;
  let seller: Session;
  let colleague: Session;
  let leader: Session;
  let admin: Session;
  let sellerId: string;
  let colleagueId: string;
  let marketId: string;
  let mine: string[];
  let stranger: { id: string; accountId: string; opportunityId: string; name: string };
  const get = (url: string, s: Session) => t.app.inject({ method: 'GET', url, headers: s.headers });
  const send = (url: string, s: Session, payload: unknown) =>
    t.app.inject({ method: 'POST', url, headers: s.headers, payload: payload as object });

  async function dealAt(s: Session, accountId: string, name: string) {
    const contactId = (await send('/api/contacts', s, { accountId, firstName: 'Rut', lastName: name })).json().id;
    const res = await send('/api/opportunities', s, { accountId, name, estimatedValue: 10_000, expectedCloseOn: '2031-05-31', contactId });
    expect(res.statusCode).toBe(201);
    return res.json().id as string;
  }

  beforeAll(async () => {
    t = await createTestApp(kind);
    seller = await t.signIn('seller@nordlys.example');
    leader = await t.signIn('leader@nordlys.example');
    admin = await t.signIn('admin@nordlys.example');
    const me = (await get('/api/me', seller)).json();
    sellerId = me.user.id;
    marketId = me.market.id;
    const all = (await get('/api/users?pageSize=200', admin)).json().items as {
      id: string;
      email: string;
      role: string;
      active: boolean;
      salesGroupId: string | null;
      marketId: string | null;
      name: string;
    }[];
    const other = all.find((u) => u.role === 'seller' && u.active && u.id !== sellerId && u.salesGroupId === me.salesGroup.id)!;
    colleagueId = other.id;
    colleague = await t.signIn(other.email);
    // a seller of another group in another market: not one the leader leads
    const far = all.find((u) => u.role === 'seller' && u.active && u.salesGroupId !== me.salesGroup.id && u.marketId !== marketId)!;
    const farSession = await t.signIn(far.email);
    mine = [];
    for (const name of ['Omfördela Ett AB', 'Omfördela Två AB']) {
      mine.push((await send('/api/accounts', seller, { name, marketId })).json().id);
    }
    const farAccount = (await send('/api/accounts', farSession, { name: 'Främling AB', marketId: far.marketId })).json();
    stranger = {
      id: far.id,
      accountId: farAccount.id,
      opportunityId: await dealAt(farSession, farAccount.id, 'Främlingsaffär'),
      name: farAccount.name,
    };
  });
  afterAll(async () => {
    await t.close();
  });

  it('presents who may reassign several at once: leaders and admins', async () => {
    expect((await get('/api/me', seller)).json().can).toMatchObject({ reassignAccounts: false, reassignOpportunities: false });
    expect((await get('/api/me', leader)).json().can).toMatchObject({ reassignAccounts: true, reassignOpportunities: true });
    expect((await get('/api/me', admin)).json().can).toMatchObject({ reassignAccounts: true, reassignOpportunities: true });
  });

  it('refuses a seller who reassigns a colleague’s account, and changes nothing', async () => {
    const theirs = (await send('/api/accounts', colleague, { name: 'Kollegans AB', marketId })).json().id;
    const res = await send('/api/accounts/reassign', seller, { ids: [theirs], ownerId: sellerId });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('forbidden');
    expect((await get(`/api/accounts/${theirs}`, seller)).json().ownerId).toBe(colleagueId);
  });

  it('lets the leader give the team’s accounts to another seller in one go, with the owner change on each timeline', async () => {
    const res = await send('/api/accounts/reassign', leader, { ids: mine, ownerId: colleagueId });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ownerId: colleagueId, ids: mine });
    for (const id of mine) {
      expect((await get(`/api/accounts/${id}`, leader)).json().ownerId).toBe(colleagueId);
      const timeline = (await get(`/api/accounts/${id}/timeline?pageSize=20`, leader)).json().items as { event: string | null }[];
      expect(timeline.map((x) => x.event)).toContain('account.owner_changed');
      const history = (await get(`/api/history/account/${id}`, admin)).json();
      expect(JSON.stringify(history)).toContain(colleagueId);
    }
  });

  it('refuses the whole batch when one account is not the leader’s to give, naming it', async () => {
    const res = await send('/api/accounts/reassign', leader, { ids: [mine[0], stranger.accountId], ownerId: sellerId });
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toMatchObject({ code: 'forbidden', details: { refused: [{ id: stranger.accountId, name: 'Främling AB' }] } });
    expect(res.json().error.message).toContain('Främling AB');
    // all or nothing: the leader's own account did not move either
    expect((await get(`/api/accounts/${mine[0]}`, leader)).json().ownerId).toBe(colleagueId);
    expect((await get(`/api/accounts/${stranger.accountId}`, leader)).json().ownerId).toBe(stranger.id);
    // an admin may
    expect((await send('/api/accounts/reassign', admin, { ids: [mine[0], stranger.accountId], ownerId: sellerId })).statusCode).toBe(200);
  });

  it('refuses an unknown owner or record with 400', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await send('/api/accounts/reassign', leader, { ids: mine, ownerId: unknown })).statusCode).toBe(400);
    expect((await send('/api/accounts/reassign', leader, { ids: [unknown], ownerId: sellerId })).statusCode).toBe(400);
    expect((await send('/api/opportunities/reassign', leader, { ids: [], ownerId: sellerId })).statusCode).toBe(400);
  });

  it('reassigns opportunities the same way: all or nothing, each checked, each on the timeline', async () => {
    const account = (await send('/api/accounts', seller, { name: 'Affärsflytt AB', marketId })).json().id;
    const deals = [await dealAt(seller, account, 'Flytt ett'), await dealAt(seller, account, 'Flytt två')];
    expect((await send('/api/opportunities/reassign', seller, { ids: deals, ownerId: colleagueId })).statusCode).toBe(403);
    const refused = await send('/api/opportunities/reassign', leader, { ids: [...deals, stranger.opportunityId], ownerId: colleagueId });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.details.refused).toEqual([{ id: stranger.opportunityId, name: 'Främlingsaffär' }]);
    expect((await get(`/api/opportunities/${deals[0]}`, leader)).json().owner.id).toBe(sellerId);

    const res = await send('/api/opportunities/reassign', leader, { ids: deals, ownerId: colleagueId });
    expect(res.statusCode).toBe(200);
    for (const id of deals) expect((await get(`/api/opportunities/${id}`, leader)).json().owner.id).toBe(colleagueId);
    const timeline = (await get(`/api/accounts/${account}/timeline?pageSize=50`, leader)).json().items as { event: string | null }[];
    expect(timeline.filter((x) => x.event === 'opportunity.owner_changed')).toHaveLength(2);
  });
});
