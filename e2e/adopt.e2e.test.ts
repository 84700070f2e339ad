/**
 * Starting Korsa for real, in a browser (Debian's Chromium): a fresh database without the demo opens
 * the set-up page; the first admin sets the organisation up and lands in the app; they invite a
 * seller (no SMTP: the link is shown to hand over); the seller opens the link in their own browser,
 * chooses a password and is in; the link then refuses a second use; the seller signs in again and
 * changes the password. As the seller works — a call logged, a tip passed — their first steps tick on
 * the home page, and the admin's adoption page counts them (L6). Each new person's first visit to a main page
 * starts its tour once (stepped through or put away, it does not come back); the help menu opens it again and
 * shows what is new, which also opens by itself once after an upgrade.
 * One server, one browser. Needs the built web app (npm run build).
 */
import { sql } from 'drizzle-orm';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import { openPglite, type Database } from '../server/db/client';
import type { App } from '../server/platform/http';
import { apiSession, expectAccessible, hasChromium, launchBrowser, shot, waitFor, webDist } from './support';

if (!hasChromium) console.warn('[e2e] Skipping the adoption journey: no Chromium at /usr/bin/chromium (apt-get install -y chromium).');

const admin = { name: 'Ada Lind', email: 'ada@acme.example', password: 'ada chooses a long password' };
const seller = { name: 'Sam Berg', email: 'sam@acme.example', password: 'sam chooses his own password' };

/** The page's tour, once it has started by itself: the step's title, and the progress "n of m". */
const tourPopover = (page: Page) => page.getByTestId('tour-popover');
/** A tour that started by itself is put away with Esc, and is gone. */
async function dismissTour(page: Page) {
  await tourPopover(page).waitFor();
  await page.keyboard.press('Escape');
  await tourPopover(page).waitFor({ state: 'detached' });
}

