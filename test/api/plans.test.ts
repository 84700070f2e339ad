import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { notifications } from '../../server/db/schema';
import { remindTasks } from '../../server/modules/tasks/service';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

const DAY = 86_400_000;
const inDays = (n: number) => new Date(Date.now() + n * DAY).toISOString().slice(0, 10);

/** Account plans (H1, issue 20): the plan, its stakeholder map, actions that become tasks, review, and the leaders' list. */
describe.each(dbKinds)('account plans (%s)', (kind) => {
  let t: TestApp;
  let seller: Session;
  let otherSeller: Session;
  let leader: Session;
  let sellerId: string;
  let accountId: string;
  let contacts: { id: string }[];
  const get = (url: string, s: Session) => t.app.inject({ method: 'GET', url, headers: s.headers });
  const send = (method: 'POST' | 'PUT', url: string, s: Session, payload: object) =>
    t.app.inject({ method, url, headers: s.headers, payload });

  beforeAll(async () => {
    t = await createTestApp(kind);
    seller = await t.signIn('seller@nordlys.example');
    leader = await t.signIn('leader@nordlys.example');
    const admin = await t.signIn('admin@nordlys.example');
    sellerId = (await get('/api/me', seller)).json().user.id;
    const sellers = (await get('/api/users?role=seller&pageSize=100', admin)).json().items as {
      email: string;
      salesGroupId: string | null;
    }[];
    const mine = sellers.find((u) => u.email === 'seller@nordlys.example')!;
    otherSeller = await t.signIn(sellers.find((u) => u.salesGroupId !== mine.salesGroupId)!.email);
    accountId = (await get(`/api/accounts?ownerId=${sellerId}&status=customer&pageSize=1`, seller)).json().items[0].id;
    contacts = (await get(`/api/contacts?accountId=${accountId}&pageSize=10`, seller)).json().items;
  }, 300_000); // the demo organisation loads slowly on a shared machine
  afterAll(async () => {
    await t.close();
  });

  it('writes a plan with a stakeholder map; its owner’s side only', async () => {
    const empty = (await get(`/api/accounts/${accountId}/plan`, otherSeller)).json();
    expect(empty).toMatchObject({ plan: null, can: { write: false } });
    const products = (await get('/api/products', seller)).json();
    const body = {
      template: 'full',
      year: new Date().getUTCFullYear(),
      goals: 'Grow into the fleet',
      targetAmount: 50_000,
      risks: [{ text: 'New CFO reviews every supplier', level: 'high', mitigation: 'Meet her in Q1' }],
      whiteSpace: [{ productId: products[0].id, nextStep: 'Workshop with the fleet manager' }],
      stakeholders: [
        { contactId: contacts[0]!.id, role: 'decision_maker', influence: 'high', attitude: 'sceptic', relationshipOwnerId: sellerId },
        ...(contacts[1]
          ? [{ contactId: contacts[1].id, role: 'champion', influence: 'medium', attitude: 'champion', relationshipOwnerId: null }]
          : []),
      ],
      reviewOn: inDays(60),
    };
    const denied = await send('PUT', `/api/accounts/${accountId}/plan`, otherSeller, body);
    expect(denied.statusCode).toBe(403);
    const res = await send('PUT', `/api/accounts/${accountId}/plan`, seller, body);
    expect(res.statusCode, res.body).toBe(200);
    const plan = res.json();
    expect(plan).toMatchObject({
      template: 'full',
      goals: 'Grow into the fleet',
      version: 1,
      health: { state: 'on_track', overdueActions: 0 },
    });
    expect(plan.stakeholders.find((s: { contactId: string }) => s.contactId === contacts[0]!.id)).toMatchObject({
      needsWork: true,
      relationshipOwner: { id: sellerId },
    });
    expect(plan.whiteSpace[0]).toMatchObject({ productId: products[0].id, nextStep: 'Workshop with the fleet manager' });
    // the review date reminds the owner: a task on their list
    const tasks = (await get(`/api/tasks?owner=me&pageSize=100`, seller)).json().items;
    expect(
      tasks.some((x: { title: string; dueOn: string }) => x.title.startsWith('Review the account plan') && x.dueOn === inDays(60)),
    ).toBe(true);
    // its reminder is the 'plan review due' alert (K2), which the owner chooses where to get
    await remindTasks({ ...t.ctx, clock: { now: () => new Date(Date.now() + 61 * DAY) } });
    const alerts = await t.ctx.db
      .select({ data: notifications.data })
      .from(notifications)
      .where(and(eq(notifications.userId, sellerId), eq(notifications.kind, 'plans.review_due')));
    expect(alerts.length).toBeGreaterThanOrEqual(1);

    // only the account's contacts go on its map; a stale version is refused
    const foreign = (await get('/api/contacts?pageSize=50', seller))
      .json()
      .items.find((c: { accountId: string }) => c.accountId !== accountId);
    const bad = await send('PUT', `/api/accounts/${accountId}/plan`, seller, {
      ...body,
      version: 1,
      stakeholders: [{ contactId: foreign.id, role: 'user', influence: 'low', attitude: 'neutral', relationshipOwnerId: null }],
    });
    expect(bad.statusCode).toBe(400);
    const stale = await send('PUT', `/api/accounts/${accountId}/plan`, leader, { ...body, version: 7 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('version_conflict');
    const byLeader = await send('PUT', `/api/accounts/${accountId}/plan`, leader, { ...body, version: 1, goals: 'Grow, and keep the CFO' });
    expect(byLeader.statusCode, byLeader.body).toBe(200);
    expect(byLeader.json().version).toBe(2);
  });

  it('adds actions that land on the owner’s task list and the timeline; overdue ones show in the plan’s health', async () => {
    const denied = await send('POST', `/api/accounts/${accountId}/plan/actions`, otherSeller, { title: 'x', dueOn: inDays(3) });
    expect(denied.statusCode).toBe(403);
    const res = await send('POST', `/api/accounts/${accountId}/plan/actions`, seller, { title: 'Book the CFO meeting', dueOn: inDays(-2) });
    expect(res.statusCode, res.body).toBe(201);
    const plan = res.json();
    const action = plan.actions.find((a: { title: string }) => a.title === 'Book the CFO meeting');
    expect(action).toMatchObject({ owner: { id: sellerId }, done: false, state: 'overdue' });
    expect(plan.health).toMatchObject({ state: 'attention', overdueActions: 1 });
    const task = (await get(`/api/tasks/${action.taskId}`, seller)).json();
    expect(task).toMatchObject({ title: 'Book the CFO meeting', account: { id: accountId } });
    const event = (await get(`/api/accounts/${accountId}/timeline?type=event`, seller)).json().items[0];
    expect(event).toMatchObject({ event: 'account_plan.action_added' });
    // ticking the task done is the action done
    expect(
      (await t.app.inject({ method: 'PATCH', url: `/api/tasks/${action.taskId}`, headers: seller.headers, payload: { done: true } }))
        .statusCode,
    ).toBe(200);
    const after = (await get(`/api/accounts/${accountId}/plan`, seller)).json().plan;
    expect(after.actions.find((a: { id: string }) => a.id === action.id).done).toBe(true);
    expect(after.health.state).toBe('on_track');
  });

  it('records a review, and shows leaders the important accounts without a current plan', async () => {
    const current = (await get(`/api/accounts/${accountId}/plan`, seller)).json().plan;
    expect((await send('POST', `/api/accounts/${accountId}/plan/review`, otherSeller, { version: current.version })).statusCode).toBe(403);
    const reviewed = await send('POST', `/api/accounts/${accountId}/plan/review`, seller, {
      version: current.version,
      nextReviewOn: inDays(90),
    });
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    expect(reviewed.json()).toMatchObject({ reviewOn: inDays(90), health: { daysSinceReview: 0, reviewOverdue: false } });

    expect((await get('/api/account-plans/coverage', seller)).statusCode).toBe(403);
    const coverage = (await get('/api/account-plans/coverage', leader)).json();
    expect(coverage.items.length).toBeGreaterThan(0);
    expect(coverage.items.every((i: { gap: string }) => i.gap === 'no_plan' || i.gap === 'outdated')).toBe(true);
    expect(coverage.items.some((i: { account: { id: string } }) => i.account.id === accountId)).toBe(false);
    const values = coverage.items.map((i: { value: number }) => i.value);
    expect(values).toEqual([...values].sort((a: number, b: number) => b - a));
  });
});
