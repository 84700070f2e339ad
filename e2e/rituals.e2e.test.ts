/**
 * The joint-visit journey in a real browser (E1): a leader starts a scheme for their market and has
 * the week's pairs proposed; the host picks the visit (a customer, a local time, a place) and takes
 * a calendar feed address; the guest accepts, records what they learned and passes a tip from the
 * visit; the leader sees what came of it. The feed is parsed back with ical.js and holds the visit
 * at the local time the host chose. Then a seminar (E2): planned with a seller of another group,
 * a customer invited, attendance from a registration list, follow-ups to the groups with potential;
 * and an interview round (E3) whose insight becomes an opportunity. Needs the built web app (web/dist).
 */
import ICAL from 'ical.js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiAs,
  choose,
  expectAccessible,
  fillDate,
  fillDateTime,
  hasChromium,
  launchBrowser,
  shot,
  signedInPage,
  startServer,
  switchLanguage,
  waitFor,
  type Server,
} from './support';

/** The seminar's start shows the day in the language's own form and a calendar in that language (a screenshot of each). */
async function expectStart(page: Page, lang: 'sv' | 'nb', day: string, time: string) {
  const [y, m, d] = day.split('-');
  const field = page.getByTestId('seminar-start');
  expect(await field.locator('[data-part=day]').inputValue()).toBe(lang === 'sv' ? day : `${d}.${m}.${y}`);
  await field.locator('[data-part=day]').click();
  const month = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
  await expect.poll(async () => (await page.locator('[data-dates-dropdown]').innerText()).toLowerCase(), waitFor).toContain(month);
  expect(`${await field.locator('[data-part=hours]').inputValue()}:${await field.locator('[data-part=minutes]').inputValue()}`).toBe(time);
  await page.waitForTimeout(300); // the calendar's fade-in, for the screenshot
  await shot(page, `seminar-start-${lang}`, false);
}

if (!hasChromium) console.warn('[e2e] Skipping the joint-visit journey: no Chromium at /usr/bin/chromium.');

const leaderEmail = 'leader@nordlys.example';

interface Visit {
  id: string;
  period: string;
  host: { id: string; name: string; salesGroupId: string };
  guest: { id: string; name: string; salesGroupId: string };
  status: string;
  timeZone: string;
}
interface UserRow {
  id: string;
  email: string;
  name: string;
}

/** A local 'YYYY-MM-DDTHH:mm' in a zone, for a moment. */
function localIn(zone: string, at: Date): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(at)
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

