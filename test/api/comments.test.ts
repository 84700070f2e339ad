import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

/** Comments and @mentions (issue 14) on accounts, opportunities and tips: the person mentioned is notified. */
describe.each(dbKinds)('comments and mentions (%s)', (kind) => {
  let t: TestApp;
  let seller: Session;
  let leader: Session;
  let admin: Session;
  let leaderId: string;
  let sellerId: string;
  let accountId: string;
  let opportunityId: string;
  const get = (url: string, s: Session) => t.app.inject({ method: 'GET', url, headers: s.headers });
  const send = (method: 'POST' | 'DELETE', url: string, s: Session, payload?: object) =>
    t.app.inject({ method, url, headers: s.headers, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    t = await createTestApp(kind);
    seller = await t.signIn('seller@nordlys.example');
    leader = await t.signIn('leader@nordlys.example');
    admin = await t.signIn('admin@nordlys.example');
    sellerId = (await get('/api/me', seller)).json().user.id;
    leaderId = (await get('/api/me', leader)).json().user.id;
    accountId = (await send('POST', '/api/accounts', seller, { name: 'Omnämnd AB' })).json().id;
    const contactId = (await send('POST', '/api/contacts', seller, { accountId, firstName: 'Ida', lastName: 'Omnämnd' })).json().id;
    opportunityId = (
      await send('POST', '/api/opportunities', seller, { accountId, name: 'Chargers', estimatedValue: 1000, expectedCloseOn: '2031-01-31', contactId })
    ).json().id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('notifies the person mentioned, once, with who and where, linking to the deal', async () => {
    const res = await send('POST', '/api/comments', seller, {
      subjectType: 'opportunity',
      subjectId: opportunityId,
      body: '@Leader can you join the meeting on Friday?',
      mentionIds: [leaderId, leaderId, sellerId],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ author: { id: sellerId }, mentions: [{ id: leaderId }, { id: sellerId }], can: { delete: true } });
    const bell = (await get('/api/notifications', leader)).json();
    const mention = bell.items.filter((n: { kind: string }) => n.kind === 'comments.mention');
    expect(mention).toHaveLength(1);
    expect(mention[0]).toMatchObject({ link: `/pipeline/${opportunityId}`, data: { accountName: 'Omnämnd AB', subjectType: 'opportunity' } });
    // the author is never notified of their own mention
    expect((await get('/api/notifications', seller)).json().items.some((n: { kind: string }) => n.kind === 'comments.mention')).toBe(false);
    const list = (await get(`/api/comments?subjectType=opportunity&subjectId=${opportunityId}`, leader)).json();
    expect(list.items).toHaveLength(1);
    expect(list.items[0].can).toEqual({ delete: false });
  });

  it('comments on accounts and refuses unknown subjects and people', async () => {
    expect((await send('POST', '/api/comments', leader, { subjectType: 'account', subjectId: accountId, body: 'Nice' })).statusCode).toBe(201);
    const unknownSubject = await send('POST', '/api/comments', leader, {
      subjectType: 'handoff',
      subjectId: '00000000-0000-4000-8000-000000000000',
      body: 'x',
    });
    expect(unknownSubject.statusCode).toBe(400);
    const unknownPerson = await send('POST', '/api/comments', leader, {
      subjectType: 'account',
      subjectId: accountId,
      body: 'x',
      mentionIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(unknownPerson.statusCode).toBe(400);
    expect(unknownPerson.json().error.code).toBe('validation_failed');
  });

  it('lets only the author or an admin delete a comment', async () => {
    const c = (await send('POST', '/api/comments', seller, { subjectType: 'account', subjectId: accountId, body: 'Mine' })).json();
    const denied = await send('DELETE', `/api/comments/${c.id}`, leader);
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.code).toBe('forbidden');
    expect((await send('DELETE', `/api/comments/${c.id}`, admin)).statusCode).toBe(200);
    expect((await send('DELETE', `/api/comments/${c.id}`, seller)).statusCode).toBe(404);
  });
});
