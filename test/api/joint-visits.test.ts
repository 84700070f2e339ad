import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mail } from '../../server/platform/mailer';
import { remindMissingRecords } from '../../server/modules/rituals/service';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

interface Visit {
  id: string;
  host: { id: string; salesGroupId: string };
  guest: { id: string; salesGroupId: string };
  status: string;
  startsAt: string | null;
  localStart: string | null;
  timeZone: string;
  actions: string[];
  tips: unknown[];
  opportunities: unknown[];
}

/** The first VEVENT of an iCalendar text (whose summary has `about`, if given), parsed back with ical.js: its start as local wall-clock time in its zone. */
function firstEvent(text: string, about?: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const vevent = cal.getAllSubcomponents('vevent').find((e) => !about || String(e.getFirstPropertyValue('summary')).includes(about));
  const event = new ICAL.Event(vevent);
  return {
    method: cal.getFirstPropertyValue('method'),
    summary: event.summary,
    tzid: event.component.getFirstProperty('dtstart')?.getParameter('tzid'),
    local: event.startDate.toString().slice(0, 16),
    utc: event.startDate.toJSDate().toISOString(),
    status: event.component.getFirstPropertyValue('status'),
  };
}

describe.each(dbKinds)('joint visits (%s)', (kind) => {
  let t: TestApp;
  let now = new Date('2026-12-02T08:00:00Z');
  const outbox: Mail[] = [];
  let leader: Session;
  let seller: Session;
  let schemeId: string;
  let sellers: { id: string; email: string; salesGroupId: string }[];
  let visit: Visit;
  let host: Session;
  let guest: Session;
  let bystander: Session;
  let accountId: string;
  const get = (url: string, s?: Session) => t.app.inject({ method: 'GET', url, headers: s?.headers });
  const post = (url: string, s: Session, payload: unknown = {}) =>
    t.app.inject({ method: 'POST', url, headers: s.headers, payload: payload as object });
  const sessions = new Map<string, Session>();
  const as = async (id: string) => {
    const email = sellers.find((s) => s.id === id)!.email;
    if (!sessions.has(email)) sessions.set(email, await t.signIn(email));
    return sessions.get(email)!;
  };

  beforeAll(async () => {
    t = await createTestApp(kind, { clock: { now: () => now }, mailer: { send: async (m) => void outbox.push(m) } });
    leader = await t.signIn('leader@nordlys.example');
    seller = await t.signIn('seller@nordlys.example');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('is started by a leader with sellers of several groups; a seller may not', async () => {
    const market = (await get('/api/me', seller)).json().market.id;
    sellers = (await get(`/api/users?marketId=${market}&role=seller&pageSize=200`, leader)).json().items;
    expect(new Set(sellers.map((s) => s.salesGroupId)).size).toBeGreaterThan(1);
    const input = {
      name: 'Sambesök Sverige',
      marketId: market,
      cadence: 'weekly',
      startsOn: '2026-12-07',
      memberIds: sellers.map((s) => s.id),
    };
    expect((await post('/api/visit-schemes', seller, input)).statusCode).toBe(403);
    const oneGroup = sellers.filter((s) => s.salesGroupId === sellers[0]!.salesGroupId).map((s) => s.id);
    if (oneGroup.length >= 2) expect((await post('/api/visit-schemes', leader, { ...input, memberIds: oneGroup })).statusCode).toBe(400);
    const res = await post('/api/visit-schemes', leader, input);
    expect(res.statusCode).toBe(201);
    schemeId = res.json().id;
    expect(res.json().members).toHaveLength(sellers.length);
    expect(res.json().timeZone).toMatch(/^Europe\//);
  });

  it('proposes the week’s pairs: each seller at most once, never two of one group; proposing again adds nothing', async () => {
    expect((await post(`/api/visit-schemes/${schemeId}/proposals`, seller, { week: '2026-12-07' })).statusCode).toBe(403);
    const res = await post(`/api/visit-schemes/${schemeId}/proposals`, leader, { week: '2026-12-07' });
    expect(res.statusCode).toBe(200);
    const visits: Visit[] = res.json();
    expect(visits.length).toBe(Math.floor(sellers.length / 2) > 0 ? visits.length : 0);
    expect(visits.length).toBeGreaterThan(0);
    const seen = new Set<string>();
    for (const v of visits) {
      expect(v.status).toBe('proposed');
      expect(v.host.salesGroupId).not.toBe(v.guest.salesGroupId);
      expect(seen.has(v.host.id) || seen.has(v.guest.id)).toBe(false);
      seen.add(v.host.id).add(v.guest.id);
    }
    const again: Visit[] = (await post(`/api/visit-schemes/${schemeId}/proposals`, leader, { week: '2026-12-07' })).json();
    expect(again.map((v) => v.id).sort()).toEqual(visits.map((v) => v.id).sort());
    visit = visits[0]!;
    host = await as(visit.host.id);
    guest = await as(visit.guest.id);
    const other = sellers.find((s) => s.id !== visit.host.id && s.id !== visit.guest.id);
    bystander = await as(other!.id);
    const mine: Visit[] = (await get('/api/joint-visits?mine=true', host)).json();
    expect(mine.map((v) => v.id)).toContain(visit.id);
  });

  it('the host picks the visit at a local time; the guest cannot, nor can a bystander', async () => {
    accountId = (await post('/api/accounts', host, { name: 'Sambesök Kund AB' })).json().id;
    const plan = { accountId, start: '2026-12-08T10:00', durationMinutes: 90, place: 'Storgatan 1, Malmö' };
    const denied = await post(`/api/joint-visits/${visit.id}/plan`, bystander, plan);
    expect(denied.statusCode).toBe(403);
    const wrongSide = await post(`/api/joint-visits/${visit.id}/plan`, guest, plan);
    expect(wrongSide.statusCode).toBe(409);
    expect(wrongSide.json().error.code).toBe('visit_transition');
    outbox.length = 0;
    const res = await post(`/api/joint-visits/${visit.id}/plan`, host, plan);
    expect(res.statusCode).toBe(200);
    const planned: Visit = res.json();
    expect(planned.status).toBe('planned');
    expect(planned.localStart).toBe('2026-12-08T10:00');
    expect(planned.startsAt).toBe(
      planned.timeZone === 'Europe/Stockholm' || planned.timeZone === 'Europe/Oslo' ? '2026-12-08T09:00:00.000Z' : planned.startsAt,
    );
    expect(planned.actions).toContain('plan');
    // both get the invitation by e-mail, with the visit at 10:00 local time
    expect(outbox.map((m) => m.to).sort()).toEqual(
      [sellers.find((s) => s.id === visit.host.id)!.email, sellers.find((s) => s.id === visit.guest.id)!.email].sort(),
    );
    const ev = firstEvent(outbox[0]!.icalEvent!.content);
    expect(outbox[0]!.icalEvent!.method).toBe('REQUEST');
    expect(ev.method).toBe('REQUEST');
    expect(ev.local).toBe('2026-12-08T10:00');
    expect(ev.utc).toBe(planned.startsAt);
    expect(ev.summary).toContain('Sambesök Kund AB');
  });

  it('the guest asks for another, the host re-plans, the guest accepts', async () => {
    const asked = await post(`/api/joint-visits/${visit.id}/answer`, guest, { answer: 'ask_another', note: 'Tuesday is full' });
    expect(asked.json().status).toBe('change_requested');
    expect((await post(`/api/joint-visits/${visit.id}/answer`, guest, { answer: 'accept' })).statusCode).toBe(409);
    await post(`/api/joint-visits/${visit.id}/plan`, host, { accountId, start: '2026-12-09T13:30', durationMinutes: 60, place: 'Teams' });
    expect((await post(`/api/joint-visits/${visit.id}/answer`, bystander, { answer: 'accept' })).statusCode).toBe(403);
    outbox.length = 0;
    const accepted = await post(`/api/joint-visits/${visit.id}/answer`, guest, { answer: 'accept' });
    expect(accepted.json().status).toBe('accepted');
    expect(firstEvent(outbox[0]!.icalEvent!.content).status).toBe('CONFIRMED');
    // not recorded before it has taken place
    expect((await post(`/api/joint-visits/${visit.id}/record`, guest, { learned: 'x' })).statusCode).toBe(409);
  });

  it('reminds both when the record is missing a day after, once a day', async () => {
    now = new Date('2026-12-10T15:00:00Z');
    const ctx = { ...t.ctx, clock: { now: () => now } };
    expect(await remindMissingRecords(ctx)).toBeGreaterThanOrEqual(2);
    expect(await remindMissingRecords(ctx)).toBe(0);
    const n = (await get('/api/notifications', host)).json().items;
    expect(n.some((x: { kind: string }) => x.kind === 'joint_visit.record_missing')).toBe(true);
  });

  it('is recorded in seconds, lands on the timeline, and yields a tip and an opportunity linked to it', async () => {
    expect((await post(`/api/joint-visits/${visit.id}/record`, bystander, { learned: 'x' })).statusCode).toBe(403);
    const rec = await post(`/api/joint-visits/${visit.id}/record`, guest, { learned: 'They run 40 vans', needs: 'Fleet insurance' });
    expect(rec.statusCode).toBe(200);
    expect(rec.json().status).toBe('done');
    const timeline = (await get(`/api/accounts/${accountId}/timeline`, seller)).json().items;
    const event = timeline.find((a: { event: string | null }) => a.event === 'joint_visit.recorded');
    expect(event.data.learned).toBe('They run 40 vans');
    expect((await post(`/api/joint-visits/${visit.id}/tips`, bystander, { toSalesGroupId: visit.host.salesGroupId })).statusCode).toBe(403);
    const tip = await post(`/api/joint-visits/${visit.id}/tips`, guest, {
      toSalesGroupId: visit.host.salesGroupId,
      note: 'Vans — fleet insurance',
    });
    expect(tip.statusCode).toBe(201);
    expect(tip.json().tips).toHaveLength(1);
    const contact = (await post('/api/contacts', host, { accountId, firstName: 'Vera', lastName: 'Vagnpark' })).json();
    const deal = await post(`/api/joint-visits/${visit.id}/opportunities`, host, {
      name: 'Fleet insurance 40 vans',
      estimatedValue: 120000,
      expectedCloseOn: '2027-02-28',
      contactId: contact.id,
    });
    expect(deal.statusCode, deal.body).toBe(201);
    expect(deal.json().opportunities).toHaveLength(1);
  });

  it('shows leaders what came of the visits: per seller, group and market, and the pairs that met', async () => {
    const r = (await get(`/api/joint-visits/results?schemeId=${schemeId}`, leader)).json();
    const hostRow = r.bySeller.find((x: { id: string }) => x.id === visit.host.id);
    expect(hostRow).toMatchObject({ planned: 1, done: 1, recorded: 1, tips: 1, opportunities: 1 });
    expect(r.byGroup.reduce((s: number, g: { tips: number }) => s + g.tips, 0)).toBeGreaterThanOrEqual(1);
    expect(r.byMarket).toHaveLength(1);
    expect(r.grid.met).toEqual([expect.objectContaining({ times: 1 })]);
  });

  it('puts the visit in a secret, revocable calendar feed at the right local time', async () => {
    const anonymous = await get('/api/calendar/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.ics');
    expect(anonymous.statusCode).toBe(404);
    expect((await get('/api/me/calendar-feed', host)).json().active).toBe(false);
    const created = await post('/api/me/calendar-feed', host);
    expect(created.statusCode).toBe(201);
    const url = new URL(created.json().url);
    const res = await get(url.pathname);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/calendar');
    // the feed also holds the demo scheme's visits: this one is found by its customer
    const ev = firstEvent(res.body, 'Sambesök Kund AB');
    expect(ev.local).toBe('2026-12-09T13:30');
    expect(ev.tzid).toMatch(/^Europe\//);
    expect(ev.summary).toContain('Sambesök Kund AB');
    expect((await get('/api/me/calendar-feed', host)).json()).toMatchObject({ active: true, url: null });
    // a new address replaces the old one; revoking ends it
    const second = new URL((await post('/api/me/calendar-feed', host)).json().url);
    expect((await get(url.pathname)).statusCode).toBe(404);
    expect((await get(second.pathname)).statusCode).toBe(200);
    await t.app.inject({ method: 'DELETE', url: '/api/me/calendar-feed', headers: host.headers });
    expect((await get(second.pathname)).statusCode).toBe(404);
  });

  it('lets a seller opt out, but not change a colleague’s participation', async () => {
    const me = visit.guest.id;
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/visit-schemes/${schemeId}/members/${me}`,
      headers: guest.headers,
      payload: { optedOut: true },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().members.find((m: { id: string }) => m.id === me).optedOut).toBe(true);
    const other = await t.app.inject({
      method: 'PATCH',
      url: `/api/visit-schemes/${schemeId}/members/${visit.host.id}`,
      headers: guest.headers,
      payload: { optedOut: true },
    });
    expect(other.statusCode).toBe(403);
    const next: Visit[] = (await post(`/api/visit-schemes/${schemeId}/proposals`, leader, { week: '2026-12-14' })).json();
    expect(next.some((v) => v.host.id === me || v.guest.id === me)).toBe(false);
  });
});