describe.skipIf(!hasChromium)('joint-visit journey (Chromium)', () => {
  let server: Server;
  let browser: Browser;
  let visit: Visit;
  let users: UserRow[];
  let localStart = '';
  let accountName = '';
  let schemeId = '';

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a leader starts a scheme for the market and the week’s pairs appear', async () => {
    const { context, page } = await signedInPage(browser, server.base, leaderEmail);
    const get = await apiAs(server.base, leaderEmail);
    const me = await (await apiAs(server.base, 'seller@nordlys.example'))<{ market: { id: string } }>('/api/me');
    users = (await get<{ items: UserRow[] }>('/api/users?pageSize=200')).items;
    await page.goto(`${server.base}/cross-selling`);
    await page.getByTestId('open-visits').click();
    await page.getByTestId('visits-page').waitFor();
    await expectAccessible(page);
    await page.getByTestId('new-scheme').click();
    await page.getByTestId('scheme-name').fill('Sambesök — vinter');
    await expectAccessible(page, 'the new scheme form');
    // the options: all markets, then the markets in their list's order (the page speaks the leader's language)
    const markets = await get<{ id: string }[]>('/api/markets');
    await page.getByTestId('scheme-market').click();
    await page
      .getByRole('option')
      .nth(markets.findIndex((m) => m.id === me.market.id) + 1)
      .click();
    await page.getByTestId('scheme-add-market').click();
    await page.getByTestId('scheme-submit').click();
    await page.getByTestId('scheme-page').waitFor();
    expect(await page.getByTestId('scheme-members-list').locator('> div').count()).toBeGreaterThan(2);
    await page.getByTestId('propose-pairs').click();
    await page.getByTestId('scheme-pairs').waitFor();
    const pairs = await page.getByTestId('scheme-pairs').getByTestId('visit-card').count();
    expect(pairs).toBeGreaterThan(0);
    await expectAccessible(page);
    await shot(page, 'rituals-scheme');
    const schemes = await get<{ id: string; name: string }[]>('/api/visit-schemes');
    schemeId = schemes.find((x) => x.name === 'Sambesök — vinter')!.id;
    const visits = await get<Visit[]>(`/api/joint-visits?schemeId=${schemeId}`);
    expect(visits).toHaveLength(pairs);
    for (const v of visits) expect(v.host.salesGroupId).not.toBe(v.guest.salesGroupId);
    visit = visits[0]!;
    await context.close();
  }, 180_000);

  it('the host picks the visit at a local time and subscribes to their calendar feed', async () => {
    const host = users.find((u) => u.id === visit.host.id)!;
    const { context, page } = await signedInPage(browser, server.base, host.email);
    const get = await apiAs(server.base, host.email);
    const account = (await get<{ items: { id: string; name: string }[] }>('/api/accounts?pageSize=5')).items[0]!;
    accountName = account.name;
    // yesterday 10:00 local, so the visit can be recorded today
    localStart = `${localIn(visit.timeZone, new Date(Date.now() - 86_400_000)).slice(0, 10)}T10:00`;
    await page.goto(`${server.base}/cross-selling/visits`);
    await page.getByTestId('my-visits').getByTestId('visit-link').first().waitFor();
    await page.goto(`${server.base}/cross-selling/visits/${visit.id}`);
    await page.getByTestId('plan-panel').waitFor();
    await expectAccessible(page);
    await page.getByTestId('plan-account').fill(accountName.slice(0, 12));
    await page.getByTestId('plan-account-options').getByRole('option').filter({ hasText: accountName }).first().click();
    await fillDateTime(page.getByTestId('plan-start'), localStart);
    await page.getByTestId('plan-place').fill('Their head office');
    await page.getByTestId('plan-submit').click();
    await expect.poll(() => page.getByTestId('visit-status').getAttribute('data-status'), waitFor).toBe('planned');
    expect(await page.getByTestId('visit-account').textContent()).toBe(accountName);
    expect(await page.getByTestId('visit-when').textContent()).toContain('10:00');

    await page.goto(`${server.base}/cross-selling/visits`);
    await page.getByTestId('create-feed').click();
    const url = await page.getByTestId('feed-url').inputValue();
    expect(url).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]+\.ics$/);
    await expectAccessible(page, 'the visits page with a calendar feed');
    const res = await fetch(`${server.base}${new URL(url).pathname}`);
    expect(res.status).toBe(200);
    const cal = new ICAL.Component(ICAL.parse(await res.text()));
    for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
    const event = new ICAL.Event(cal.getAllSubcomponents('vevent').find((e) => String(e.getFirstPropertyValue('uid')).includes(visit.id)));
    expect(event.summary).toContain(accountName);
    expect(event.startDate.toString().slice(0, 16)).toBe(localStart);
    expect(event.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe(visit.timeZone);
    await shot(page, 'rituals-visits-host');
    await context.close();
  }, 120_000);

  it('the guest accepts, records the visit on a phone and passes a tip from it', async () => {
    const guest = users.find((u) => u.id === visit.guest.id)!;
    const { context, page } = await signedInPage(browser, server.base, guest.email);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.base}/cross-selling/visits/${visit.id}`);
    await page.getByTestId('accept-visit').waitFor();
    await expectAccessible(page, 'a visit to its guest, on a phone');
    await page.getByTestId('accept-visit').click();
    await expect.poll(() => page.getByTestId('visit-status').getAttribute('data-status'), waitFor).toBe('accepted');
    await page.getByTestId('record-learned').fill('They run 40 vans from three depots');
    await page.getByTestId('record-needs').fill('Fleet insurance is up for renewal in March');
    await page.getByTestId('record-submit').click();
    await expect.poll(() => page.getByTestId('visit-status').getAttribute('data-status'), waitFor).toBe('done');
    await page.getByTestId('outcomes-panel').waitFor();
    await expectAccessible(page, 'a recorded visit, on a phone');
    const hostGroup = (await (await apiAs(server.base, guest.email))<{ id: string; name: string }[]>('/api/sales-groups')).find(
      (g) => g.id === visit.host.salesGroupId,
    )!;
    await choose(page, 'tip-group', hostGroup.name);
    await page.getByTestId('tip-note').fill('Fleet insurance renewal in March');
    await page.getByTestId('tip-submit').click();
    await page.getByTestId('visit-tip').first().waitFor();
    expect(await page.getByTestId('visit-tip').first().textContent()).toContain(hostGroup.name);
    await shot(page, 'rituals-visit-guest-phone');
    // the account's timeline tells it
    const timeline = await (
      await apiAs(server.base, guest.email)
    )<{ items: { event: string | null }[] }>(
      `/api/accounts/${(await (await apiAs(server.base, guest.email))<{ account: { id: string } }>(`/api/joint-visits/${visit.id}`)).account.id}/timeline`,
    );
    expect(timeline.items.map((i) => i.event)).toEqual(
      expect.arrayContaining(['joint_visit.planned', 'joint_visit.recorded', 'handoff.sent']),
    );
    await context.close();
  }, 120_000);

  it('the leader sees what came of it: visits done, recorded, the tip, and the pair in the grid', async () => {
    const { context, page } = await signedInPage(browser, server.base, leaderEmail);
    await page.goto(`${server.base}/cross-selling/visit-schemes/${schemeId}`);
    await page.getByTestId('scheme-results').waitFor();
    const hostRow = page.getByTestId('result-row').filter({ hasText: visit.host.name });
    await hostRow.waitFor();
    const cells = await hostRow.locator('td').allTextContents();
    expect(cells.slice(1, 6)).toEqual(['1', '1', '1', '1', '0']);
    expect(await page.getByTestId('scheme-figures').getAttribute('data-max-repeats')).toBe('1');
    await expectAccessible(page);
    await shot(page, 'rituals-results');
    await context.close();
  }, 90_000);

  const sellerEmail = 'seller@nordlys.example';
  interface SeminarView {
    id: string;
    localStart: string;
    timeZone: string;
    salesGroups: { id: string; name: string }[];
    sellers: { id: string; name: string; salesGroupId: string | null }[];
    invitees: { contactId: string; email: string | null; status: string; account: { id: string; name: string } }[];
    followUps: { contactId: string; salesGroup: string; owner: string; taskId: string }[];
  }
  let other: { id: string; email: string; name: string; salesGroupId: string };

  it('a seller plans a seminar with a seller of another group, invites a customer, notes who came and gives the follow-ups', async () => {
    const { context, page } = await signedInPage(browser, server.base, sellerEmail);
    const get = await apiAs(server.base, sellerEmail);
    const me = await get<{ user: { id: string }; salesGroup: { id: string }; market: { id: string } }>('/api/me');
    const sellers = (
      await get<{ items: { id: string; email: string; name: string; salesGroupId: string; role: string }[] }>(
        `/api/users?marketId=${me.market.id}&role=seller&pageSize=200`,
      )
    ).items;
    other = sellers.find((u) => u.salesGroupId && u.salesGroupId !== me.salesGroup.id)!;
    // a customer with contacts that have e-mail addresses
    const withEmail = (
      await get<{ items: { accountId: string; accountName: string; email: string | null }[] }>('/api/contacts?pageSize=100')
    ).items.find((c) => c.email)!;
    await page.goto(`${server.base}/cross-selling/visits`);
    await page.getByTestId('rituals-tab-seminars').click();
    await page.getByTestId('seminars-page').waitFor();
    await page.getByTestId('ritual-figures-seminars').waitFor();
    await expectAccessible(page);
    const day = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    // the start's day and time read in the user's language, not the browser's (en-GB): Norwegian, then Swedish
    await switchLanguage(page, 'nb');
    await page.getByTestId('new-seminar').click();
    await fillDateTime(page.getByTestId('seminar-start'), `${day}T09:05`);
    await expectStart(page, 'nb', day, '09:05');
    await page.locator('.mantine-Modal-title').click(); // closes the calendar
    await page.keyboard.press('Escape'); // the dialog
    await page.getByTestId('new-seminar-modal').waitFor({ state: 'hidden' });
    await switchLanguage(page, 'sv');
    await page.getByTestId('new-seminar').click();
    await page.getByTestId('seminar-title').fill('Laddinfrastruktur för flottan');
    await page.getByTestId('seminar-topic').fill('Hur depåladdning sänker driftkostnaden');
    await fillDateTime(page.getByTestId('seminar-start'), `${day}T09:00`);
    await expectStart(page, 'sv', day, '09:00');
    await page.locator('.mantine-Modal-title').click();
    await page.getByTestId('seminar-place').fill('Korsa, Malmö');
    await expectAccessible(page, 'the new seminar form');
    await page.getByTestId('seminar-sellers').click();
    await page.getByTestId('seminar-sellers').fill(other.name);
    await page.getByRole('option').filter({ hasText: other.name }).first().click();
    await page.keyboard.press('Escape');
    await page.getByTestId('seminar-submit').click();
    await page.getByTestId('seminar-page').waitFor();
    const seminarId = new URL(page.url()).pathname.split('/').pop()!;

    await page.getByTestId('invite-account').fill(withEmail.accountName.slice(0, 12));
    await page.getByTestId('invite-account-options').getByRole('option').filter({ hasText: withEmail.accountName }).first().click();
    await page.getByTestId('invite-submit').click();
    await page.getByTestId('invitee-row').first().waitFor();
    const invited = await get<SeminarView>(`/api/seminars/${seminarId}`);
    expect(invited.invitees.length).toBeGreaterThan(0);
    expect(new Set(invited.invitees.map((i) => i.account.id))).toEqual(new Set([withEmail.accountId]));
    expect(invited.salesGroups.map((g) => g.id).sort()).toEqual([me.salesGroup.id, other.salesGroupId].sort());

    // the registration list: the customer's address (in capitals, as exports have it) and a walk-in
    await page.getByTestId('import-list').fill(`Namn;E-post\n${withEmail.email!.toUpperCase()}\nwalk-in@example.com`);
    await page.getByTestId('import-attended').click();
    await page.getByTestId('import-result').waitFor();
    await expect.poll(() => page.locator('[data-testid=invitee-row][data-status=attended]').count(), waitFor).toBe(1);

    await page.getByTestId('give-follow-ups').click();
    await page.getByTestId('follow-up').first().waitFor();
    const given = await get<SeminarView>(`/api/seminars/${seminarId}`);
    expect(given.followUps.length).toBeGreaterThan(0);
    expect(given.followUps.length).toBeLessThanOrEqual(2);
    const groupByName = new Map(given.salesGroups.map((g) => [g.name, g.id]));
    for (const f of given.followUps) {
      // to a group taking part, for its seller at the seminar
      const groupId = groupByName.get(f.salesGroup);
      expect(groupId).toBeDefined();
      expect(f.owner).toBe(given.sellers.find((p) => p.salesGroupId === groupId)!.name);
    }
    expect(await page.getByTestId('follow-up').count()).toBe(given.followUps.length);
    await expectAccessible(page);
    await shot(page, 'rituals-seminar');

    // the other group's seller has the follow-up among their tasks and the seminar in their calendar feed
    const followUp = given.followUps.find((f) => f.salesGroup !== given.salesGroups.find((g) => g.id === me.salesGroup.id)!.name);
    if (followUp) {
      const theirs = await apiAs(server.base, other.email);
      const tasks = await theirs<{ items: { id: string }[] }>('/api/tasks?owner=me&pageSize=100');
      expect(tasks.items.map((x) => x.id)).toContain(followUp.taskId);
    }
    await page.goto(`${server.base}/cross-selling/visits`);
    await page.getByTestId('create-feed').click();
    const url = await page.getByTestId('feed-url').inputValue();
    const cal = new ICAL.Component(ICAL.parse(await (await fetch(`${server.base}${new URL(url).pathname}`)).text()));
    for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
    const event = new ICAL.Event(cal.getAllSubcomponents('vevent').find((e) => String(e.getFirstPropertyValue('uid')).includes(seminarId)));
    expect(event.summary).toContain('Laddinfrastruktur för flottan');
    expect(event.startDate.toString().slice(0, 16)).toBe(given.localStart);
    expect(event.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe(given.timeZone);
    await context.close();
  }, 180_000);

  it('an interview round records an insight per topic that becomes an opportunity (on a phone)', async () => {
    const { context, page } = await signedInPage(browser, server.base, sellerEmail);
    const get = await apiAs(server.base, sellerEmail);
    const contact = (
      await get<{ items: { id: string; accountId: string; accountName: string; firstName: string; lastName: string }[] }>(
        '/api/contacts?pageSize=100',
      )
    ).items[3]!;
    await page.goto(`${server.base}/cross-selling/interviews`);
    await page.getByTestId('interviews-page').waitFor();
    await expectAccessible(page);
    await page.getByTestId('new-interview').click();
    await page.getByTestId('interview-account').fill(contact.accountName.slice(0, 12));
    await page.getByTestId('interview-account-options').getByRole('option').filter({ hasText: contact.accountName }).first().click();
    await choose(page, 'interview-contact', `${contact.firstName} ${contact.lastName}`);
    await page.getByTestId('interview-topic-0').fill('Hur ni planerar kapaciteten');
    await page.getByTestId('interview-topic-1').fill('Energikostnader i lagret');
    await page.getByTestId('interview-topic-2').fill('Fordonsparken de kommande åren');
    await expectAccessible(page, 'the new interview round form');
    await page.getByTestId('interview-listeners').click();
    await page.getByTestId('interview-listeners').fill(other.name);
    await page.getByRole('option').filter({ hasText: other.name }).first().click();
    await page.keyboard.press('Escape');
    await page.getByTestId('interview-submit').click();
    await page.getByTestId('interview-page').waitFor();
    const roundId = new URL(page.url()).pathname.split('/').pop()!;
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.getByTestId('topic-panel').count()).toBe(3);

    const fleet = page.getByTestId('topic-panel').nth(2);
    await fleet.getByTestId('insight-text').fill('Bilarna står still varje natt: laddning i depån skulle löna sig');
    await fleet.getByTestId('insight-submit').click();
    await fleet.getByTestId('insight').waitFor();
    await fleet.getByTestId('insight-to-deal').click();
    await fleet.getByTestId('opportunity-name').fill('Depåladdning');
    await fleet.getByTestId('opportunity-value').fill('250000');
    await fillDate(fleet.getByTestId('opportunity-close'), new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10));
    await fleet.getByTestId('opportunity-submit').click();
    await fleet.getByTestId('insight-opportunity').waitFor();
    expect(await fleet.getByTestId('insight-opportunity').textContent()).toBe('Depåladdning');
    // a lesson for the whole industry: other customers of it get it on their account page
    const capacity = page.getByTestId('topic-panel').nth(0);
    await capacity.getByTestId('insight-text').fill('Kapaciteten planeras kvartalsvis: ett möte före varje kvartal ger affärer');
    await capacity.getByTestId('insight-industry').check();
    await capacity.getByTestId('insight-submit').click();
    await capacity.getByTestId('insight').waitFor();
    await expectAccessible(page, 'an interview round, on a phone');
    await shot(page, 'rituals-interview-phone');

    const round = await get<{ account: { id: string }; insights: { topic: number; opportunities: { id: string }[] }[] }>(
      `/api/interview-rounds/${roundId}`,
    );
    expect(round.insights.map((i) => i.topic).sort()).toEqual([0, 2]);
    const fromFleet = round.insights.find((i) => i.topic === 2)!;
    const deal = await get<{ accountId: string; name: string }>(`/api/opportunities/${fromFleet.opportunities[0]!.id}`);
    expect(deal).toMatchObject({ name: 'Depåladdning', accountId: contact.accountId });
    // the library finds it by a word of a topic
    expect((await get<{ id: string }[]>('/api/interview-rounds?q=fordonsparken')).map((r) => r.id)).toContain(roundId);

    const { account } = await get<{ account: { industry: string } }>(`/api/accounts/${contact.accountId}/overview`);
    const peers = await get<{ items: { id: string }[] }>(`/api/accounts?industry=${account.industry}&pageSize=5`);
    const peer = peers.items.find((a) => a.id !== contact.accountId)!;
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.base}/accounts/${peer.id}`);
    const lessons = page.getByTestId('account-lessons');
    await lessons.getByTestId('account-lesson').filter({ hasText: 'ett möte före varje kvartal' }).waitFor();
    expect(await lessons.getByRole('link', { name: contact.accountName }).count()).toBeGreaterThanOrEqual(1);
    await expectAccessible(page, 'an account page with lessons from another customer');
    await shot(page, 'rituals-account-lessons');
    await context.close();
  }, 180_000);
});
