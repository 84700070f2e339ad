import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mail } from '../../server/platform/mailer';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

/** Every VEVENT of an iCalendar text, parsed back with ical.js: summary, local start in its zone, whether all day. */
function events(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return cal.getAllSubcomponents('vevent').map((c) => {
    const e = new ICAL.Event(c);
    return { summary: e.summary, local: e.startDate.toString().slice(0, 16), allDay: e.startDate.isDate, uid: e.uid };
  });
}

interface Person {
  id: string;
  email: string;
  salesGroupId: string;
}

describe.each(dbKinds)('seminars and interview rounds (%s)', (kind) => {
  let t: TestApp;
  let now = new Date('2026-12-02T08:00:00Z');
  const outbox: Mail[] = [];
  let leader: Session;
  let sellers: Person[];
  let a: Person; // plans the seminar and listens
  let b: Person; // of another group
  let bystander: Session;
  const sessions = new Map<string, Session>();
  const as = async (p: Person) => {
    if (!sessions.has(p.email)) sessions.set(p.email, await t.signIn(p.email));
    return sessions.get(p.email)!;
  };
  const get = (url: string, s?: Session) => t.app.inject({ method: 'GET', url, headers: s?.headers });
  const post = (url: string, s: Session, payload: unknown = {}) =>
    t.app.inject({ method: 'POST', url, headers: s.headers, payload: payload as object });
  const accounts: string[] = [];
  const contacts: { id: string; accountId: string; email: string }[] = [];
  let seminarId: string;
  /** What came of the demo's rituals, before this file's. */
  let before: {
    seminars: { held: number; upcoming: number; attended: number; followUps: number; tips: number };
    interviews: { held: number; upcoming: number; insights: number; tips: number; opportunities: number };
  };

  beforeAll(async () => {
    t = await createTestApp(kind, { clock: { now: () => now }, mailer: { send: async (m) => void outbox.push(m) } });
    leader = await t.signIn('leader@nordlys.example');
    const seller = await t.signIn('seller@nordlys.example');
    const market = (await get('/api/me', seller)).json().market.id;
    sellers = (await get(`/api/users?marketId=${market}&role=seller&pageSize=200`, leader)).json().items;
    a = sellers[0]!;
    b = sellers.find((s) => s.salesGroupId !== a.salesGroupId)!;
    const other = sellers.find((s) => s.id !== a.id && s.id !== b.id)!;
    bystander = await as(other);
    const sa = await as(a);
    for (const [i, name] of ['Seminarkund Ett AB', 'Seminarkund Två AB', 'Seminarkund Tre AB'].entries()) {
      const acc = (await post('/api/accounts', sa, { name, industry: 'H' })).json();
      accounts.push(acc.id);
      for (const n of [1, 2]) {
        const c = (
          await post('/api/contacts', sa, {
            accountId: acc.id,
            firstName: `Kund${i}`,
            lastName: `Kontakt${n}`,
            email: `k${i}.${n}@kund.example`,
          })
        ).json();
        contacts.push({ id: c.id, accountId: acc.id, email: `k${i}.${n}@kund.example` });
      }
    }
  });
  afterAll(async () => {
    await t?.close();
  });

  it('is planned with sellers of several groups; one group only is refused', async () => {
    before = (await get('/api/rituals/summary', leader)).json();
    expect(before.seminars.held + before.seminars.upcoming).toBeGreaterThanOrEqual(2); // the demo's
    expect(before.interviews.held).toBeGreaterThanOrEqual(2);
    const input = {
      title: 'Energy in the warehouse',
      topic: 'What solar and storage mean for a logistics centre',
      start: '2026-12-10T14:00',
      durationMinutes: 120,
      place: 'Korsa office, Malmö',
      capacity: 4,
      sellerIds: [a.id, b.id],
    };
    const oneGroup = sellers.filter((s) => s.salesGroupId === a.salesGroupId).map((s) => s.id);
    const refused = await post('/api/seminars', await as(a), { ...input, sellerIds: oneGroup });
    expect(refused.statusCode).toBe(400);
    outbox.length = 0;
    const res = await post('/api/seminars', await as(a), input);
    expect(res.statusCode, res.body).toBe(201);
    const s = res.json();
    seminarId = s.id;
    expect(s.salesGroups).toHaveLength(2);
    expect(s.localStart).toBe('2026-12-10T14:00');
    // both sellers taking part get the invitation by e-mail: parsed back, at 14:00 in the seminar's zone
    expect(outbox.map((m) => m.to).sort()).toEqual([a.email, b.email].sort());
    for (const mail of outbox) {
      expect(mail.icalEvent?.method).toBe('REQUEST');
      const cal = new ICAL.Component(ICAL.parse(mail.icalEvent!.content));
      expect(cal.getFirstPropertyValue('method')).toBe('REQUEST');
      for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
      const event = new ICAL.Event(cal.getFirstSubcomponent('vevent')!);
      expect(event.summary).toBe('Seminar: Energy in the warehouse');
      expect(event.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe(s.timeZone);
      expect(event.startDate.toString().slice(0, 16)).toBe('2026-12-10T14:00');
      expect(event.startDate.toJSDate().toISOString()).toBe(s.startsAt);
      expect(event.attendees.map((p) => String(p.getFirstValue()).toLowerCase())).toEqual([`mailto:${mail.to}`.toLowerCase()]);
      expect(mail.subject).toContain('Energy in the warehouse');
    }
    expect(s.can.run).toBe(true);
    const listed = (await get('/api/seminars?when=upcoming', bystander)).json();
    expect(listed.find((x: { id: string }) => x.id === seminarId).can.run).toBe(false);
  });

  it('invites contacts by account; a seller not taking part may not', async () => {
    outbox.length = 0;
    expect((await post(`/api/seminars/${seminarId}/invitations`, bystander, { accountIds: accounts })).statusCode).toBe(403);
    const res = await post(`/api/seminars/${seminarId}/invitations`, await as(b), {
      accountIds: accounts.slice(0, 2),
      contactIds: [contacts[4]!.id],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().counts.invited).toBe(5);
    // each invited contact gets the invitation with the calendar event, at the seminar's local time
    const invited = [...contacts.slice(0, 4), contacts[4]!].map((c) => c.email).sort();
    expect(outbox.map((m) => m.to).sort()).toEqual(invited);
    for (const mail of outbox) {
      expect(events(mail.icalEvent!.content)).toEqual([
        { summary: 'Seminar: Energy in the warehouse', local: '2026-12-10T14:00', allDay: false, uid: expect.stringContaining(seminarId) },
      ]);
    }
    outbox.length = 0;
    // inviting again adds no one twice, and mails no one twice
    expect(
      (await post(`/api/seminars/${seminarId}/invitations`, await as(b), { accountIds: accounts.slice(0, 1) })).json().counts.invited,
    ).toBe(5);
    expect(outbox).toHaveLength(0);
  });

  it('registers up to the capacity and no further; attendance comes from a registration list too', async () => {
    const sa = await as(a);
    const ok = await post(`/api/seminars/${seminarId}/attendance`, sa, {
      contactIds: contacts.slice(0, 4).map((c) => c.id),
      status: 'registered',
    });
    expect(ok.json().counts.registered).toBe(4);
    const full = await post(`/api/seminars/${seminarId}/attendance`, sa, { contactIds: [contacts[4]!.id], status: 'registered' });
    expect(full.statusCode).toBe(409);
    expect(full.json().error.code).toBe('ritual_transition');
    expect(
      (await post(`/api/seminars/${seminarId}/attendance`, bystander, { contactIds: [contacts[0]!.id], status: 'attended' })).statusCode,
    ).toBe(403);
    const notInvited = await post(`/api/seminars/${seminarId}/attendance`, sa, { contactIds: [contacts[5]!.id], status: 'attended' });
    expect(notInvited.statusCode).toBe(400);
    const list = `Name;E-mail\nKund0 Kontakt1;${contacts[0]!.email.toUpperCase()}\nKund1 Kontakt1;<${contacts[2]!.email}>\nWalk-in;someone@else.example`;
    const imported = await post(`/api/seminars/${seminarId}/attendance/import`, sa, { list, status: 'attended' });
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toEqual({ matched: 2, unknown: ['someone@else.example'] });
    const detail = (await get(`/api/seminars/${seminarId}`, sa)).json();
    expect(detail.counts.attended).toBe(2);
    const timeline = (await get(`/api/accounts/${accounts[0]}/timeline`, sa)).json().items;
    expect(timeline.some((x: { event: string | null }) => x.event === 'seminar.attended')).toBe(true);
  });

  it('gives follow-ups after the seminar: per attendee to each group with potential, to its seller at the seminar; once', async () => {
    const sa = await as(a);
    const early = await post(`/api/seminars/${seminarId}/follow-ups`, sa);
    expect(early.statusCode).toBe(409);
    now = new Date('2026-12-10T16:30:00Z');
    expect((await post(`/api/seminars/${seminarId}/follow-ups`, bystander)).statusCode).toBe(403);
    const res = await post(`/api/seminars/${seminarId}/follow-ups`, sa);
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json();
    // fresh accounts own nothing: every group taking part has potential there, so 2 attendees × 2 groups
    expect(s.followUps).toHaveLength(4);
    const ownerOf = new Map(s.sellers.map((p: { salesGroupId: string; name: string }) => [p.salesGroupId, p.name]));
    const groupName = new Map(s.salesGroups.map((g: { id: string; name: string }) => [g.name, g.id]));
    for (const f of s.followUps) expect(f.owner).toBe(ownerOf.get(groupName.get(f.salesGroup)));
    const again = (await post(`/api/seminars/${seminarId}/follow-ups`, sa)).json();
    expect(again.followUps).toHaveLength(4);
    // the task is the seller's, due two working days after (Thursday → Monday)
    const tasks = (await get('/api/tasks?owner=me', await as(b))).json().items;
    const task = tasks.find((x: { title: string }) => x.title.includes('Energy in the warehouse'));
    expect(task.dueOn).toBe('2026-12-14');
    const told = (await get('/api/notifications', await as(b))).json().items;
    expect(told.some((n: { kind: string }) => n.kind === 'seminar.follow_up')).toBe(true);
  });

  it('traces what followed: tips and opportunities at attendees’ accounts within the window', async () => {
    const sa = await as(a);
    const elsewhere = (await post('/api/accounts', sa, { name: 'Inte Inbjuden AB' })).json().id;
    const notInvited = await post(`/api/seminars/${seminarId}/tips`, sa, { accountId: elsewhere, toSalesGroupId: b.salesGroupId });
    expect(notInvited.statusCode).toBe(400);
    const tip = await post(`/api/seminars/${seminarId}/tips`, sa, {
      accountId: accounts[0],
      toSalesGroupId: b.salesGroupId,
      note: 'Asked about storage',
    });
    expect(tip.statusCode, tip.body).toBe(201);
    const own = await post(`/api/seminars/${seminarId}/tips`, sa, { accountId: accounts[0], toSalesGroupId: a.salesGroupId });
    expect(own.statusCode).toBe(400);
    expect(tip.json().followed).toMatchObject({ tips: 1, opportunities: 0 });
    const summary = (await get('/api/rituals/summary', leader)).json();
    // beside the demo's seminars
    expect(summary.seminars.held - before.seminars.held).toBe(1);
    expect(summary.seminars.attended - before.seminars.attended).toBe(2);
    expect(summary.seminars.followUps - before.seminars.followUps).toBe(4);
    expect(summary.seminars.tips - before.seminars.tips).toBeGreaterThanOrEqual(1);
  });

  let roundId: string;
  let insightId: string;
  it('plans an interview round: 3–4 topics, listeners of several groups; the topics go to the customer', async () => {
    const sa = await as(a);
    const input = {
      accountId: accounts[0],
      contactId: contacts[0]!.id,
      heldOn: '2026-12-16',
      topics: ['How you plan capacity', 'Energy costs', 'Your fleet'],
      listenerIds: [a.id, b.id],
      sendTopics: true,
    };
    expect((await post('/api/interview-rounds', sa, { ...input, topics: ['One', 'Two'] })).statusCode).toBe(400);
    expect((await post('/api/interview-rounds', sa, { ...input, listenerIds: [a.id] })).statusCode).toBe(400);
    const wrongContact = await post('/api/interview-rounds', sa, { ...input, contactId: contacts[5]!.id });
    expect(wrongContact.statusCode).toBe(400);
    outbox.length = 0;
    const res = await post('/api/interview-rounds', sa, input);
    expect(res.statusCode, res.body).toBe(201);
    roundId = res.json().id;
    expect(res.json().listeners).toHaveLength(2);
    expect(outbox.map((m) => m.to)).toEqual([contacts[0]!.email]);
    expect(outbox[0]!.text).toContain('3. Your fleet');
  });

  it('records insights per topic; a bystander may not', async () => {
    expect((await post(`/api/interview-rounds/${roundId}/insights`, bystander, { topic: 0, text: 'x' })).statusCode).toBe(403);
    expect((await post(`/api/interview-rounds/${roundId}/insights`, await as(b), { topic: 3, text: 'x' })).statusCode).toBe(400);
    const res = await post(`/api/interview-rounds/${roundId}/insights`, await as(b), {
      topic: 2,
      text: 'Their vans stand still every night: charging at the depot would pay',
      reach: 'industry',
    });
    expect(res.statusCode, res.body).toBe(201);
    const insight = res.json().insights[0];
    insightId = insight.id;
    expect(insight).toMatchObject({ topic: 2, reach: 'industry', industry: 'H' });
    await post(`/api/interview-rounds/${roundId}/insights`, await as(a), { topic: 1, text: 'Energy is their second largest cost' });
  });

  it('turns an insight into a tip through the handoffs rules, and into an opportunity', async () => {
    const sb = await as(b);
    expect((await post(`/api/interview-insights/${insightId}/tips`, bystander, { toSalesGroupId: a.salesGroupId })).statusCode).toBe(403);
    const own = await post(`/api/interview-insights/${insightId}/tips`, sb, { toSalesGroupId: b.salesGroupId });
    expect(own.statusCode).toBe(400);
    const tip = await post(`/api/interview-insights/${insightId}/tips`, sb, { toSalesGroupId: a.salesGroupId });
    expect(tip.statusCode, tip.body).toBe(201);
    const withTip = tip.json().insights.find((i: { id: string }) => i.id === insightId);
    expect(withTip.tips).toHaveLength(1);
    const handoff = (await get(`/api/handoffs/${withTip.tips[0].id}`, sb)).json();
    expect(handoff.note).toContain('vans stand still');
    const deal = await post(`/api/interview-insights/${insightId}/opportunities`, sb, {
      name: 'Depot charging',
      estimatedValue: 300000,
      expectedCloseOn: '2027-03-31',
      contactId: contacts[0]!.id,
    });
    expect(deal.statusCode, deal.body).toBe(201);
    const summary = (await get('/api/rituals/summary', leader)).json();
    expect(summary.interviews.upcoming - before.interviews.upcoming).toBe(1);
    expect(summary.interviews.insights - before.interviews.insights).toBe(2);
    expect(summary.interviews.tips - before.interviews.tips).toBe(1);
    expect(summary.interviews.opportunities - before.interviews.opportunities).toBe(1);
  });

  it('spreads the lesson to other customers of the industry, and the library finds the round by topic and industry', async () => {
    const sa = await as(a);
    const lessons = (await get(`/api/accounts/${accounts[1]}/lessons`, sa)).json();
    expect(lessons).toContainEqual(expect.objectContaining({ topic: 'Your fleet', fromAccount: 'Seminarkund Ett AB', industry: 'H' }));
    const own = (await get(`/api/accounts/${accounts[0]}/lessons`, sa)).json();
    expect(own.map((l: { insightId: string }) => l.insightId)).not.toContain(insightId);
    const ids = (url: string) => get(url, sa).then((r) => r.json().map((x: { id: string }) => x.id));
    expect(await ids('/api/interview-rounds?q=your%20fleet')).toEqual([roundId]);
    expect(await ids('/api/interview-rounds?q=vans%20stand%20still')).toEqual([roundId]);
    expect(await ids('/api/interview-rounds?industry=H')).toContain(roundId);
    expect(await ids('/api/interview-rounds?industry=Q')).toEqual([]);
    // the library holds the demo's rounds too
    expect((await ids('/api/interview-rounds')).length).toBeGreaterThanOrEqual(3);
  });

  it('puts the seminar and the interview round in the seller’s calendar feed', async () => {
    const sb = await as(b);
    const url = new URL((await post('/api/me/calendar-feed', sb)).json().url);
    const res = await get(url.pathname);
    expect(res.statusCode).toBe(200);
    const evs = events(res.body);
    expect(evs).toContainEqual(
      expect.objectContaining({ summary: 'Seminar: Energy in the warehouse', local: '2026-12-10T14:00', allDay: false }),
    );
    const round = evs.find((e) => e.summary === 'Customer interview: Seminarkund Ett AB');
    expect(round).toMatchObject({ allDay: true });
    expect(round!.local.slice(0, 10)).toBe('2026-12-16');
  });
});
