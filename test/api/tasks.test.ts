import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';
import { remindTasks } from '../../server/modules/tasks/service';

/**
 * Tasks (issue 14, "Tasks and the day"): created from anywhere with a due day, an owner, a reminder
 * and a link to an account, contact, opportunity or tip; ticked done in one call; changed only by
 * the owner, the person who gave it, the owner's leaders and admins; the reminder reaches the bell once.
 */
describe.each(dbKinds)('tasks (%s)', (kind) => {
  let t: TestApp;
  let seller: Session;
  let leader: Session;
  let other: Session;
  let admin: Session;
  let sellerId: string;
  let otherId: string;
  let accountId: string;
  let contactId: string;
  let opportunityId: string;
  const get = (url: string, s: Session) => t.app.inject({ method: 'GET', url, headers: s.headers });
  const send = (method: 'POST' | 'PATCH' | 'DELETE', url: string, s: Session, payload?: unknown) =>
    t.app.inject({ method, url, headers: s.headers, ...(payload === undefined ? {} : { payload: payload as object }) });

  beforeAll(async () => {
    t = await createTestApp(kind);
    seller = await t.signIn('seller@nordlys.example');
    leader = await t.signIn('leader@nordlys.example');
    admin = await t.signIn('admin@nordlys.example');
    const me = (await get('/api/me', seller)).json();
    sellerId = me.user.id;
    // a seller of another sales group: neither the seller's colleague in a group nor led by the leader
    const users = (await get('/api/users?pageSize=200', admin)).json().items as {
      id: string;
      email: string;
      role: string;
      active: boolean;
      salesGroupId: string | null;
    }[];
    const stranger = users.find((u) => u.role === 'seller' && u.active && u.salesGroupId && u.salesGroupId !== me.salesGroup.id)!;
    otherId = stranger.id;
    other = await t.signIn(stranger.email);
    accountId = (await send('POST', '/api/accounts', seller, { name: 'Uppgift AB', marketId: me.market.id })).json().id;
    contactId = (await send('POST', '/api/contacts', seller, { accountId, firstName: 'Tove', lastName: 'Uppgift' })).json().id;
    opportunityId = (
      await send('POST', '/api/opportunities', seller, {
        accountId,
        name: 'Fleet follow-up',
        estimatedValue: 50_000,
        expectedCloseOn: '2031-06-30',
        contactId,
      })
    ).json().id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('creates a task linked to an opportunity, filling in its account, and lists it as the owner’s', async () => {
    const res = await send('POST', '/api/tasks', seller, { title: 'Call back about the quote', dueOn: '2020-01-01', opportunityId });
    expect(res.statusCode).toBe(201);
    const task = res.json();
    expect(task).toMatchObject({
      title: 'Call back about the quote',
      dueOn: '2020-01-01',
      state: 'overdue',
      done: false,
      owner: { id: sellerId },
      account: { id: accountId, name: 'Uppgift AB' },
      opportunity: { id: opportunityId, name: 'Fleet follow-up' },
      can: { change: true },
    });
    const mine = (await get('/api/tasks', seller)).json();
    expect(mine.items.map((i: { id: string }) => i.id)).toContain(task.id);
    const byRecord = (await get(`/api/tasks?owner=any&accountId=${accountId}`, other)).json();
    expect(byRecord.items.map((i: { id: string }) => i.id)).toContain(task.id);
    expect(byRecord.items.find((i: { id: string }) => i.id === task.id).can).toEqual({ change: false });
  });

  it('creates the follow-up of a logged call as a task about the same account', async () => {
    const res = await send('POST', '/api/activities', seller, {
      accountId,
      type: 'call',
      subject: 'Talked about the renewal',
      contactIds: [contactId],
      followUp: { dueOn: '2030-03-03', remindAt: '2030-03-03T07:00:00Z', title: 'Follow up: the renewal' },
    });
    expect(res.statusCode).toBe(201);
    const tasks = (await get(`/api/tasks?accountId=${accountId}`, seller)).json().items;
    expect(tasks.find((x: { title: string }) => x.title === 'Follow up: the renewal')).toMatchObject({
      dueOn: '2030-03-03',
      remindAt: '2030-03-03T07:00:00.000Z',
      owner: { id: sellerId },
      account: { id: accountId },
      contact: { id: contactId },
    });
  });

  it('lists a record’s open tasks, whoever’s they are, for its page: only that record’s, only to those signed in', async () => {
    const customer = (await send('POST', '/api/accounts', seller, { name: 'Uppgiftsfilter AB' })).json().id;
    const person = (await send('POST', '/api/contacts', seller, { accountId: customer, firstName: 'Filip', lastName: 'Filter' })).json().id;
    const newDeal = await send('POST', '/api/opportunities', seller, {
      accountId: customer,
      name: 'Filter deal',
      estimatedValue: 10_000,
      expectedCloseOn: '2031-06-30',
      contactId: person,
    });
    expect(newDeal.statusCode, newDeal.body).toBe(201);
    const deal = newDeal.json().id as string;
    const elsewhere = (await send('POST', '/api/accounts', seller, { name: 'Någon annan AB' })).json().id;
    const create = async (s: Session, body: object) => {
      const res = await send('POST', '/api/tasks', s, { dueOn: '2030-01-01', ...body });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().id as string;
    };
    const onAccount = await create(seller, { title: 'About the customer', accountId: customer });
    const onContact = await create(seller, { title: 'About Filip', contactId: person });
    const onDeal = await create(seller, { title: 'About the deal', opportunityId: deal, dueOn: '2020-01-01' });
    const othersOnAccount = await create(other, { title: 'The other group’s', accountId: customer });
    const notHere = await create(seller, { title: 'Another customer', accountId: elsewhere });
    const doneHere = await create(seller, { title: 'Done already', accountId: customer });
    expect((await send('PATCH', `/api/tasks/${doneHere}`, seller, { done: true })).statusCode).toBe(200);
    const ids = async (url: string, s: Session) => {
      const res = await get(url, s);
      expect(res.statusCode, res.body).toBe(200);
      return (res.json().items as { id: string }[]).map((i) => i.id).sort();
    };

    // the account's page: every open task about it (its contacts' and deals' too), anyone's; not other customers', not done ones
    expect(await ids(`/api/tasks?owner=any&accountId=${customer}`, other)).toEqual([onAccount, onContact, onDeal, othersOnAccount].sort());
    expect(await ids(`/api/tasks?owner=any&contactId=${person}`, other)).toEqual([onContact]);
    expect(await ids(`/api/tasks?owner=any&opportunityId=${deal}`, leader)).toEqual([onDeal]);
    expect(await ids(`/api/tasks?owner=any&accountId=${customer}&status=done`, seller)).toEqual([doneHere]);
    expect(await ids(`/api/tasks?owner=any&accountId=${customer}`, seller)).not.toContain(notHere);
    // the record filter narrows the owner filter, never widens it
    expect(await ids(`/api/tasks?owner=me&accountId=${customer}`, other)).toEqual([othersOnAccount]);
    expect(await ids(`/api/tasks?owner=team&accountId=${customer}`, seller)).toEqual([onAccount, onContact, onDeal].sort());
    // visible to every signed-in user (tasks are part of the shared customer story), ticked only by those who may
    const byOther = (await get(`/api/tasks?owner=any&accountId=${customer}`, other)).json().items as {
      id: string;
      can: { change: boolean };
      state: string;
    }[];
    expect(byOther.find((i) => i.id === onAccount)!.can.change).toBe(false);
    expect(byOther.find((i) => i.id === othersOnAccount)!.can.change).toBe(true);
    expect(byOther.find((i) => i.id === onDeal)!.state).toBe('overdue');
    expect((await t.app.inject({ method: 'GET', url: `/api/tasks?owner=any&accountId=${customer}` })).statusCode).toBe(401);
    // a malformed record id is refused, not run as SQL
    expect((await get(`/api/tasks?owner=any&accountId=${encodeURIComponent("x' or 1=1 --")}`, seller)).statusCode).toBe(400);
  });

  it('refuses links to different customers and unknown records', async () => {
    const elsewhere = (await send('POST', '/api/accounts', seller, { name: 'Annan AB' })).json().id;
    const mixed = await send('POST', '/api/tasks', seller, { title: 'x', dueOn: '2030-01-01', accountId: elsewhere, contactId });
    expect(mixed.statusCode).toBe(400);
    expect(mixed.json().error.code).toBe('validation_failed');
    const unknown = await send('POST', '/api/tasks', seller, {
      title: 'x',
      dueOn: '2030-01-01',
      opportunityId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.statusCode).toBe(400);
  });

  it('ticks done in one call, and back', async () => {
    const task = (await send('POST', '/api/tasks', seller, { title: 'Send the brochure', dueOn: '2030-01-01', contactId })).json();
    expect(task.contact).toMatchObject({ id: contactId, name: 'Tove Uppgift' });
    const done = await send('PATCH', `/api/tasks/${task.id}`, seller, { done: true });
    expect(done.json()).toMatchObject({ done: true, state: 'done' });
    expect((await get('/api/tasks', seller)).json().items.map((i: { id: string }) => i.id)).not.toContain(task.id);
    expect((await get('/api/tasks?status=done', seller)).json().items.map((i: { id: string }) => i.id)).toContain(task.id);
    expect((await send('PATCH', `/api/tasks/${task.id}`, seller, { done: false })).json()).toMatchObject({
      done: false,
      state: 'upcoming',
    });
  });

  it('refuses someone else who edits, ticks, reassigns or deletes the owner’s task', async () => {
    const task = (await send('POST', '/api/tasks', seller, { title: 'Mine', dueOn: '2030-01-01', accountId })).json();
    const attempts = [
      await send('PATCH', `/api/tasks/${task.id}`, other, { done: true }),
      await send('PATCH', `/api/tasks/${task.id}`, other, { title: 'Yours now' }),
      await send('PATCH', `/api/tasks/${task.id}`, other, { ownerId: otherId }),
      await send('DELETE', `/api/tasks/${task.id}`, other),
    ];
    for (const res of attempts) {
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('forbidden');
    }
    expect((await get(`/api/tasks/${task.id}`, seller)).json()).toMatchObject({ title: 'Mine', done: false, owner: { id: sellerId } });
    // the owner's leader may, and an admin may
    expect((await send('PATCH', `/api/tasks/${task.id}`, leader, { dueOn: '2030-02-01' })).statusCode).toBe(200);
    expect((await send('DELETE', `/api/tasks/${task.id}`, admin)).statusCode).toBe(200);
    expect((await get(`/api/tasks/${task.id}`, seller)).statusCode).toBe(404);
  });

  it('lets a seller give tasks only to themself, and a leader to the people they lead', async () => {
    const denied = await send('POST', '/api/tasks', seller, { title: 'Do this for me', dueOn: '2030-01-01', ownerId: otherId });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.code).toBe('forbidden');
    const deniedToLeader = await send('POST', '/api/tasks', leader, { title: 'Not my team', dueOn: '2030-01-01', ownerId: otherId });
    expect(deniedToLeader.statusCode).toBe(403);
    const given = await send('POST', '/api/tasks', leader, { title: 'Visit them', dueOn: '2030-01-01', ownerId: sellerId, accountId });
    expect(given.statusCode).toBe(201);
    expect(given.json()).toMatchObject({ owner: { id: sellerId }, createdBy: { name: expect.any(String) }, can: { change: true } });
    const team = (await get('/api/tasks?owner=team', leader)).json();
    expect(team.items.map((i: { id: string }) => i.id)).toContain(given.json().id);
    // anyone's tasks only per record
    expect((await get('/api/tasks?owner=any', seller)).statusCode).toBe(400);
  });

  it('reminds the owner once in the bell when the reminder is due, never for a done task', async () => {
    const remindAt = new Date(Date.now() - 60_000).toISOString();
    const task = (await send('POST', '/api/tasks', seller, { title: 'Ring Tove', dueOn: '2030-01-01', remindAt, contactId })).json();
    const doneTask = (await send('POST', '/api/tasks', seller, { title: 'Already done', dueOn: '2030-01-01', remindAt })).json();
    await send('PATCH', `/api/tasks/${doneTask.id}`, seller, { done: true });
    expect(await remindTasks(t.ctx)).toBeGreaterThanOrEqual(1);
    const bell = (await get('/api/notifications', seller)).json();
    const reminders = bell.items.filter((n: { kind: string }) => n.kind === 'tasks.due');
    expect(reminders.map((n: { data: { taskId: string } }) => n.data.taskId)).toContain(task.id);
    expect(reminders.map((n: { data: { taskId: string } }) => n.data.taskId)).not.toContain(doneTask.id);
    expect(reminders.find((n: { data: { taskId: string } }) => n.data.taskId === task.id)).toMatchObject({
      data: { title: 'Ring Tove', accountName: 'Uppgift AB' },
      link: `/contacts/${contactId}`,
    });
    expect(await remindTasks(t.ctx)).toBe(0);
  });

  it('puts the day on the home page: tasks due, deals closing, and for a leader the team with a line per person', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const task = (await send('POST', '/api/tasks', seller, { title: 'Follow up Tove', dueOn: today, accountId })).json();
    const later = (await send('POST', '/api/tasks', seller, { title: 'Next month', dueOn: '2099-01-01' })).json();
    const day = await get('/api/home', seller);
    expect(day.statusCode).toBe(200);
    const home = day.json();
    expect(home.scope).toBe('me');
    const ids = home.tasks.items.map((i: { id: string }) => i.id);
    expect(ids).toContain(task.id);
    expect(ids).not.toContain(later.id);
    expect(home.tasks.dueToday).toBeGreaterThanOrEqual(1);
    expect(home.tasks.overdue).toBeGreaterThanOrEqual(1); // the one due in 2020
    // every deal shown is the seller's own and open
    for (const d of [...home.closing, ...home.stale]) expect(d.owner?.id).toBe(sellerId);
    expect(home.team).toEqual([]);
    // a seller asking for a team gets their own day
    expect((await get('/api/home?scope=team', seller)).json().scope).toBe('me');
    const team = (await get('/api/home?scope=team', leader)).json();
    expect(team.scope).toBe('team');
    const row = team.team.find((p: { id: string }) => p.id === sellerId);
    expect(row.overdueTasks).toBeGreaterThanOrEqual(1);
    expect(team.tasks.items.map((i: { id: string }) => i.id)).toContain(task.id);
    expect(team.team.map((p: { id: string }) => p.id)).not.toContain(otherId);
  });

  it('lists a tip sent to the seller among the tips to answer', async () => {
    const me = (await get('/api/me', other)).json();
    const products = (await get('/api/products', admin)).json();
    const sellerGroup = (await get('/api/me', seller)).json().salesGroup.id;
    const list = (Array.isArray(products) ? products : products.items) as { id: string; salesGroupId: string }[];
    const product = list.find((p) => p.salesGroupId === sellerGroup)!;
    const tip = await send('POST', '/api/handoffs', other, {
      accountId,
      toSalesGroupId: sellerGroup,
      toUserId: sellerId,
      productIds: [product.id],
      note: 'They want more',
    });
    expect(tip.statusCode, tip.body).toBe(201);
    expect(me.user.id).toBe(otherId);
    const home = (await get('/api/home', seller)).json();
    expect(home.tips.items.map((h: { id: string }) => h.id)).toContain(tip.json().id);
    expect(home.tips.items.find((h: { id: string }) => h.id === tip.json().id)).toMatchObject({ status: 'sent', overdue: false });
  });
});
