/**
 * Targets and the management overview in a real browser: a sales leader sets a seller's targets per
 * channel in the grid (typing and pasting a block from a spreadsheet) and saves; the seller wins a
 * three-year upsell deal; the overview filtered to that seller shows its annual value in the upsell
 * channel against the target — and the leader's overview, open all along in another browser context,
 * updates live without a reload. Needs the built web app (web/dist).
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiSession,
  expectAccessible,
  hasChromium,
  launchBrowser,
  shot,
  signedInPage,
  startServer,
  switchLanguage,
  waitFor,
  type Server,
} from './support';

if (!hasChromium) console.warn('[e2e] Skipping the targets and overview journey: no Chromium at /usr/bin/chromium.');

const leaderEmail = 'leader@nordlys.example';
const sellerEmail = 'seller@nordlys.example';
const year = new Date().getFullYear();
/** 36 months at 10,000 a month: 120,000 counts in each of three years, the first this year. */
const monthly = 10_000;
const annual = 12 * monthly;
const live = { timeout: 20_000, interval: 200 };

interface Me {
  user: { id: string; name: string };
  salesGroup: { id: string } | null;
  leads: { salesGroupIds: string[] };
}
interface Grid {
  sellers: { userId: string; targets: Record<string, number | undefined>; editable: boolean }[];
  company: Record<string, number | undefined>;
}

