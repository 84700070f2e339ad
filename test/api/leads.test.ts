import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rescoreOpenLeads } from '../../server/modules/leads/service';
import { chaseLeads } from '../../server/modules/leads/service-sla';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

interface Named {
  id: string;
  name: string;
}

describe.each(dbKinds)('leads: marketing hands them to sales, who accept in time and convert (%s)', (kind) => {
  let t: TestApp;
  let admin: Session;
  let marketing: Session;
  let marketingId: string;
  let seller: Session; // Fleet & Mobility, SE
  let sellerId: string;
  let leader: Session; // leads Fleet & Mobility
  let leaderId: string;
  let other: Session; // a Digital Solutions seller in SE
  let fleet: string;
  let se: string;
  const get = (url: string, s: Session) => t.app.inject({ method: 'GET', url, headers: s.headers });
  const post = (url: string, s: Session, payload: unknown) =>
    t.app.inject({ method: 'POST', url, headers: s.headers, payload: payload as object });
  const move = (id: string, s: Session, body: Record<string, unknown>) => post(`/api/leads/${id}/move`, s, body);

  async function withPassword(userId: string, email: string) {
    await t.app.inject({ method: 'PATCH', url: `/api/users/${userId}`, headers: admin.headers, payload: { password: 'a-long-password' } });
    return t.signIn(email, 'a-long-password');
  }

  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await t.signIn('admin@nordlys.example');
    seller = await t.signIn('seller@nordlys.example');
    leader = await t.signIn('leader@nordlys.example');
    const me = (await get('/api/me', seller)).json();
    sellerId = me.user.id;
    fleet = me.salesGroup.id;
    se = me.market.id;
    leaderId = (await get('/api/me', leader)).json().user.id;
    const m = (await get('/api/users?role=marketing', admin)).json().items[0];
    marketingId = m.id;
    marketing = await withPassword(m.id, m.email);
    const digital = (await get('/api/sales-groups', admin)).json().find((g: Named) => g.name === 'Digital Solutions').id;
    const o = (await get(`/api/users?role=seller&salesGroupId=${digital}&marketId=${se}`, admin)).json().items[0];
    other = await withPassword(o.id, o.email);
  });
  afterAll(async () => {
    await t.close();
  });

  it('matches a lead on arrival to the contact with its e-mail, else the account with its org number or domain', async () => {
    const contact = (await get('/api/contacts?pageSize=50', admin)).json().items.find((c: { email: string | null }) => c.email);
    const byEmail = await post('/api/leads', marketing, { name: 'Known Person', email: contact.email.toUpperCase(), source: 'event' });
    expect(byEmail.statusCode).toBe(201);
    expect(byEmail.json()).toMatchObject({
      matchedBy: 'email',
      account: { id: contact.accountId },
      contact: { id: contact.id },
      status: 'new',
    });
    // the account's owner hears of it, and sellers find it on the account
    const atAccount = (await get(`/api/leads?accountId=${contact.accountId}`, seller)).json();
    expect(atAccount.items.map((l: Named) => l.id)).toContain(byEmail.json().id);

    const account = (
      await post('/api/accounts', seller, {
        name: 'Domänbolaget AB',
        orgNumber: '556677-8899',
        website: 'https://www.domanbolaget.se',
        marketId: se,
      })
    ).json();
    const byOrg = (await post('/api/leads', marketing, { name: 'Eva Org', orgNumber: '5566778899', source: 'list' })).json();
    expect(byOrg).toMatchObject({ matchedBy: 'org_number', account: { id: account.id } });
    const byDomain = (await post('/api/leads', marketing, { name: 'Per Domän', email: 'per@domanbolaget.se', source: 'list' })).json();
    expect(byDomain).toMatchObject({ matchedBy: 'domain', account: { id: account.id }, contact: null });
    const notes = (await get('/api/notifications', seller)).json().items;
    expect(
      notes.some((n: { kind: string; data: { leadId: string } }) => n.kind === 'lead.at_your_account' && n.data.leadId === byOrg.id),
    ).toBe(true);
    const free = (await post('/api/leads', marketing, { name: 'Gmail User', email: 'someone@gmail.com', source: 'other' })).json();
    expect(free.matchedBy).toBeNull();
  });

  it('scores fit and behaviour with its parts, and marks an MQL at the threshold', async () => {
    const lead = (await post('/api/leads', marketing, { name: 'Cleo Chef', title: 'CEO', size: 'large', source: 'referral' })).json();
    expect(lead.fitScore).toBe(20 + 15 + 10);
    expect(lead.scoreParts).toContainEqual({ type: 'fit', field: 'title', value: 'CEO', points: 20 });
    expect(lead.mql).toBe(false);
    const after = (await post(`/api/leads/${lead.id}/events`, marketing, { kind: 'pricing_view', detail: '/pricing' })).json();
    expect(after.behaviourScore).toBe(8);
    expect(after.score).toBe(53);
    expect(after.mql).toBe(true);
    // only marketing records behaviour
    expect((await post(`/api/leads/${lead.id}/events`, seller, { kind: 'download' })).statusCode).toBe(403);
  });

  it('lets marketing qualify and hand over, and only the receiving group accept; reasons are required', async () => {
    const lead = (
      await post('/api/leads', marketing, {
        name: 'Anna Lead',
        email: 'anna@nyttbolag.se',
        company: 'Nytt Bolag AB',
        marketId: se,
        source: 'web_form',
      })
    ).json();
    expect(lead.allowedNext).toEqual(['working', 'qualified', 'disqualified']);
    expect(lead.can).toEqual({ work: true, convert: false });
    // a seller does not qualify leads
    expect((await get(`/api/leads/${lead.id}`, seller)).json().allowedNext).toEqual([]);
    expect((await move(lead.id, seller, { status: 'qualified' })).statusCode).toBe(403);
    // disqualifying needs a reason
    const noReason = await move(lead.id, marketing, { status: 'disqualified' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details[0].path).toBe('body.reason');
    expect((await move(lead.id, marketing, { status: 'accepted' })).json().error.code).toBe('lead_transition');
    expect((await move(lead.id, marketing, { status: 'qualified' })).json().status).toBe('qualified');
    expect((await move(lead.id, marketing, { status: 'handed_to_sales' })).statusCode).toBe(400);
    const handed = (await move(lead.id, marketing, { status: 'handed_to_sales', salesGroupId: fleet })).json();
    expect(handed).toMatchObject({ status: 'handed_to_sales', salesGroup: { id: fleet }, overdue: false });
    expect(new Date(handed.dueAt).getTime()).toBeGreaterThan(Date.now());
    // the group's sellers are told, and find it in their inbox
    const inbox = (await get('/api/leads?box=inbox', seller)).json();
    expect(inbox.items.map((l: Named) => l.id)).toContain(lead.id);
    expect((await get('/api/notifications', seller)).json().items.some((n: { kind: string }) => n.kind === 'lead.handed')).toBe(true);
    // another group's seller, and marketing, may not accept it
    expect((await get(`/api/leads/${lead.id}`, other)).json().allowedNext).toEqual([]);
    expect((await move(lead.id, other, { status: 'accepted' })).statusCode).toBe(403);
    expect((await move(lead.id, marketing, { status: 'accepted' })).statusCode).toBe(403);
    expect((await get(`/api/leads/${lead.id}`, seller)).json().allowedNext).toEqual(['accepted', 'rejected']);
    const accepted = (await move(lead.id, seller, { status: 'accepted' })).json();
    expect(accepted).toMatchObject({ status: 'accepted', assignedUser: { id: sellerId }, answeredInTime: true, can: { convert: true } });
    expect((await get('/api/notifications', marketing)).json().items[0]).toMatchObject({
      kind: 'lead.accepted',
      link: `/leads/${lead.id}`,
    });
  });

  it('returns a rejected lead to marketing with its reason', async () => {
    const lead = (await post('/api/leads', marketing, { name: 'Rolf Reject', source: 'event' })).json();
    await move(lead.id, marketing, { status: 'qualified' });
    await move(lead.id, marketing, { status: 'handed_to_sales', salesGroupId: fleet, assignedUserId: sellerId });
    expect((await move(lead.id, seller, { status: 'rejected' })).statusCode).toBe(400);
    expect((await move(lead.id, seller, { status: 'rejected', reason: 'other' })).json().error.details[0].path).toBe('body.note');
    const rejected = (await move(lead.id, seller, { status: 'rejected', reason: 'not_ready', note: 'Budget next year' })).json();
    expect(rejected).toMatchObject({ status: 'rejected', statusReason: 'not_ready', statusNote: 'Budget next year' });
    expect(rejected.updates.map((u: { status: string }) => u.status)).toEqual(['new', 'qualified', 'handed_to_sales', 'rejected']);
    expect((await get(`/api/leads/${lead.id}`, marketing)).json().allowedNext).toContain('working');
    expect((await get('/api/leads?box=marketing', marketing)).json().items.map((l: Named) => l.id)).toContain(lead.id);
    // handing to a named seller of another group is refused
    await move(lead.id, marketing, { status: 'qualified' });
    const wrong = await move(lead.id, marketing, { status: 'handed_to_sales', salesGroupId: fleet, assignedUserId: marketingId });
    expect(wrong.statusCode).toBe(400);
  });

  it('converts an accepted lead without duplicates, opening an opportunity at the first stage', async () => {
    const hand = async (body: Record<string, unknown>) => {
      const lead = (await post('/api/leads', marketing, { source: 'web_form', marketId: se, ...body })).json();
      await move(lead.id, marketing, { status: 'qualified' });
      await move(lead.id, marketing, { status: 'handed_to_sales', salesGroupId: fleet });
      await move(lead.id, seller, { status: 'accepted' });
      return lead.id as string;
    };
    const first = await hand({
      name: 'Karin Konvertera',
      email: 'karin@konvertera.se',
      company: 'Konvertera AB',
      orgNumber: '559900-1122',
      title: 'CFO',
    });
    // marketing cannot convert; another group's seller neither
    expect((await post(`/api/leads/${first}/convert`, marketing, {})).statusCode).toBe(403);
    expect((await post(`/api/leads/${first}/convert`, other, {})).statusCode).toBe(403);
    const res = await post(`/api/leads/${first}/convert`, seller, {
      opportunity: { name: 'Konvertera fleet', estimatedValue: 250000, expectedCloseOn: '2027-03-31' },
    });
    expect(res.statusCode).toBe(200);
    const converted = res.json();
    expect(converted).toMatchObject({ createdAccount: true, createdContact: true });
    const opp = (await get(`/api/opportunities/${converted.opportunityId}`, seller)).json();
    expect(opp).toMatchObject({ accountId: converted.accountId, contactId: converted.contactId });
    expect(opp.stage.key ?? opp.stage.name).toMatch(/identified/i);
    const account = (await get(`/api/accounts/${converted.accountId}`, seller)).json();
    expect(account).toMatchObject({ name: 'Konvertera AB', ownerId: sellerId });
    // twice: refused
    const again = await post(`/api/leads/${first}/convert`, seller, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('lead_transition');
    // the same person through another lead: the same account and contact
    const second = await hand({ name: 'Karin Konvertera', email: 'KARIN@konvertera.se', company: 'Konvertera Aktiebolag' });
    const reused = (await post(`/api/leads/${second}/convert`, seller, {})).json();
    expect(reused).toMatchObject({
      accountId: converted.accountId,
      contactId: converted.contactId,
      createdAccount: false,
      createdContact: false,
    });
    // a colleague at the same company (by org number): the account, and a new contact
    const third = await hand({ name: 'Lars Kollega', email: 'lars@gmail.com', orgNumber: '5599001122' });
    const colleague = (await post(`/api/leads/${third}/convert`, seller, {})).json();
    expect(colleague).toMatchObject({ accountId: converted.accountId, createdAccount: false, createdContact: true });
    const timeline = (await get(`/api/accounts/${converted.accountId}/timeline?type=event`, seller)).json().items;
    expect(timeline.some((e: { event: string }) => e.event === 'lead.converted')).toBe(true);
  });

  it('reminds sales before the deadline and tells the group’s leader once on a breach; the report counts it', async () => {
    const lead = (await post('/api/leads', marketing, { name: 'Sven Sen', company: 'Sen AB', marketId: se, source: 'event' })).json();
    await move(lead.id, marketing, { status: 'qualified' });
    const handed = (await move(lead.id, marketing, { status: 'handed_to_sales', salesGroupId: fleet })).json();
    const due = new Date(handed.dueAt);
    const at = (d: Date) => ({ ...t.ctx, clock: { now: () => d } });
    const before = await chaseLeads(at(new Date(due.getTime() - 60_000)));
    expect(before.reminded).toBeGreaterThanOrEqual(1);
    const reminders = (await get('/api/notifications', seller))
      .json()
      .items.filter((n: { kind: string; data: { leadId: string } }) => n.kind === 'lead.reminder' && n.data.leadId === lead.id);
    expect(reminders).toHaveLength(1);
    const breach = await chaseLeads(at(due));
    expect(breach.breached).toBeGreaterThanOrEqual(1);
    const leaderNotes = (await get('/api/notifications', leader))
      .json()
      .items.filter((n: { kind: string; data: { leadId: string } }) => n.kind === 'lead.breached' && n.data.leadId === lead.id);
    expect(leaderNotes).toHaveLength(1);
    // not again
    await chaseLeads(at(new Date(due.getTime() + 3_600_000)));
    expect(
      (await get('/api/notifications', leader))
        .json()
        .items.filter((n: { kind: string; data: { leadId: string } }) => n.kind === 'lead.breached' && n.data.leadId === lead.id),
    ).toHaveLength(1);
    // the report: handed, accepted in time, rejected by reason, still waiting
    const report = (await get('/api/leads/sla-report?by=salesGroup', leader)).json();
    const row = report.rows.find((r: { id: string }) => r.id === fleet);
    expect(row.handed).toBeGreaterThanOrEqual(row.acceptedInTime + row.rejected + row.waiting);
    expect(row.acceptedInTime).toBeGreaterThanOrEqual(1);
    expect(row.rejectedByReason.not_ready).toBe(1);
    expect(row.waiting).toBeGreaterThanOrEqual(1);
    expect((await get('/api/leads/sla-report', seller)).statusCode).toBe(403);
    // per week: the same leads, split by the ISO week they were handed in, adding up to the period
    const weekly = (await get('/api/leads/sla-report?by=salesGroup&per=week', leader)).json();
    const fleetWeeks = weekly.rows.filter((r: { id: string }) => r.id === fleet);
    expect(fleetWeeks.every((r: { week: string }) => /^\d{4}-W\d{2}$/.test(r.week))).toBe(true);
    const sum = (k: string) => fleetWeeks.reduce((s: number, r: Record<string, number>) => s + r[k]!, 0);
    expect([sum('handed'), sum('acceptedInTime'), sum('rejected')]).toEqual([row.handed, row.acceptedInTime, row.rejected]);
    expect(row.week).toBeNull();
    void leaderId;
  });

  it('decays behaviour with the clock: half after the half-life, and a quiet month costs points', async () => {
    const lead = (await post('/api/leads', marketing, { name: 'Doris Decay', company: 'Decay AB', source: 'event' })).json();
    const fitOnly = lead.score;
    const viewed = new Date();
    for (const _ of [1, 2]) await post(`/api/leads/${lead.id}/events`, marketing, { kind: 'pricing_view', at: viewed.toISOString() });
    const scored = (await get(`/api/leads/${lead.id}`, marketing)).json();
    expect(scored.score).toBe(fitOnly + 16); // two pricing views, 8 points each, fresh
    const at = (days: number) => ({ ...t.ctx, clock: { now: () => new Date(viewed.getTime() + days * 86_400_000) } });
    const stored = async () =>
      (await get(`/api/leads?box=all&q=Doris%20Decay`, marketing)).json().items.find((l: { id: string }) => l.id === lead.id).score;
    // the scheduled rescoring, a half-life (7 days) later: half the behaviour points
    await rescoreOpenLeads(at(7));
    expect(await stored()).toBe(fitOnly + 8);
    // two months later: the views are worth nothing, and a month without activity costs 5 points
    await rescoreOpenLeads(at(60));
    expect(await stored()).toBe(fitOnly - 5);
  });

  it('takes a web form from the configured site only: CORS, rate limits, spam dropped, a second fill added to the lead', async () => {
    expect((await post('/api/lead-forms', seller, { name: 'x', allowedOrigin: 'https://www.nordlys.example' })).statusCode).toBe(403);
    const form = (
      await post('/api/lead-forms', marketing, {
        name: 'Contact us',
        allowedOrigin: 'https://www.nordlys.example',
        campaign: 'Spring',
        marketId: se,
      })
    ).json();
    expect(form.key).toMatch(/^kf_/);
    const url = `/api/public/forms/${form.key}`;
    const origin = 'https://www.nordlys.example';
    const preflight = await t.app.inject({ method: 'OPTIONS', url, headers: { origin, 'access-control-request-method': 'POST' } });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe(origin);
    expect((await t.app.inject({ method: 'OPTIONS', url, headers: { origin: 'https://evil.example' } })).statusCode).toBe(403);
    const send = (payload: Record<string, unknown>, ip = '192.0.2.10', o = origin) =>
      t.app.inject({ method: 'POST', url, headers: { origin: o }, payload, remoteAddress: ip });
    const person = {
      name: 'Webb Besökare',
      email: 'webb@besok.se',
      company: 'Besök AB',
      title: 'Head of Fleet',
      renderedAt: Date.now() - 20_000,
    };
    expect((await send(person, '192.0.2.10', 'https://evil.example')).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/api/public/forms/kf_unknownunknownunknown', payload: person })).statusCode).toBe(
      404,
    );
    const ok = await send(person);
    expect(ok.statusCode).toBe(202);
    expect(ok.headers['access-control-allow-origin']).toBe(origin);
    const found = (await get('/api/leads?q=besok.se', marketing)).json().items;
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ source: 'web_form', campaign: 'Spring', status: 'new', market: { id: se } });
    // a bot: the honeypot, or too fast — answered the same, kept out
    expect((await send({ ...person, email: 'bot@spam.example', website: 'http://spam' }, '192.0.2.11')).statusCode).toBe(202);
    expect((await send({ ...person, email: 'bot2@spam.example', renderedAt: Date.now() }, '192.0.2.12')).statusCode).toBe(202);
    expect((await get('/api/leads?q=spam.example', marketing)).json().total).toBe(0);
    // the same person again: one lead, two form fills
    await send(person, '192.0.2.13');
    const detail = (await get(`/api/leads/${found[0].id}`, marketing)).json();
    expect(detail.events.filter((e: { kind: string }) => e.kind === 'form_fill')).toHaveLength(2);
    expect((await get('/api/leads?q=besok.se', marketing)).json().total).toBe(1);
    // at most five from one address in fifteen minutes
    const codes: number[] = [];
    for (let i = 0; i < 6; i++) codes.push((await send({ ...person, email: `flood${i}@flood.example` }, '192.0.2.99')).statusCode);
    expect(codes.slice(0, 5).every((c) => c === 202)).toBe(true);
    expect(codes[5]).toBe(429);
  });

  it('lets only marketing and admins change the rules; a lower threshold makes MQLs', async () => {
    const settings = (await get('/api/leads/settings', seller)).json();
    expect(settings.scoring.mqlThreshold).toBe(50);
    expect((await t.app.inject({ method: 'PUT', url: '/api/leads/settings', headers: seller.headers, payload: settings })).statusCode).toBe(
      403,
    );
    const lead = (await post('/api/leads', marketing, { name: 'Mia Manager', title: 'Fleet manager', source: 'list' })).json();
    expect(lead.mql).toBe(false);
    const changed = await t.app.inject({
      method: 'PUT',
      url: '/api/leads/settings',
      headers: marketing.headers,
      payload: { ...settings, scoring: { ...settings.scoring, mqlThreshold: 10 }, acceptWithinHoursByMarket: { [se]: 16 } },
    });
    expect(changed.statusCode).toBe(200);
    expect((await get(`/api/leads/${lead.id}`, seller)).json().mql).toBe(true);
  });

  it('lets sales leaders tune the score with marketing, and refuses rules that contradict each other', async () => {
    const put = (s: Session, payload: unknown) =>
      t.app.inject({ method: 'PUT', url: '/api/leads/settings', headers: s.headers, payload: payload as object });
    const settings = (await get('/api/leads/settings', leader)).json();
    expect((await get('/api/me', leader)).json().can.tuneLeadScoring).toBe(true);
    expect((await get('/api/me', seller)).json().can.tuneLeadScoring).toBe(false);
    const tuned = await put(leader, { ...settings, scoring: { ...settings.scoring, mqlThreshold: 60 } });
    expect(tuned.statusCode).toBe(200);
    expect(tuned.json().scoring.mqlThreshold).toBe(60);
    // the same attribute value twice: the second rule could never count
    const twice = await put(marketing, {
      ...settings,
      scoring: {
        ...settings.scoring,
        fit: [...settings.scoring.fit, { ...settings.scoring.fit[0], value: ` ${settings.scoring.fit[0].value.toLowerCase()} ` }],
      },
    });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error.details[0].path).toBe(`body.scoring.fit.${settings.scoring.fit.length}.value`);
    const kindTwice = await put(marketing, {
      ...settings,
      scoring: { ...settings.scoring, behaviour: [...settings.scoring.behaviour, settings.scoring.behaviour[0]] },
    });
    expect(kindTwice.json().error.details[0].path).toBe(`body.scoring.behaviour.${settings.scoring.behaviour.length}.kind`);
    // a reminder at or after the deadline is no reminder
    const late = await put(marketing, { ...settings, acceptWithinHours: 4, remindBeforeHours: 4 });
    expect(late.statusCode).toBe(400);
    expect(late.json().error.details[0].path).toBe('body.remindBeforeHours');
    expect((await put(marketing, { ...settings, scoring: { ...settings.scoring, mqlThreshold: 0 } })).statusCode).toBe(400);
    expect((await put(marketing, settings)).statusCode).toBe(200);
  });
});
