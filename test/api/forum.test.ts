import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

describe.each(dbKinds)('the cross-selling forum (%s)', (kind) => {
  let t: TestApp;
  let leader: Session;
  let seller: Session;
  let forumId: string;
  const get = (url: string, s: Session) => t.app.inject({ method: 'GET', url, headers: s.headers });
  const post = (url: string, s: Session, payload: unknown) =>
    t.app.inject({ method: 'POST', url, headers: s.headers, payload: payload as object });
  beforeAll(async () => {
    t = await createTestApp(kind);
    leader = await t.signIn('leader@nordlys.example');
    seller = await t.signIn('seller@nordlys.example');
  });
  afterAll(async () => {
    await t.close();
  });

  it('is set up by a leader with members of several groups, for a market', async () => {
    const se = (await get('/api/me', seller)).json().market.id;
    const members = (await get(`/api/users?marketId=${se}&role=seller`, leader)).json().items.map((u: { id: string }) => u.id);
    const res = await post('/api/forums', leader, {
      name: 'Korsförsäljningsforum Sverige',
      marketId: se,
      cadence: 'monthly',
      memberIds: members,
    });
    expect(res.statusCode).toBe(201);
    forumId = res.json().id;
    expect(res.json().members.length).toBe(members.length);
    expect((await post('/api/forums', seller, { name: 'x', memberIds: members })).statusCode).toBe(403);
  });

  it('prepares the agenda: potential, handoffs in progress with their age, outcomes, give to get', async () => {
    const a = (await get(`/api/forums/${forumId}/agenda`, seller)).json();
    expect(a.since).toBeNull();
    expect(a.inProgress.length).toBeGreaterThan(0);
    expect(a.inProgress[0].ageDays).toBeGreaterThanOrEqual(0);
    expect(a.giveToGet.length).toBeGreaterThan(0);
    // before the first meeting no one has moved in the game
    expect(
      a.game.people.every(
        (p: { rank: number; rankBefore: number; points: number; pointsSince: number }) =>
          p.rankBefore === p.rank && p.pointsSince === p.points,
      ),
    ).toBe(true);
  });

  it('records a meeting with decisions; the next agenda only has what is new since then', async () => {
    const me = (await get('/api/me', seller)).json();
    const meeting = await post(`/api/forums/${forumId}/meetings`, seller, {
      heldOn: '2026-11-20',
      attendeeIds: [me.user.id],
      decisions: [{ text: 'Visit Aurora together next week', ownerId: me.user.id, dueOn: '2026-11-30' }],
      notes: 'Good round',
    });
    expect(meeting.statusCode).toBe(201);
    expect(meeting.json().recordedBy).toBe(me.user.name);
    const forums = (await get('/api/forums', seller)).json();
    const forum = forums.find((f: { id: string }) => f.id === forumId);
    expect(forum.lastMeeting.decisions[0].text).toBe('Visit Aurora together next week');
    expect(forum.nextMeetingOn).toBe('2026-12-20');
    const a = (await get(`/api/forums/${forumId}/agenda`, seller)).json();
    expect(a.since).toBe('2026-11-20T23:59:59.000Z');
    for (const h of a.outcomes)
      expect(h.updates.some((u: { status: string; at: string }) => u.status !== 'sent' && u.at > a.since)).toBe(true);
    expect((await get(`/api/forums/${forumId}/meetings`, leader)).json()).toHaveLength(1);
  });

  it('puts the rituals on the agenda: held since the last meeting with what came of them, and the coming two weeks', async () => {
    const a = (await get(`/api/forums/${forumId}/agenda`, seller)).json();
    const now = new Date().toISOString();
    const inTwoWeeks = new Date(Date.now() + 14 * 86_400_000).toISOString();
    // the demo's running joint-visit scheme and its coming seminar
    expect(a.rituals.recent.length + a.rituals.upcoming.length).toBeGreaterThan(0);
    for (const r of a.rituals.recent) expect(r.at > a.since && r.at <= now).toBe(true);
    for (const r of a.rituals.upcoming) expect(r.at > now && r.at <= inTwoWeeks).toBe(true);
    expect(a.rituals.recordsDue).toBe(a.rituals.recent.filter((r: { recordDue: boolean }) => r.recordDue).length);
    for (const r of [...a.rituals.recent, ...a.rituals.upcoming]) {
      expect(['visit', 'seminar', 'interview']).toContain(r.kind);
      if (r.kind === 'visit') expect(r.people).toHaveLength(2);
      if (r.kind === 'seminar') expect(r.attended).toBeGreaterThanOrEqual(0);
      if (r.kind === 'interview') expect(r.insights).toBeGreaterThanOrEqual(0);
    }
  });

  it('puts the running season on the agenda: the members’ standings, what moved since, and incentives for leaders only', async () => {
    const forum = (await get('/api/forums', seller)).json().find((f: { id: string }) => f.id === forumId);
    const memberIds = forum.members.map((m: { id: string }) => m.id);
    const mine = (await get(`/api/forums/${forumId}/agenda`, seller)).json().game;
    expect(mine).not.toBeNull();
    expect(mine.people.length).toBe(memberIds.length);
    expect(mine.people.every((p: { id: string }) => memberIds.includes(p.id))).toBe(true);
    expect(mine.people.every((p: { earned: number | null }) => p.earned === null)).toBe(true);
    const points = mine.people.map((p: { points: number }) => p.points);
    expect(points).toEqual([...points].sort((x: number, y: number) => y - x));
    expect(mine.people[0].rank).toBe(1);
    // the ranks at the last meeting are those of the points then
    const then = mine.people.map((p: { points: number; pointsSince: number; rankBefore: number }) => ({
      was: p.points - p.pointsSince,
      rank: p.rankBefore,
    }));
    for (const x of then) expect(x.rank).toBe(1 + then.filter((y: { was: number }) => y.was > x.was).length);
    const board = (await get(`/api/seasons/${mine.season.id}/leaderboard`, seller)).json();
    for (const p of mine.people) expect(board.people.find((b: { id: string }) => b.id === p.id).points).toBe(p.points);
    const theirs = (await get(`/api/forums/${forumId}/agenda`, leader)).json().game;
    expect(theirs.currency).toMatch(/^[A-Z]{3}$/);
    expect(theirs.people.every((p: { earned: number | null }) => typeof p.earned === 'number')).toBe(true);
  });
});