/** What a spreadsheet puts on the clipboard, pasted at a cell. */
async function pasteAt(cell: Locator, text: string) {
  await cell.click();
  await cell.evaluate((el, t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

const number = async (locator: Locator, attribute: string) => Number(await locator.getAttribute(attribute));

/** A screenshot from the top of the page (a scrolled page would show the fixed header mid-page). */
async function snap(page: Page, name: string, fullPage = true) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, name, fullPage);
}

/** On a phone: the top of the page, and the part around a section. */
async function phoneShots(page: Page, name: string, section: string) {
  // a phone never scrolls sideways: wide grids scroll inside their own box
  await expect.poll(() => page.evaluate('document.documentElement.scrollWidth'), waitFor).toBeLessThanOrEqual(375);
  await snap(page, name, false);
  await page.getByTestId(section).scrollIntoViewIfNeeded();
  await shot(page, `${name}-${section}`, false);
}

describe.skipIf(!hasChromium)('targets and overview journey (Chromium)', () => {
  let server: Server;
  let browser: Browser;
  let leader: { context: BrowserContext; page: Page };
  let sellerSession: { context: BrowserContext; page: Page };
  let seller: Me;
  let overviewPage: Page;
  let opportunity: { id: string; accountId: string; channel: string | null };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    // a seller the leader leads: the demo's seller is in the leader's sales group
    const asLeader = await apiSession(server.base, leaderEmail);
    const leaderMe = await asLeader.get<Me>('/api/me');
    seller = await (await apiSession(server.base, sellerEmail)).get<Me>('/api/me');
    expect(leaderMe.leads.salesGroupIds).toContain(seller.salesGroup?.id);
    // signing in can be slow on a busy machine: once more before giving up
    const signIn = (email: string) => signedInPage(browser, server.base, email).catch(() => signedInPage(browser, server.base, email));
    leader = await signIn(leaderEmail);
    sellerSession = await signIn(sellerEmail);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lets the leader type and paste a seller’s targets per channel, see the gap, and save them at once', async () => {
    const { page } = leader;
    // the company's upsell target: what the other sellers have, plus our seller's 1.2 M, plus a gap of 1 M
    const before = await (await apiSession(server.base, leaderEmail)).get<Grid>(`/api/targets?year=${year}`);
    const others = before.sellers.filter((s) => s.userId !== seller.user.id).reduce((sum, s) => sum + (s.targets.upsell ?? 0), 0);
    const companyUpsell = others + 1_200_000 + 1_000_000;
    // the company's targets are management's and the admins' to set: the admin sets it elsewhere
    const admin = await apiSession(server.base, 'admin@nordlys.example');
    await admin.put('/api/targets', { year, entries: [{ scope: 'company', channel: 'upsell', amount: companyUpsell }] });
    const colleague = before.sellers.find((s) => s.userId !== seller.user.id && s.editable);
    expect(colleague).toBeDefined();
    await page.goto(`${server.base}/targets?group=${seller.salesGroup?.id ?? ''}`);
    await page.getByTestId('targets-grid').waitFor();
    const cell = (row: string, channel: string) => page.locator(`[data-testid=target-cell][data-row="${row}"][data-channel=${channel}]`);

    // type: renewal, Tab to upsell (a Swedish-style grouped number), Enter to commit
    await cell(seller.user.id, 'renewal').click();
    await page.keyboard.type('250000');
    await page.keyboard.press('Tab');
    await page.keyboard.type('1 200 000');
    await page.keyboard.press('Enter');
    // paste a block of two cells copied from a spreadsheet into win-back and new sales
    await pasteAt(cell(seller.user.id, 'win_back'), '50 000\t2.000.000\r\n');
    // Escape cancels an edit (a colleague in the same group); the company's row is read-only for a leader
    await cell(colleague!.userId, 'new').click();
    await page.keyboard.type('999');
    await page.keyboard.press('Escape');
    expect(await cell('company', 'upsell').count()).toBe(0);
    await expect.poll(() => page.locator('[data-testid=target-row][data-user=company]').innerText(), waitFor).toMatch(/\d/);

    await expect.poll(() => page.getByTestId('targets-unsaved').innerText(), waitFor).toMatch(/4/);
    await expect.poll(() => cell(seller.user.id, 'new').getAttribute('data-pending'), waitFor).toBe('true');
    expect(await cell(colleague!.userId, 'new').getAttribute('data-pending')).toBeNull();
    // the gap to the company target, pending edits counted in, before saving
    await expect.poll(() => number(page.getByTestId('targets-gap-upsell'), 'data-gap'), waitFor).toBe(1_000_000);
    await expectAccessible(page, 'the targets grid');
    await snap(page, 'targets-grid-sv-desktop');

    await page.getByTestId('targets-save').click();
    await page.getByTestId('targets-save-bar').waitFor({ state: 'detached' });
    const grid = await (await apiSession(server.base, leaderEmail)).get<Grid>(`/api/targets?year=${year}`);
    expect(grid.sellers.find((s) => s.userId === seller.user.id)?.targets).toEqual({
      renewal: 250000,
      upsell: 1200000,
      win_back: 50000,
      new: 2000000,
    });
    expect(grid.company.upsell).toBe(companyUpsell);
  }, 180_000);

  it('shows progress against the targets with pace', async () => {
    const { page } = leader;
    await page.getByTestId('targets-tab-progress').click();
    const row = page.locator(`[data-testid=progress-row][data-id="${seller.user.id}"]`);
    await row.waitFor();
    await expect.poll(() => row.getByTestId('progress-upsell').innerText(), waitFor).toMatch(/1\s200\s000/);
    await expectAccessible(page, 'progress against targets');
    await snap(page, 'targets-progress-sv-desktop');
  }, 120_000);

  it('opens the leader’s overview of the seller, live, before the deal is won', async () => {
    overviewPage = await leader.context.newPage();
    await overviewPage.goto(`${server.base}/insights?seller=${seller.user.id}`);
    await overviewPage.getByTestId('overview').waitFor();
    await overviewPage.locator('[data-testid=overview-live][data-state=open]').waitFor({ timeout: 20_000 });
    expect(await overviewPage.getByTestId('overview').getAttribute('data-level')).toBe('seller');
    expect(await number(overviewPage.getByTestId('overview-volume-upsell'), 'data-target')).toBe(1_200_000);
    await expectAccessible(overviewPage);
  }, 120_000);

  it('has the seller win a three-year upsell deal through the opportunity page', async () => {
    const api = await apiSession(server.base, sellerEmail);
    // a customer of the seller's, and a product of the seller's group the customer has never had
    const accounts = await api.get<{ items: { id: string }[] }>(`/api/accounts?status=customer&ownerId=${seller.user.id}&pageSize=20`);
    const products = await api.get<{ id: string; salesGroupId: string; active: boolean }[]>('/api/products');
    let chosen: { accountId: string; productId: string; contactId: string } | null = null;
    for (const a of accounts.items) {
      const overview = await api.get<{ productRow: { owned: { productId: string }[] }[] }>(`/api/accounts/${a.id}/overview`);
      const owned = new Set(overview.productRow.flatMap((c) => c.owned.map((o) => o.productId)));
      const product = products.find((p) => p.salesGroupId === seller.salesGroup?.id && p.active && !owned.has(p.id));
      const contacts = await api.get<{ items: { id: string }[] }>(`/api/contacts?accountId=${a.id}&pageSize=1`);
      if (owned.size > 0 && product && contacts.items[0]) {
        chosen = { accountId: a.id, productId: product.id, contactId: contacts.items[0].id };
        break;
      }
    }
    expect(chosen).not.toBeNull();
    const close = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    opportunity = await api.post('/api/opportunities', {
      accountId: chosen!.accountId,
      currency: 'EUR', // the reporting currency: the annual value counts as it is
      name: `Three-year upsell ${Date.now() % 100000}`,
      estimatedValue: 36 * monthly,
      expectedCloseOn: close,
      contactId: chosen!.contactId,
      lines: [{ productId: chosen!.productId, quantity: 1, unitPrice: monthly, recurring: true, contractMonths: 36 }],
    });
    expect(opportunity.channel).toBe('upsell');

    const before = await number(overviewPage.getByTestId('overview-volume-upsell'), 'data-volume');
    try {
      const page = sellerSession.page;
      await page.goto(`${server.base}/pipeline/${opportunity.id}`);
      await page.getByTestId('opportunity-page').waitFor();
      await page.getByTestId('won-action').waitFor();
      await expectAccessible(page);
      await page.getByTestId('won-action').click();
      await page.getByTestId('win-modal').waitFor();
      await expectAccessible(page, 'the win dialog');
      await page.getByTestId('win-modal').locator('button[type=submit]').click();
      await page.getByTestId('win-modal').waitFor({ state: 'detached' });

      // the leader's overview, open all along in another context, updates without a reload
      await overviewPage.getByTestId('live-win-notification').first().waitFor({ timeout: 20_000 });
      await expect.poll(() => number(overviewPage.getByTestId('overview-volume-upsell'), 'data-volume'), live).toBe(before + annual);
      await overviewPage.locator(`[data-testid=win]`).first().waitFor();
      await snap(overviewPage, 'overview-live-sv-desktop');

      // the seller's own overview: the annual value in the upsell channel, against the target
      await page.goto(`${server.base}/insights?seller=${seller.user.id}`);
      const upsell = page.getByTestId('overview-volume-upsell');
      await upsell.waitFor();
      await expect.poll(() => number(upsell, 'data-volume'), waitFor).toBe(before + annual);
      expect(await number(upsell, 'data-target')).toBe(1_200_000);
      expect(await page.getByTestId('overview-volume-upsell-target').innerText()).toMatch(/1\s200\s000/);

      // the account page shows the volume beside invoicing, year by year
      await page.goto(`${server.base}/accounts/${opportunity.accountId}`);
      await page.locator(`[data-testid=revenue-year][data-year="${year}"]`).waitFor();
      await expectAccessible(page);
      await snap(page, 'account-revenue-sv-desktop');
    } finally {
      await sellerSession.context.close();
    }
  }, 240_000);

  it('drills down from the company to a market and back up', async () => {
    const page = overviewPage;
    await page.goto(`${server.base}/insights`);
    await page.locator('[data-testid=overview][data-level=company]').waitFor();
    await page.getByTestId('overview-breakdown').getByTestId('drill-down').first().click();
    await page.locator('[data-testid=overview][data-level=market]').waitFor();
    await expectAccessible(page, 'the overview of a market');
    expect(new URL(page.url()).searchParams.get('market')).toBeTruthy();
    await page.getByTestId('overview-crumb').first().click();
    await page.locator('[data-testid=overview][data-level=company]').waitFor();
    // links from notifications use the API's names (`userId`): the overview takes them too
    await page.goto(`${server.base}/insights?userId=${seller.user.id}`);
    await page.locator('[data-testid=overview][data-level=seller]').waitFor();
    await expect.poll(() => new URL(page.url()).searchParams.get('seller'), waitFor).toBe(seller.user.id);
  }, 120_000);

  it('looks right in Swedish and English, on a desktop and a phone', async () => {
    const page = overviewPage;
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${server.base}/insights?seller=${seller.user.id}`);
    await page.getByTestId('overview-volume-upsell').waitFor();
    await expectAccessible(page, 'the overview on a phone');
    await phoneShots(page, 'overview-sv-phone', 'overview-wins');
    await page.goto(`${server.base}/targets?group=${seller.salesGroup?.id ?? ''}`);
    await page.getByTestId('targets-grid').waitFor();
    await expectAccessible(page, 'the targets on a phone');
    await phoneShots(page, 'targets-sv-phone', 'targets-grid');

    await switchLanguage(page, 'en');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await phoneShots(page, 'targets-en-phone', 'targets-grid');
    await page.goto(`${server.base}/insights`);
    await page.getByTestId('overview-volume-upsell').waitFor();
    await phoneShots(page, 'overview-en-phone', 'overview-breakdown');
    await page.setViewportSize({ width: 1280, height: 860 });
    await page.reload();
    await page.getByTestId('overview-volume-upsell').waitFor();
    await snap(page, 'overview-en-desktop');
    await page.goto(`${server.base}/targets`);
    await page.getByTestId('targets-grid').waitFor();
    await snap(page, 'targets-en-desktop');
    await page.goto(`${server.base}/targets?tab=progress&by=salesGroup`);
    await page.getByTestId('progress-row').first().waitFor();
    await expectAccessible(page, 'progress by sales group');
    await snap(page, 'targets-progress-en-desktop');
    await page.goto(`${server.base}/insights/renewals?months=24`);
    await page.getByTestId('renewals-month').first().or(page.getByTestId('renewals-empty')).waitFor();
    await expectAccessible(page, 'the renewal calendar');
    await snap(page, 'renewals-en-desktop', false);
  }, 240_000);
});
