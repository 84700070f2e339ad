/**
 * Account plans and retention in a real browser (issue 20). The demo seller works in Swedish, the
 * admin in English, so both languages are seen.
 * - Retention (J2): the seller declares a passive customer lost — the churn reason is required — and
 *   it shows up in the win-back list, where one click opens an opportunity classified as win-back;
 *   the account page shows the customer's health with its reasons; the churn report adds it up.
 * - Account plans (H1): the seller writes a plan with a stakeholder map and an action, which appears
 *   on their task list; a leader sees important accounts without a plan; a global account's plan rolls
 *   up its subsidiaries — each market's part of pipeline and volume, and the group's product matrix.
 * - International accounts (H2): the global owner sets who covers a group's subsidiaries; a seller from
 *   another market is told who covers the subsidiary when opening an opportunity there, and the coverer
 *   is notified.
 * - One-to-ones (I1): the leader sees who is due, holds the seller's one-to-one from the agenda Korsa
 *   prepared, and records an action that lands on the seller's list and comes back on the next agenda.
 * Needs the built web app (web/dist).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiAs,
  apiSession,
  expectAccessible,
  fillDate,
  hasChromium,
  launchBrowser,
  shot,
  signedInPage,
  startServer,
  waitFor,
  type Server,
} from './support';

if (!hasChromium) console.warn('[e2e] Skipping the plans journey: no Chromium at /usr/bin/chromium.');

const seller = 'seller@nordlys.example';
const admin = 'admin@nordlys.example';
const leader = 'leader@nordlys.example';
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe.skipIf(!hasChromium)('account plans and retention (Chromium)', () => {
  let server: Server;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let passive: { id: string; name: string };
  let customer: { id: string; name: string };
  let sellerUser: { id: string; name: string };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const get = await apiAs(server.base, seller);
    const me = await get<{ user: { id: string; name: string } }>('/api/me');
    sellerUser = me.user;
    passive = (await get<{ items: { id: string; name: string }[] }>(`/api/accounts?ownerId=${me.user.id}&status=passive&pageSize=1`))
      .items[0]!;
    customer = (await get<{ items: { id: string; name: string }[] }>(`/api/accounts?ownerId=${me.user.id}&status=customer&pageSize=1`))
      .items[0]!;
    ({ context, page } = await signedInPage(browser, server.base, seller));
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  }, 90_000);

  it('requires a churn reason to mark a customer lost, and shows its health with reasons (Swedish)', async () => {
    expect(passive, 'the demo seller has a passive customer').toBeTruthy();
    await page.goto(`${server.base}/accounts/${passive.id}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const health = page.getByTestId('account-health');
    await health.waitFor({ timeout: 30_000 }); // the score reads several facts; the shared machine is slow
    expect(Number(await health.getAttribute('data-score'))).toBeGreaterThanOrEqual(0);
    expect(await health.getByTestId('health-reasons').locator('li').count()).toBeGreaterThan(0);
    await shot(page, 'retention-account-health-sv');

    await page.getByTestId('account-mark-lost').click();
    await page.getByTestId('mark-lost-submit').click();
    await page.getByText('Välj varför kunden lämnade').waitFor();
    await page.getByTestId('churn-reason').click();
    await page.getByRole('option', { name: 'Gick till en konkurrent' }).click();
    await page.getByLabel('Med egna ord (valfritt)').fill('Flyttade vagnparken till en konkurrent efter upphandlingen');
    await shot(page, 'retention-mark-lost-sv', false);
    await page.getByTestId('mark-lost-submit').click();
    await page.getByText(`${passive.name} är markerad som förlorad`).waitFor();
  }, 90_000);

  it('lists the lost customer to win back, and starts the win-back in one click', async () => {
    await page.goto(`${server.base}/retention?status=lost`);
    const row = page.getByTestId('win-back-row').filter({ hasText: passive.name });
    await row.waitFor();
    expect(await row.innerText()).toContain('Gick till en konkurrent');
    await expectAccessible(page);
    await shot(page, 'retention-win-back-sv');
    await row.getByTestId('win-back-start').click();
    await page.waitForURL(/\/pipeline\/[0-9a-f-]{36}$/);
    await expect
      .poll(() => page.getByTestId('opportunity-channel').locator('[data-channel]').getAttribute('data-channel'), waitFor)
      .toBe('win_back');
    await page.goto(`${server.base}/retention?status=lost`);
    await page.getByTestId('win-back-row').filter({ hasText: passive.name }).getByTestId('win-back-open').waitFor();
  }, 90_000);

  it('adds the loss up in the churn report by reason (English, as the admin)', async () => {
    const { context: c, page: p } = await signedInPage(browser, server.base, admin);
    try {
      await p.goto(`${server.base}/retention?tab=churn&years=1`);
      const byReason = p.getByTestId('churn-by-reason');
      await byReason.waitFor();
      expect(await byReason.innerText()).toContain('Went to a competitor');
      await expectAccessible(p);
      await shot(p, 'retention-churn-en');
      await p.goto(`${server.base}/retention`);
      await p.getByTestId('win-back-list').waitFor();
      await shot(p, 'retention-win-back-en');
    } finally {
      await c.close();
    }
  }, 90_000);

  it('writes an account plan with a stakeholder map and an action that lands on the task list', async () => {
    await page.goto(`${server.base}/accounts/${customer.id}`);
    await page.getByTestId('account-plan-link').click();
    await page.getByTestId('account-plan-page').waitFor();
    await page.getByTestId('plan-goals').fill('Växa inom vagnparken och behålla ekonomichefen');
    for (let i = 0; i < 2; i++) {
      await page.getByTestId('stakeholder-add').click();
      await page.getByRole('option').first().click();
      await page.getByTestId('stakeholder-add-button').click();
    }
    await expect.poll(() => page.getByTestId('stakeholder-row').count(), waitFor).toBe(2);
    await fillDate(page.getByTestId('plan-review-on'), inDays(60));
    await page.getByTestId('plan-save').click();
    await page.getByTestId('plan-health').waitFor();
    expect(await page.getByTestId('stakeholder-map').locator('[data-testid="map-person"]').count()).toBe(2);

    const title = `Boka möte med ekonomichefen ${Date.now() % 10_000}`;
    await page.getByTestId('plan-action-title').fill(title);
    await fillDate(page.getByTestId('plan-action-due'), inDays(3));
    await page.getByTestId('plan-action-add').click();
    await page.getByTestId('plan-action').filter({ hasText: title }).waitFor();
    await expectAccessible(page);
    await shot(page, 'plans-account-plan-sv');

    await page.goto(`${server.base}/`);
    await page.getByTestId('day-tasks').getByTestId('task-row').filter({ hasText: title }).waitFor();
  }, 90_000);

  it('shows the plan in English (as the admin)', async () => {
    const { context: c, page: p } = await signedInPage(browser, server.base, admin);
    try {
      await p.goto(`${server.base}/accounts/${customer.id}/plan`);
      await p.getByTestId('stakeholder-map').waitFor();
      expect(await p.getByTestId('plan-health').innerText()).toMatch(/on track|needs attention|outdated/i);
      await shot(p, 'plans-account-plan-en');
    } finally {
      await c.close();
    }
  }, 90_000);

  it('rolls a global account’s plan up over its subsidiaries: each market’s part and the group’s matrix', async () => {
    const get = await apiAs(server.base, seller);
    const group = (await get<{ items: { id: string; name: string }[] }>('/api/accounts?isGlobal=true&pageSize=1&sort=name')).items[0]!;
    await page.goto(`${server.base}/accounts/${group.id}/plan`);
    const rollup = page.getByTestId('plan-rollup');
    await rollup.waitFor({ timeout: 30_000 });
    // subsidiaries in several markets: a part per market, the group's total, and the chart
    expect(await rollup.getByTestId('rollup-market').count()).toBeGreaterThanOrEqual(2);
    expect(await rollup.getByTestId('rollup-total').innerText()).toContain('Hela koncernen');
    await rollup.locator('.recharts-surface').first().waitFor();
    await page.getByTestId('plan-rollup-matrix').waitFor();
    await expectAccessible(page);
    await shot(page, 'plans-group-rollup-sv');
  }, 90_000);

  it('shows a leader the important accounts without a current plan', async () => {
    const { context: c, page: p } = await signedInPage(browser, server.base, leader);
    try {
      await p.goto(`${server.base}/account-plans`);
      await p.getByTestId('plan-coverage').waitFor();
      expect(await p.getByTestId('coverage-row').count()).toBeGreaterThan(0);
      await expectAccessible(p);
      await shot(p, 'plans-coverage-sv');
    } finally {
      await c.close();
    }
  }, 90_000);

  it('a leader holds a one-to-one from the prepared agenda; its action comes back next time', async () => {
    const { context: c, page: p } = await signedInPage(browser, server.base, leader);
    const action = `Ring tillbaka de tysta affärerna ${Date.now() % 10_000}`;
    try {
      await p.goto(`${server.base}/one-to-ones`);
      const row = p.getByTestId('one-to-one-row').filter({ hasText: sellerUser.name });
      await row.waitFor();
      await expectAccessible(p);
      await shot(p, 'one-to-ones-team-sv');

      await row.getByRole('link', { name: sellerUser.name }).click();
      const agenda = p.getByTestId('one-to-one-agenda');
      await agenda.waitFor();
      // prepared from the seller's data: their deals needing a decision, targets and activity
      expect(await agenda.locator('[data-topic="deals_attention"]').count()).toBe(1);
      expect(await agenda.locator('[data-topic="activity"]').count()).toBe(1);
      await expectAccessible(p);

      await p.getByTestId('one-to-one-notes').fill('Gick igenom de tysta affärerna; öva behovsanalys inför nästa kundmöte.');
      await p.getByTestId('rating-needs_discovery').click();
      await p.getByRole('option', { name: '2', exact: true }).click();
      await p.getByTestId('hold-action-title').fill(action);
      await fillDate(p.getByTestId('hold-action-due'), inDays(5));
      await p.getByTestId('hold-action-add').click();
      await p.getByTestId('hold-action').filter({ hasText: action }).waitFor();
      await p.getByTestId('one-to-one-save').click();
      await p.getByTestId('one-to-one-held').filter({ hasText: action }).waitFor();
      await shot(p, 'one-to-ones-held-sv');

      // the next agenda opens with the action until it is done
      await p.reload();
      const open = p.getByTestId('agenda-topic').first();
      await open.waitFor();
      expect(await open.getAttribute('data-topic')).toBe('open_actions');
      await open.getByTestId('agenda-open-action').filter({ hasText: action }).waitFor();
      await expectAccessible(p);
      await shot(p, 'one-to-ones-next-agenda-sv');
    } finally {
      await c.close();
    }

    // the seller has it on their list, and sees their own one-to-ones without the leader's form
    await page.goto(`${server.base}/`);
    await page.getByTestId('day-tasks').getByTestId('task-row').filter({ hasText: action }).waitFor();
    await page.goto(`${server.base}/one-to-ones`);
    await page.getByTestId('seller-one-to-ones-page').waitFor();
    await page.getByTestId('one-to-one-held').filter({ hasText: action }).waitFor();
    expect(await page.getByTestId('one-to-one-hold').count()).toBe(0);
    await expectAccessible(page);
  }, 180_000);

  it('tells a seller from another market who covers a subsidiary, and notifies the coverer of their opportunity', async () => {
    const adminApi = await apiSession(server.base, admin);
    const leaderId = (await adminApi.get<{ items: { id: string }[] }>('/api/users?q=leader%40nordlys.example&pageSize=1')).items[0]!.id;
    const sellers = (
      await adminApi.get<{ items: { id: string; email: string; marketId: string | null; name: string }[] }>('/api/users?role=seller&pageSize=100')
    ).items;
    const mine = sellers.find((u) => u.id === sellerUser.id)!;
    const other = sellers.find((u) => u.marketId !== mine.marketId)!;
    const group = await adminApi.post<{ id: string }>('/api/accounts', { name: 'Fjällvik Group', isGlobal: true, globalOwnerId: leaderId, marketId: mine.marketId });
    const sub = await adminApi.post<{ id: string; name: string }>('/api/accounts', {
      name: 'Fjällvik Sverige AB',
      parentId: group.id,
      marketId: mine.marketId,
      ownerId: mine.id,
    });
    await adminApi.post('/api/contacts', { accountId: sub.id, firstName: 'Greta', lastName: 'Fjällström' });

    // the global owner says who covers the group's subsidiaries in the seller's market
    const { context: lc, page: lp } = await signedInPage(browser, server.base, leader);
    try {
      await lp.goto(`${server.base}/accounts/${group.id}`);
      await lp.getByTestId('coverage-group-link').click();
      await lp.getByTestId('coverage-rules').waitFor();
      await lp.getByTestId('coverage-rule-add').click();
      await lp.getByTestId('coverage-rule-market').click();
      await lp.getByRole('option').first().waitFor();
      const marketName = (await adminApi.get<{ id: string; name: string }[]>('/api/markets')).find((m) => m.id === mine.marketId)!.name;
      await lp.getByRole('option', { name: marketName, exact: true }).click();
      await lp.getByTestId('coverage-rule-seller').click();
      await lp.getByRole('option', { name: sellerUser.name, exact: true }).click();
      await lp.getByTestId('coverage-rules-save').click();
      await expect.poll(async () => (await adminApi.get<{ rules: unknown[] }>(`/api/accounts/${sub.id}/coverage`)).rules.length, waitFor).toBe(1);
      await expectAccessible(lp);
      await shot(lp, 'coverage-rules-sv');
    } finally {
      await lc.close();
    }

    // a seller of another market opens an opportunity there: told who covers it first
    const { context: oc, page: op } = await signedInPage(browser, server.base, other.email);
    const name = `Laddning Fjällvik ${Date.now() % 10_000}`;
    try {
      await op.goto(`${server.base}/accounts/${sub.id}`);
      await op.getByTestId('coverage-outside').waitFor();
      expect(await op.getByTestId('coverage-outside').innerText()).toContain(sellerUser.name);
      await op.getByTestId('account-new-opportunity').click();
      await op.getByTestId('new-opportunity-page').waitFor();
      await op.getByTestId('coverage-outside').waitFor();
      await op.getByTestId('new-opportunity-name').fill(name);
      await op.getByTestId('new-opportunity-value').fill('90000');
      await op.getByTestId('new-opportunity-contact').click();
      await op.getByRole('option').first().click();
      await expectAccessible(op);
      await shot(op, 'coverage-outside-new-opportunity', false);
      await op.getByTestId('new-opportunity-submit').click();
      await op.getByTestId('opportunity-page').waitFor();
    } finally {
      await oc.close();
    }

    // the coverer hears of it in the bell
    await page.goto(`${server.base}/accounts/${sub.id}`);
    await page.getByTestId('coverage-covered').waitFor();
    await page.getByTestId('notification-bell').click();
    const notice = page.locator('[data-kind="coverage.outside_opportunity"]').first();
    await notice.waitFor();
    expect(await notice.innerText()).toContain(sub.name);
    await shot(page, 'coverage-coverer-notified-sv', false);
    await page.keyboard.press('Escape');
  }, 240_000);
});
