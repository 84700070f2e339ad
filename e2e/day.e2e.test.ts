/**
 * The day journey in a real browser (issue 14): a seller logs a call from the quick log with
 * "follow up in 3 days"; the task appears on the home page; when its day comes, its reminder is in
 * the bell; it is ticked done in one click. On the account's page, a task added from its Tasks panel
 * shows there with its day and owner, and leaves the panel when ticked done. Needs the built web app (web/dist).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remindTasks } from '../server/modules/tasks/service';
import {
  apiAs,
  apiSession,
  expectAccessible,
  hasChromium,
  launchBrowser,
  shot,
  signedInPage,
  startServer,
  waitFor,
  type Server,
} from './support';

if (!hasChromium) console.warn('[e2e] Skipping the day journey: no Chromium at /usr/bin/chromium.');

const seller = 'seller@nordlys.example';

describe.skipIf(!hasChromium)('the day journey (Chromium)', () => {
  let server: Server;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let account: { id: string; name: string };
  const subject = `Called about the fleet ${Date.now() % 10_000}`;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const get = await apiAs(server.base, seller);
    const me = await get<{ user: { id: string } }>('/api/me');
    const owned = await get<{ items: { id: string; name: string }[] }>(`/api/accounts?ownerId=${me.user.id}&pageSize=5`);
    account = owned.items[0] ?? (await get<{ items: { id: string; name: string }[] }>('/api/accounts?pageSize=1')).items[0]!;
    ({ context, page } = await signedInPage(browser, server.base, seller));
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it('creates a follow-up task from the quick log, and the home page shows it', async () => {
    await page.goto(`${server.base}/accounts/${account.id}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('l');
    await page.getByTestId('quick-log-subject').waitFor();
    await expect.poll(() => page.getByTestId('quick-log-account').inputValue(), waitFor).toBe(account.name);
    await page.getByTestId('quick-log-subject').fill(subject);
    await page.getByTestId('quick-log-follow-up').click();
    await page.getByRole('option').nth(2).click(); // in 3 days
    await page.getByTestId('quick-log-save').click();
    await page.getByTestId('quick-log-saved').waitFor();

    await page.goto(`${server.base}/`);
    const tasks = page.getByTestId('day-tasks');
    const row = tasks.getByTestId('task-row').filter({ hasText: subject });
    await row.waitFor();
    expect(await row.getAttribute('data-state')).toBe('upcoming');
    expect(await row.innerText()).toContain(account.name);
    await expectAccessible(page, 'the home page (a seller’s day)');
    await shot(page, 'home-day-seller');
  });

  it('rings the reminder in the bell when the day comes, and ticks the task done in one click', async () => {
    const in3days = new Date(Date.now() + 3 * 86_400_000 + 12 * 3_600_000);
    expect(await remindTasks({ ...server.ctx, clock: { now: () => in3days } })).toBeGreaterThanOrEqual(1);
    await page.reload();
    await page.getByTestId('notification-bell').click();
    const reminder = page.getByTestId('notification-menu').locator('[data-kind="tasks.due"]').filter({ hasText: subject });
    await reminder.waitFor();
    expect(await reminder.innerText()).toContain(account.name);
    await shot(page, 'home-day-reminder', false);
    await page.keyboard.press('Escape');

    const row = page.getByTestId('day-tasks').getByTestId('task-row').filter({ hasText: subject });
    await row.getByTestId('task-done').click();
    await expect.poll(() => row.count(), waitFor).toBe(0);
  });

  it('adds a task from the account’s Tasks panel, shows it there, and ticks it out of the list', async () => {
    const get = await apiAs(server.base, seller);
    const me = await get<{ user: { name: string } }>('/api/me');
    const title = `Send the fleet offer ${Date.now() % 10_000}`;
    await page.goto(`${server.base}/accounts/${account.id}`);
    const panel = page.getByTestId('record-tasks');
    await panel.waitFor();
    await panel.getByTestId('record-tasks-add').click();
    await page.getByTestId('new-task-title').fill(title);
    await expect.poll(() => page.getByTestId('new-task-account').inputValue(), waitFor).toBe(account.name);
    await page.getByTestId('new-task-save').click();
    await page.getByTestId('new-task').waitFor({ state: 'detached' });

    const row = panel.getByTestId('task-row').filter({ hasText: title });
    await row.waitFor();
    expect(await row.getAttribute('data-state')).toBe('upcoming'); // due tomorrow, the dialog's default
    expect(await row.innerText()).toContain(me.user.name);
    await expectAccessible(page);
    await shot(page, 'account-tasks-panel');

    await row.getByTestId('task-done').click();
    await expect.poll(() => row.count(), waitFor).toBe(0);
    const open = await get<{ items: { title: string }[] }>(`/api/tasks?owner=any&accountId=${account.id}&pageSize=200`);
    expect(open.items.map((x) => x.title)).not.toContain(title);
  }, 90_000);

  it('finds an opportunity with the palette, and starts the next search empty after Esc', async () => {
    const get = await apiAs(server.base, seller);
    const deal = (await get<{ items: { id: string; name: string }[] }>('/api/opportunities?pageSize=1')).items[0]!;
    await page.keyboard.press('Control+K');
    const search = page.getByTestId('palette-search');
    await search.waitFor();
    await page.keyboard.type(deal.name);
    await page.getByRole('button', { name: deal.name }).first().waitFor();
    await page.keyboard.press('Escape');
    await search.waitFor({ state: 'hidden' });
    await page.keyboard.press('Control+K');
    await search.waitFor();
    await expect.poll(() => search.inputValue(), waitFor).toBe('');
    await page.keyboard.type('Malmo');
    await expect.poll(() => search.inputValue(), waitFor).toBe('Malmo');
    await page.keyboard.press('Escape');
  });

  it('mentions a colleague in a comment on a deal, and the colleague is notified', async () => {
    const leaderGet = await apiAs(server.base, 'leader@nordlys.example');
    const leaderName = (await leaderGet<{ user: { name: string } }>('/api/me')).user.name;
    const get = await apiAs(server.base, seller);
    const deal = (await get<{ items: { id: string; name: string }[] }>('/api/opportunities?pageSize=1')).items[0]!;
    await page.goto(`${server.base}/pipeline/${deal.id}`);
    const box = page.getByTestId('comment-body');
    await box.waitFor();
    await box.click();
    await page.keyboard.type(`Can you join the meeting, @${leaderName.split(' ')[0]!.slice(0, 3)}`);
    await page.getByTestId('mention-option').filter({ hasText: leaderName }).first().click();
    await page.keyboard.type('?');
    expect(await box.inputValue()).toContain(`@${leaderName}`);
    await page.getByTestId('comment-send').click();
    await page.getByTestId('comment').filter({ hasText: 'Can you join the meeting' }).waitFor();

    const leader = await signedInPage(browser, server.base, 'leader@nordlys.example');
    try {
      await leader.page.getByTestId('notification-bell').click();
      const mention = leader.page.getByTestId('notification-menu').locator('[data-kind="comments.mention"]');
      await mention.first().waitFor();
      await mention.first().click();
      await leader.page.waitForURL(`${server.base}/pipeline/${deal.id}`);
      await leader.page.getByTestId('comment').filter({ hasText: 'Can you join the meeting' }).waitFor();
    } finally {
      await leader.context.close();
    }
  });

  it('accepts a lead handed to the seller from the leads inbox', async () => {
    const marketing = await apiSession(server.base, 'marketing@nordlys.example');
    const me = await (await apiAs(server.base, seller))<{ user: { id: string }; salesGroup: { id: string } }>('/api/me');
    const leads = await marketing.get<{ items: { id: string; name: string; status: string }[] }>('/api/leads?status=qualified&pageSize=50');
    const lead = leads.items.find((l) => l.status === 'qualified')!;
    expect(lead).toBeDefined();
    await marketing.post(`/api/leads/${lead.id}/move`, { status: 'handed_to_sales', salesGroupId: me.salesGroup.id, assignedUserId: me.user.id });

    await page.goto(`${server.base}/leads`);
    await page.getByTestId('leads-tab-inbox').click();
    const row = page.getByTestId('lead-row').filter({ hasText: lead.name });
    await row.waitFor();
    await expectAccessible(page, 'the leads inbox');
    await row.getByRole('link', { name: lead.name }).click();
    await page.getByTestId('lead-move-accepted').click();
    if (await page.getByTestId('lead-move-modal').isVisible()) await page.getByTestId('lead-move-submit').click();
    await page.getByTestId('lead-convert').waitFor();
    await expect.poll(() => page.getByTestId('lead-history').innerText(), waitFor).toContain('Accepterat');
    await expectAccessible(page, 'an accepted lead');
  });

  it('creates an API key, sees its secret once, and revokes it', async () => {
    const name = `Kalkylarket ${Date.now() % 10_000}`;
    await page.goto(`${server.base}/settings/api-keys`);
    await page.getByTestId('api-key-create').first().click();
    await page.getByTestId('api-key-name').fill(name);
    await expectAccessible(page, 'the new API key form');
    await page.getByTestId('api-key-name').press('Enter');
    await expect.poll(() => page.getByTestId('new-api-key').innerText(), waitFor).toMatch(/^korsa_/);
    await expectAccessible(page, 'the new API key, shown once');
    await page.getByTestId('api-key-done').click();
    const row = page.getByTestId('api-key-row').filter({ hasText: name });
    await row.waitFor();
    // the dialog has finished closing: axe would otherwise read its fading "create" button as 1:1
    await expect.poll(() => page.locator('.mantine-Modal-content').count(), waitFor).toBe(0);
    await expectAccessible(page, 'the API keys');
    await row.getByTestId('api-key-revoke').click();
    await page.getByTestId('api-key-revoke-confirm').click();
    await row.waitFor({ state: 'detached' });
  });
});
