import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

/**
 * Whose record it is (issue 12, findings 12–14): everyone reads everything and adds to the timeline,
 * but changing or taking a colleague's account or opportunity belongs to its owner, the owner's
 * leaders and admins — and what the viewer may do is presented on the record.
 */
describe.each(dbKinds)('who may change whose record (%s)', (kind) => {
  let t: TestApp;
  let owner: Session;
  let colleague: Session;
  let leader: Session;
  let admin: Session;
  let ownerId: string;
  let colleagueId: string;
  let accountId: string;
  let opportunity: { id: string; version: number };
  const get = (url: string, s: Session) => t.app.inject({ method: 'GET', url, headers: s.headers });
  const send = (method: 'POST' | 'PATCH' | 'PUT', url: string, s: Session, payload: unknown) =>
    t.app.inject({ method, url, headers: s.headers, payload: payload as object });

  beforeAll(async () => {
    t = await createTestApp(kind);
    owner = await t.signIn('seller@nordlys.example');
    leader = await t.signIn('leader@nordlys.example');
    admin = await t.signIn('admin@nordlys.example');
    const me = (await get('/api/me', owner)).json();
    ownerId = me.user.id;
    // another seller of the same group and market: a colleague, not the owner's leader
    const users = (await get(`/api/users?salesGroupId=${me.salesGroup.id}&pageSize=200`, admin)).json().items;
    const other = users.find((u: { id: string; role: string; active: boolean }) => u.role === 'seller' && u.active && u.id !== ownerId);
    colleagueId = other.id;
    colleague = await t.signIn(other.email);

    accountId = (await send('POST', '/api/accounts', owner, { name: 'Ägarskap AB', marketId: me.market.id })).json().id;
    const contactId = (await send('POST', '/api/contacts', owner, { accountId, firstName: 'Olle', lastName: 'Ägare' })).json().id;
    opportunity = (
      await send('POST', '/api/opportunities', owner, {
        accountId,
        name: 'Fleet for the north',
        estimatedValue: 100_000,
        expectedCloseOn: '2031-06-30',
        contactId,
      })
    ).json();
  });
  afterAll(async () => {
    await t.close();
  });

  it('presents what each viewer may do on the opportunity', async () => {
    expect((await get(`/api/opportunities/${opportunity.id}`, owner)).json().can).toEqual({ change: true, delete: true });
    expect((await get(`/api/opportunities/${opportunity.id}`, colleague)).json().can).toEqual({ change: false, delete: false });
    expect((await get(`/api/opportunities/${opportunity.id}`, leader)).json().can).toEqual({ change: true, delete: true });
    expect((await get(`/api/opportunities/${opportunity.id}`, admin)).json().can).toEqual({ change: true, delete: true });
  });

  it('refuses a colleague who renames, takes over, moves, re-lines or loses the owner’s opportunity', async () => {
    const path = `/api/opportunities/${opportunity.id}`;
    const v = opportunity.version;
    const attempts = [
      await send('PATCH', path, colleague, { version: v, name: 'Mine now' }),
      await send('PATCH', path, colleague, { version: v, ownerId: colleagueId }),
      await send('PUT', `${path}/lines`, colleague, { version: v, lines: [] }),
      await send('POST', `${path}/lose`, colleague, { version: v, reason: 'other', note: 'not interested' }),
    ];
    for (const res of attempts) {
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('forbidden');
    }
    const after = (await get(path, owner)).json();
    expect(after).toMatchObject({ name: 'Fleet for the north', owner: { id: ownerId }, closedAt: null, version: v });
    // … but may add to its account's timeline, as anyone may
    const note = await send('POST', '/api/activities', colleague, { accountId, type: 'note', subject: 'Met them at the fair' });
    expect(note.statusCode).toBe(201);
  });

  it('lets the owner’s leader reassign it, and then only the new owner (and leaders) change it', async () => {
    const path = `/api/opportunities/${opportunity.id}`;
    const moved = await send('PATCH', path, leader, { version: opportunity.version, ownerId: colleagueId });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().owner.id).toBe(colleagueId);
    const stale = await send('PATCH', path, owner, { version: moved.json().version, name: 'Still mine?' });
    expect(stale.statusCode).toBe(403);
    const renamed = await send('PATCH', path, colleague, { version: moved.json().version, name: 'Fleet for the north, phase 1' });
    expect(renamed.statusCode).toBe(200);
  });

  it('refuses a colleague who takes the owner’s account and then declares the customer lost', async () => {
    expect((await get(`/api/accounts/${accountId}/overview`, colleague)).json().can).toEqual({
      change: false,
      markLost: false,
      delete: false,
      merge: false,
    });
    expect((await get(`/api/accounts/${accountId}/overview`, owner)).json().can).toEqual({
      change: true,
      markLost: true,
      delete: true,
      merge: true,
    });
    const take = await send('PATCH', `/api/accounts/${accountId}`, colleague, { ownerId: colleagueId });
    expect(take.statusCode).toBe(403);
    const churnReasonId = (await get('/api/churn-reasons', owner)).json().items[0].id;
    const lost = await send('POST', `/api/accounts/${accountId}/lost`, colleague, { churnReasonId, reason: 'Moved to a competitor' });
    expect(lost.statusCode).toBe(403);
    expect((await get(`/api/accounts/${accountId}`, owner)).json()).toMatchObject({ ownerId, status: 'prospect' });
    // the owner's leader may
    const byLeader = await send('POST', `/api/accounts/${accountId}/lost`, leader, { churnReasonId, reason: 'Moved to a competitor' });
    expect(byLeader.statusCode).toBe(200);
    expect(byLeader.json().status).toBe('lost');
  });
});
