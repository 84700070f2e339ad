import { sql } from 'drizzle-orm';
import { rowsOf } from '../../server/db/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';
import { Leaderboard } from '../../contract/game';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe.each(dbKinds)('the cross-selling game and incentives (%s)', (kind) => {
  let t: TestApp;
  let giver: Session;
  let receiver: Session;
  let leader: Session;
  let admin: Session;
  let giverId: string;
  let receiverId: string;
  let digital: string;
  let seasonId: string;
  let handoffId: string;
  let opportunityId: string;
  let credited = 0;
  const get = (url: string, s: Session) => t.app.inject({ method: 'GET', url, headers: s.headers });
  const send = (method: 'POST' | 'PUT', url: string, s: Session, payload: unknown) =>
    t.app.inject({ method, url, headers: s.headers, payload: payload as object });

  const rules = {
    pointRules: [
      { id: 'accepted', kind: 'tip_accepted', points: 10, recipient: 'giver' },
      { id: 'won', kind: 'tip_won', points: 50, recipient: 'both' },
      { id: 'meetings', kind: 'meeting_logged', points: 2, recipient: 'actor', capPerDay: 4 },
    ],
    incentiveRules: [{ id: 'referral', kind: 'referral_credit', sharePercent: 5 }],
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    giver = await t.signIn('seller@nordlys.example');
    admin = await t.signIn('admin@nordlys.example');
    leader = await t.signIn('leader@nordlys.example');
    giverId = (await get('/api/me', giver)).json().user.id;
    digital = (await get('/api/sales-groups', admin)).json().find((g: { name: string }) => g.name === 'Digital Solutions').id;
    const se = (await get('/api/me', giver)).json().market.id;
    const seller = (await get(`/api/users?role=seller&salesGroupId=${digital}&marketId=${se}`, admin)).json().items[0];
    receiverId = seller.id;
    await t.app.inject({
      method: 'PATCH',
      url: `/api/users/${receiverId}`,
      headers: admin.headers,
      payload: { password: 'receiver-password' },
    });
    receiver = await t.signIn(seller.email, 'receiver-password');
  });
  afterAll(async () => {
    await t.close();
  });

  const points = async (userId: string) =>
    (await get(`/api/seasons/${seasonId}/leaderboard`, giver)).json().people.find((p: { id: string }) => p.id === userId)?.points ?? 0;

  it('is set up by a leader — never by a seller — with rules and two teams; bad rules are refused', async () => {
    const fleet = (await get('/api/me', giver)).json().salesGroup.id;
    const season = {
      name: 'Q1 tips',
      startsOn: day(-30),
      endsOn: day(60),
      mode: 'against',
      ...rules,
      teams: [
        { name: 'Fleet', kind: 'sales_group', salesGroupId: fleet },
        { name: 'Digital', kind: 'sales_group', salesGroupId: digital },
      ],
    };
    expect((await send('POST', '/api/seasons', giver, season)).statusCode).toBe(403);
    const wrongRecipient = await send('POST', '/api/seasons', leader, {
      ...season,
      pointRules: [{ id: 'm', kind: 'meeting_logged', points: 1, recipient: 'giver' }],
    });
    expect(wrongRecipient.statusCode).toBe(400);
    expect(wrongRecipient.json().error.details[0].path).toBe('body.pointRules.0.recipient');
    expect((await send('POST', '/api/seasons', leader, { ...season, endsOn: day(-40) })).statusCode).toBe(400);
    expect((await send('POST', '/api/seasons', leader, { ...season, mode: 'together' })).json().error.details[0].path).toBe(
      'body.teamGoal',
    );
    const res = await send('POST', '/api/seasons', leader, season);
    expect(res.statusCode).toBe(201);
    seasonId = res.json().id;
    expect(res.json()).toMatchObject({ current: true, can: { edit: true } });
    expect((await get(`/api/seasons/${seasonId}`, giver)).json().can.edit).toBe(false);
  });

  it('scores a tip when the receiver accepts it, not when it is written, and both when it is won', async () => {
    const before = await points(giverId);
    const receiverBefore = await points(receiverId);
    const se = (await get('/api/me', giver)).json().market.id;
    const accountId = (await send('POST', '/api/accounts', giver, { name: 'Spelkund AB', marketId: se })).json().id;
    const product = (await get(`/api/products?salesGroupId=${digital}`, giver)).json()[0];
    handoffId = (
      await send('POST', '/api/handoffs', giver, {
        accountId,
        toSalesGroupId: digital,
        toUserId: receiverId,
        productIds: [product.id],
        answers: [],
        note: 'Needs IT',
      })
    ).json().id;
    expect(await points(giverId)).toBe(before);
    await send('POST', `/api/handoffs/${handoffId}/report`, receiver, { status: 'accepted' });
    expect(await points(giverId)).toBe(before + 10);
    const contact = (await send('POST', '/api/contacts', receiver, { accountId, firstName: 'Sara', lastName: 'Spel' })).json();
    opportunityId = (
      await send('POST', '/api/opportunities', receiver, {
        accountId,
        name: 'Workplace',
        estimatedValue: 100_000,
        expectedCloseOn: day(30),
        contactId: contact.id,
      })
    ).json().id;
    await send('POST', `/api/handoffs/${handoffId}/report`, receiver, { status: 'opportunity_created', opportunityId });
    const win = await send('POST', `/api/opportunities/${opportunityId}/win`, receiver, {
      version: 1,
      signedOn: day(0),
      lines: [{ productId: product.id, quantity: 10, unitPrice: 1000, recurring: true, contractMonths: 24 }],
    });
    expect(win.statusCode).toBe(200);
    expect(await points(giverId)).toBe(before + 60);
    expect(await points(receiverId)).toBeGreaterThanOrEqual(receiverBefore + 50);
  });

  it('shows a player’s points by rule, every line with its reason, badges and the next milestone', async () => {
    const card = (await get(`/api/seasons/${seasonId}/players/${giverId}`, receiver)).json();
    expect(card.byRule.find((r: { ruleId: string }) => r.ruleId === 'won')).toMatchObject({ points: expect.any(Number) });
    const lines = card.lines.filter((l: { source: { id: string } }) => l.source.id === handoffId);
    expect(lines.map((l: { kind: string; points: number; label: string }) => [l.kind, l.points, l.label]).sort()).toEqual([
      ['tip_accepted', 10, 'Spelkund AB'],
      ['tip_won', 50, 'Spelkund AB'],
    ]);
    expect(card.badges.find((b: { badge: string }) => b.badge === 'first_tip_won').earned).toBe(true);
    expect(card.nextMilestone).toBeGreaterThan(card.points);
    const board = (await get(`/api/seasons/${seasonId}/leaderboard`, giver)).json();
    expect(board.teams.map((x: { name: string }) => x.name).sort()).toEqual(['Digital', 'Fleet']);
    const fleet = board.teams.find((x: { name: string }) => x.name === 'Fleet');
    expect(fleet.points).toBeGreaterThanOrEqual(60);
  });

  it('gives the giver a referral credit traceable to the tip, shows it only to whom it concerns, and exports it', async () => {
    const mine = (await get(`/api/seasons/${seasonId}/statement`, giver)).json();
    const credit = mine.lines.find((l: { source: { id: string } | null }) => l.source?.id === handoffId);
    // 5 % of the first-year value (10 × 1,000 a month × 12), in the reporting currency.
    expect(credit).toMatchObject({ userId: giverId, ruleId: 'referral', kind: 'referral_credit', paid: 0, label: 'Spelkund AB' });
    expect(credit.basis).toBeGreaterThan(0);
    expect(credit.amount).toBe(Math.round(credit.basis * 5) / 100);
    expect(credit.due).toBe(credit.amount);
    credited = credit.amount;
    expect(mine.lines.every((l: { userId: string }) => l.userId === giverId)).toBe(true);
    const theirs = (await get(`/api/seasons/${seasonId}/statement?userId=${giverId}`, receiver)).json();
    expect(theirs.lines).toEqual([]);
    const all = (await get(`/api/seasons/${seasonId}/statement`, admin)).json();
    expect(all.people.find((p: { userId: string }) => p.userId === giverId).earned).toBeGreaterThanOrEqual(credited);
    const csv = await get(`/api/seasons/${seasonId}/statement.csv?userId=${giverId}`, admin);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('Spelkund AB');
    expect(csv.body).toContain(String(credited));
  });

  it('records a payout, then shows a reopened deal as an adjustment and takes the points back', async () => {
    expect((await send('POST', `/api/seasons/${seasonId}/payouts`, giver, {})).statusCode).toBe(403);
    const paid = await send('POST', `/api/seasons/${seasonId}/payouts`, admin, { userId: giverId });
    expect(paid.statusCode).toBe(201);
    expect(paid.json().amount).toBeGreaterThanOrEqual(credited);
    const before = await points(giverId);
    const won = (await get(`/api/opportunities/${opportunityId}`, receiver)).json();
    const reopen = (s: Session, version: number) =>
      send('POST', `/api/opportunities/${opportunityId}/reopen`, s, {
        version,
        reason: 'Signed too early: the customer wants a new quote',
      });
    // only the owner, their leaders and admins reopen a deal; the giver of the tip may not
    const denied = await reopen(giver, won.version);
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.code).toBe('forbidden');
    const reopened = await reopen(receiver, won.version);
    expect(reopened.statusCode).toBe(200);
    expect(reopened.json()).toMatchObject({ closedAt: null, signedOn: null });
    expect(reopened.json().stage.outcome).toBe('open');
    const again = await reopen(receiver, reopened.json().version);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('opportunity_open');
    // the products the win gave the customer are no longer held, and the timeline says why
    const held = await t.database.db.execute(sql`select count(*)::int as n from holdings where opportunity_id = ${opportunityId}`);
    expect(rowsOf<{ n: number }>(held)[0]!.n).toBe(0);
    const timeline = (await get(`/api/accounts/${won.accountId}/timeline?limit=10`, receiver)).json();
    expect(timeline.items.find((a: { event: string | null }) => a.event === 'opportunity.reopened')?.data).toMatchObject({
      was: 'won',
      reason: 'Signed too early: the customer wants a new quote',
    });
    expect(await points(giverId)).toBe(before - 50);
    const line = (await get(`/api/seasons/${seasonId}/statement`, giver))
      .json()
      .lines.find((l: { key: string }) => l.key === `referral:handoff:${handoffId}:won`);
    expect(line).toMatchObject({ amount: 0, paid: credited, due: -credited, adjustment: true });
  });

  it('replays a changed rule over the whole season', async () => {
    const season = (await get(`/api/seasons/${seasonId}`, leader)).json();
    const before = await points(giverId);
    const accepted = (await get(`/api/seasons/${seasonId}/players/${giverId}`, leader))
      .json()
      .lines.filter((l: { ruleId: string }) => l.ruleId === 'accepted').length;
    expect(accepted).toBeGreaterThanOrEqual(1);
    const changed = {
      ...season,
      pointRules: season.pointRules.map((r: { id: string; points: number }) => (r.id === 'accepted' ? { ...r, points: 30 } : r)),
    };
    const { id: _id, current: _c, can: _can, ...body } = changed;
    const res = await send('PUT', `/api/seasons/${seasonId}`, leader, body);
    expect(res.statusCode).toBe(200);
    expect(await points(giverId)).toBe(before + 20 * accepted);
    expect((await send('PUT', `/api/seasons/${seasonId}`, leader, body)).statusCode).toBe(409);
  });

  it('scores a joint visit done and recorded for both host and guest, once each', async () => {
    const season = (await get(`/api/seasons/${seasonId}`, leader)).json();
    const { id: _id, current: _c, can: _can, ...body } = season;
    const rules = [...season.pointRules, { id: 'visits', kind: 'joint_visit_done', points: 15, recipient: 'actor' }];
    expect((await send('PUT', `/api/seasons/${seasonId}`, leader, { ...body, pointRules: rules })).statusCode).toBe(200);
    const [giverBefore, receiverBefore] = [await points(giverId), await points(receiverId)];
    // A visit the rotation proposed and the pair carried out and recorded (the rituals module's own tests cover that flow).
    const db = t.database.db;
    const [{ id: scheme }] = rowsOf<{ id: string }>(
      await db.execute(sql`insert into visit_schemes (name, starts_on) values ('Game test', ${day(-14)}) returning id`),
    ) as [{ id: string }];
    const visit = (id: string, status: string) =>
      db.execute(sql`insert into joint_visits (scheme_id, period, host_id, guest_id, status, starts_at, time_zone, recorded_at)
        values (${scheme}, ${id}, ${giverId}, ${receiverId}, ${status}, now() - interval '2 days', 'Europe/Stockholm',
                ${status === 'done' ? sql`now() - interval '1 day'` : null})`);
    await visit('2026-W01', 'done');
    await visit('2026-W02', 'accepted'); // planned, not yet done: no points
    expect(await points(giverId)).toBe(giverBefore + 15);
    expect(await points(receiverId)).toBe(receiverBefore + 15);
    const lines = (await get(`/api/seasons/${seasonId}/players/${receiverId}`, leader))
      .json()
      .lines.filter((l: { kind: string; eventKey: string }) => l.kind === 'joint_visit_done');
    // the demo's own recorded visits score too; this visit gives the receiver exactly one line, as guest
    const ours = lines.filter((l: { eventKey: string }) => l.eventKey.endsWith(':guest') && l.eventKey.startsWith('joint_visit:'));
    expect(ours.length).toBeGreaterThanOrEqual(1);
    expect(new Set(lines.map((l: { eventKey: string }) => l.eventKey)).size).toBe(lines.length);
    expect(lines.every((l: { source: { type: string } }) => l.source.type === 'visit')).toBe(true);
  });

  it('shows leaders whether behaviour changes, week by week', async () => {
    const b = (await get(`/api/seasons/${seasonId}/behaviour`, leader)).json();
    expect(b.weeks.some((w: { during: boolean }) => !w.during)).toBe(true);
    expect(b.weeks.reduce((a: number, w: { tipsGiven: number }) => a + w.tipsGiven, 0)).toBeGreaterThan(0);
    expect((await get(`/api/seasons/${seasonId}/behaviour`, giver)).statusCode).toBe(403);
  });

  it('gives the screens the last standings at once while a change is counted in, then the new ones', async () => {
    const board = (query = '') => get(`/api/seasons/${seasonId}/leaderboard${query}`, giver);
    const settled = (await board()).json();
    expect(settled.refreshing).toBe(false);
    const mine = (b: { people: { id: string; points: number }[] }) => b.people.find((p) => p.id === giverId)?.points ?? 0;
    // a meeting logged: 2 points, to be counted in
    const accountId = (await get('/api/accounts?pageSize=1', giver)).json().items[0].id;
    const logged = await send('POST', '/api/activities', giver, { accountId, type: 'meeting', subject: 'Game: a meeting' });
    expect(logged.statusCode, logged.body).toBe(201);
    const last = (await board('?last=allowed')).json();
    expect(last.refreshing).toBe(true);
    expect(last.computedAt).toBe(settled.computedAt);
    expect(mine(last)).toBe(mine(settled));
    // without the flag the API waits for the truth
    const fresh = (await board()).json();
    expect(fresh.refreshing).toBe(false);
    expect(mine(fresh)).toBe(mine(settled) + 2);
    // the meeting's announcement may be heard only now (LISTEN on a loaded machine) and count the season once more:
    // the screens then get the same standings, refreshing until that is done
    await expect
      .poll(
        async () => {
          const b = (await board('?last=allowed')).json();
          return { refreshing: b.refreshing, points: mine(b) };
        },
        { timeout: 10_000, interval: 100 },
      )
      .toEqual({ refreshing: false, points: mine(settled) + 2 });
    expect((await board('?last=always')).statusCode).toBe(400);
  });

  it('serves the standings as the contract says, made once per computed season, and 404 for no such season', async () => {
    const first = await get(`/api/seasons/${seasonId}/leaderboard`, giver);
    expect(first.headers['content-type']).toMatch(/^application\/json/);
    const parsed = Leaderboard.safeParse(first.json());
    expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true);
    // the viewer's own part differs (an admin may edit), the standings are the same text
    const asAdmin = (await get(`/api/seasons/${seasonId}/leaderboard`, admin)).json();
    expect(first.json().season.can.edit).toBe(false);
    expect(asAdmin.season.can.edit).toBe(true);
    expect(asAdmin.people).toEqual(first.json().people);
    const missing = await get('/api/seasons/00000000-0000-4000-8000-000000000000/leaderboard', giver);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('not_found');
  });
});