describe.skipIf(!hasChromium)('adopting Korsa: set-up page and invitation (Chromium)', () => {
  let database: Database;
  let app: App;
  let base: string;
  let browser: Browser;
  let adminPage: Page;
  let sellerPage: Page;
  let link = '';

  beforeAll(async () => {
    database = await openPglite();
    await database.migrate();
    ({ app } = await buildApp({ database, config: loadConfig({}), webDist, logger: false }));
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.close();
  });

  const newPage = async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', colorScheme: 'light' });
    context.setDefaultTimeout(10_000);
    return context.newPage();
  };

  it('opens the set-up page on a fresh database, and sets the organisation up', async () => {
    adminPage = await newPage();
    const page = adminPage;
    await page.goto(`${base}/`);
    await page.waitForURL(`${base}/setup`);
    await page.getByTestId('setup-page').waitFor();
    // the first market is suggested from the browser's language; add a second and two sales groups
    await page.getByRole('textbox', { name: 'Organisation name' }).fill('Acme Nordic');
    await page.getByRole('button', { name: 'Add a market' }).click();
    await page.getByTestId('setup-market').nth(1).getByRole('textbox', { name: 'Country code' }).fill('NO');
    await expect
      .poll(() => page.getByTestId('setup-market').nth(1).getByRole('textbox', { name: 'Name' }).inputValue(), waitFor)
      .toBe('Norway');
    await page.getByTestId('setup-group').first().fill('Machines');
    await page.getByRole('button', { name: 'Add a sales group' }).click();
    await page.getByTestId('setup-group').nth(1).fill('Service');
    await page.getByRole('textbox', { name: 'Your name' }).fill(admin.name);
    await page.getByRole('textbox', { name: 'E-mail' }).fill(admin.email);
    // a short password is refused by the contract's schema before anything is sent
    await page.locator('input[name=password]').fill('short');
    await page.getByRole('button', { name: 'Set up Korsa' }).click();
    await expect.poll(() => page.getByText('Use at least 10 characters').count(), waitFor).toBeGreaterThan(1);
    await page.locator('input[name=password]').fill(admin.password);
    await expectAccessible(page);
    await shot(page, 'adopt-setup');
    await page.getByRole('button', { name: 'Set up Korsa' }).click();
    await page.waitForURL(`${base}/`);
    await page.getByTestId('home-page').waitFor();
    // the admin's first visit starts the home page's tour; they put it away
    await dismissTour(page);
    await expectAccessible(page);
    // the set-up is gone: its page sends a visitor to sign-in, and the API refuses it
    const again = await fetch(`${base}/api/setup`);
    expect(await again.json()).toEqual({ needed: false });
  }, 90_000);

  it('the admin invites a seller and, without SMTP, gets the link to hand over', async () => {
    const page = adminPage;
    await page.goto(`${base}/admin/users`);
    await page.getByTestId('invite-button').click();
    const addresses = page.getByRole('textbox', { name: 'E-mail addresses' });
    // a part that is not an address is named at the list, and nobody is invited
    await addresses.fill(`${seller.name} <${seller.email}>, per.holm@`);
    await page.getByRole('button', { name: 'Invite 1 person' }).click();
    await expect.poll(() => page.getByText('Not e-mail addresses: per.holm@').count(), waitFor).toBe(1);
    expect(await page.getByTestId('invite-result').count()).toBe(0);
    await addresses.fill(`${seller.name} <${seller.email}>`);
    expect(await page.getByText('Not e-mail addresses').count()).toBe(0);
    await page.getByTestId('invite-group').click();
    await page.getByRole('option').filter({ hasText: 'Machines' }).first().click();
    await page.getByRole('button', { name: 'Invite 1 person' }).click();
    const result = page.getByTestId('invite-result');
    await result.waitFor();
    link = (await result.getByTestId('invitation-link').innerText()).trim();
    expect(link).toMatch(/\/invitation#[\w-]{40,}$/);
    await expectAccessible(page, 'the invitation dialog');
    await shot(page, 'adopt-invited');
    await page.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => page.getByTestId('invitation-row').count(), waitFor).toBe(1);
    expect(await page.getByTestId('invitation-row').innerText()).toContain(seller.email);
    await expectAccessible(page);
  }, 90_000);

  it('the seller opens the link in their own browser, chooses a password and is signed in', async () => {
    const page = (sellerPage = await newPage());
    await page.goto(link.replace('http://localhost:3000', base));
    await page.getByTestId('link-page').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Welcome to Acme Nordic');
    expect(await page.getByRole('textbox', { name: 'Your name' }).inputValue()).toBe(seller.name);
    await page.locator('input[name=password]').fill(seller.password);
    await page.locator('input[name=confirm]').fill(seller.password);
    await expectAccessible(page, 'the invitation link page');
    await shot(page, 'adopt-accept');
    await page.getByRole('button', { name: 'Save and sign in' }).click();
    await page.waitForURL(`${base}/`);
    await page.getByTestId('home-page').waitFor();
    const me = await page.evaluate(async () => (await fetch('/api/me')).json() as Promise<{ user: { id: string; email: string; role: string } }>);
    expect(me.user).toEqual(expect.objectContaining({ email: seller.email, role: 'seller' }));

    // the new seller's first visit: the home page's tour, stepped through to its end
    const popover = tourPopover(page);
    await popover.waitFor();
    expect(await popover.locator('.driver-popover-title').innerText()).toBe('Your day');
    await expectAccessible(page, 'the home page’s tour');
    await shot(page, 'adopt-tour', false);
    const steps = Number((await popover.locator('.driver-popover-progress-text').innerText()).split(' of ')[1]);
    expect(steps).toBe(5);
    for (let step = 1; step < steps; step++) {
      await popover.getByRole('button', { name: 'Next' }).click();
      await expect.poll(() => popover.locator('.driver-popover-progress-text').innerText(), waitFor).toBe(`${step + 1} of ${steps}`);
    }
    expect(await popover.locator('.driver-popover-title').innerText()).toBe('Help is here');
    await popover.getByRole('button', { name: 'Done' }).click();
    await popover.waitFor({ state: 'detached' });
    const guidance = () =>
      page.evaluate(async (id) => (await fetch(`/api/users/${id}/guidance`)).json() as Promise<{ toursSeen: string[] }>, me.user.id);
    await expect.poll(async () => (await guidance()).toursSeen, waitFor).toEqual(['home']);
    // seen: a reload does not start it again
    await page.reload();
    await page.getByTestId('home-page').waitFor();
    await page.waitForTimeout(2_500);
    expect(await popover.count()).toBe(0);
    // the help menu opens it again
    await page.getByTestId('help-menu').click();
    await page.getByTestId('help-tour').click();
    await popover.waitFor();
    await page.keyboard.press('Escape');
    await popover.waitFor({ state: 'detached' });

    // what is new: from the help menu, and by itself once after an upgrade (the seller last read an older release)
    await page.getByTestId('help-menu').click();
    await page.getByTestId('help-whats-new').click();
    const news = page.getByRole('dialog', { name: 'What’s new in Korsa' });
    await news.waitFor();
    await expectAccessible(page, 'what’s new');
    await page.getByTestId('whats-new-ok').click();
    await news.waitFor({ state: 'detached' });
    await database.db.execute(sql`update user_guidance set release_seen = '0.0.0' where user_id = ${me.user.id}`);
    await page.reload();
    await news.waitFor();
    expect(await news.getByTestId('release-0.1.0').count()).toBe(1);
    await shot(page, 'adopt-whats-new', false);
    await page.getByTestId('whats-new-ok').click();
    await news.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByTestId('home-page').waitFor();
    await page.waitForTimeout(1_500);
    expect(await news.count()).toBe(0);

    // the link has done its work: a second use gets a clear page, not an error
    await page.goto(link.replace('http://localhost:3000', base));
    await page.getByTestId('link-invalid').waitFor();
    expect(await page.getByTestId('link-invalid-reason').getAttribute('data-reason')).toBe('used');
    await expectAccessible(page, 'a used link');
    await shot(page, 'adopt-link-used');

    // signed out, the seller signs in with the password they chose
    await page.goto(`${base}/`);
    await page.getByTestId('user-menu').click();
    await page.getByTestId('sign-out').click();
    await page.waitForURL(/\/sign-in/);
    expect(await page.getByTestId('demo-hint').count()).toBe(0);
    await expectAccessible(page);
    await page.locator('input[name=email]').fill(seller.email);
    await page.locator('input[name=password]').fill(seller.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${base}/`);
    await page.getByTestId('home-page').waitFor();

    // the seller changes the password under "Your account": the current one first
    await page.getByTestId('user-menu').click();
    await page.getByTestId('account-link').click();
    await page.locator('input[name=current-password]').fill('not the password');
    await page.locator('input[name=new-password]').fill('an even longer password');
    await page.locator('input[name=confirm-password]').fill('an even longer password');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('That is not your current password').waitFor();
    await page.locator('input[name=current-password]').fill(seller.password);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your password was changed').waitFor();
    await expectAccessible(page);

    // and the admin's list of invitations is empty again
    await adminPage.reload();
    await adminPage.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => adminPage.getByTestId('invitation-row').count(), waitFor).toBe(0);
  }, 180_000);

  it('ticks the new seller’s first steps as they work, and the admin’s adoption page counts them', async () => {
    // the admin imports the Service group's product (an admin's own first step); the seller adds a customer
    const asAdmin = await apiSession(base, admin.email, admin.password);
    const run = await asAdmin.postText<{ id: string }>(
      '/api/imports?entity=products&fileName=products.csv',
      'Name,Family,Sales group\nService Agreement,Service,Service\n',
    );
    await expect
      .poll(async () => (await asAdmin.get<{ status: string; createdRows: number }>(`/api/imports/${run.id}`)).status, waitFor)
      .toBe('succeeded');
    const asSeller = await apiSession(base, seller.email, 'an even longer password');
    const [market] = await asSeller.get<{ id: string }[]>('/api/markets');
    const account = await asSeller.post<{ id: string }>('/api/accounts', { name: 'Nordkap Verkstad AB', marketId: market!.id });

    const page = sellerPage;
    await page.goto(`${base}/`);
    const card = page.getByTestId('first-steps');
    await card.waitFor();
    expect(await card.getAttribute('data-done')).toBe('0');
    expect(await page.getByTestId('first-step').count()).toBe(3);
    await expectAccessible(page, 'a new seller’s first steps');
    await shot(page, 'adopt-first-steps');

    // a call, logged with the quick log on the customer's page
    await page.goto(`${base}/accounts/${account.id}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await dismissTour(page); // the account page's tour, on the first visit
    await page.keyboard.press('l');
    await page.getByTestId('quick-log-subject').waitFor();
    await expect.poll(() => page.getByTestId('quick-log-account').inputValue(), waitFor).toBe('Nordkap Verkstad AB');
    await page.getByTestId('quick-log-subject').fill('Called the workshop manager');
    await page.getByTestId('quick-log-save').click();
    await page.getByTestId('quick-log-saved').waitFor();
    // a tip to the other sales group
    await page.getByTestId('account-pass-tip').click();
    await page.getByTestId('new-handoff-page').waitFor();
    await dismissTour(page); // the tip form's tour
    await page.getByTestId('handoff-group').click();
    await page.getByRole('option').filter({ hasText: 'Service' }).first().click();
    await page.getByTestId('handoff-products').click();
    await page.getByRole('option').filter({ hasText: 'Service Agreement' }).first().click();
    await page.keyboard.press('Escape');
    await page.getByTestId('handoff-note').fill('Their machines are due for service in the spring.');
    await page.getByTestId('handoff-submit').click();
    await page.getByTestId('handoff-page').waitFor();
    // both tours were put away at once (before their first step had finished appearing), and both count as seen
    const me = await asSeller.get<{ user: { id: string } }>('/api/me');
    await expect
      .poll(async () => (await asSeller.get<{ toursSeen: string[] }>(`/api/users/${me.user.id}/guidance`)).toursSeen.toSorted(), waitFor)
      .toEqual(['account', 'handoff', 'home']);

    await page.goto(`${base}/`);
    await expect.poll(() => card.getAttribute('data-done'), waitFor).toBe('2');
    const done = await page
      .locator('[data-testid=first-step][data-done=true]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-key')));
    expect(done).toEqual(['log_call', 'pass_tip']);
    await expectAccessible(page, 'first steps, two done');
    await shot(page, 'adopt-first-steps-done');

    // the admin's adoption page: the steps taken, the seller's row, the week's active people
    await adminPage.goto(`${base}/admin/adoption`);
    const steps = adminPage.getByTestId('adoption-first-steps');
    await steps.waitFor();
    expect(await steps.locator('[data-key=log_call]').getAttribute('data-done')).toBe('1');
    expect(await steps.locator('[data-key=pass_tip]').getAttribute('data-done')).toBe('1');
    expect(await steps.locator('[data-key=import_data]').getAttribute('data-done')).toBe('1');
    const row = adminPage.getByTestId('adoption-people').locator('tr', { hasText: seller.name });
    expect(await row.getByTestId('adoption-person-steps').innerText()).toBe('2 / 3');
    await expectAccessible(adminPage, 'the adoption page');
    await shot(adminPage, 'adopt-adoption');

    // the seller puts the list away, and can bring it back
    await page.getByTestId('first-steps-dismiss').click();
    await page.getByTestId('first-steps-show').waitFor();
    expect(await card.count()).toBe(0);
    await page.getByTestId('first-steps-show').click();
    await card.waitFor();
  }, 180_000);
});
