/**
 * The product matrix journey in a real browser: a Fleet & Mobility seller filters the matrix to her
 * market and Digital Solutions' products, marks white space as potential and not relevant, and from
 * an empty cell passes a tip with a needs-analysis answer; the Digital Solutions seller it was passed
 * to accepts it, creates the opportunity from the tip (the product comes along as its line), links
 * it and wins it. The giver sees every step, the give-to-get ledger counts the win, and the cell
 * now shows "owned". A sales leader sets up a cross-selling forum, reads its prepared agenda,
 * prints it and records a meeting with a decision. Needs the built web app (web/dist).
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiAs,
  apiSession,
  choose,
  demoPassword,
  expectAccessible,
  fillDate,
  hasChromium,
  launchBrowser,
  shot,
  signedInPage,
  startServer,
  switchLanguage,
  type Server,
} from './support';

if (!hasChromium) console.warn('[e2e] Skipping the product matrix journey: no Chromium at /usr/bin/chromium.');

const giverEmail = 'seller@nordlys.example';
const leaderEmail = 'leader@nordlys.example';
const adminEmail = 'admin@nordlys.example';
/** Generous waits: this journey must pass on a loaded two-core machine. */
const slow = { timeout: 20_000, interval: 150 };
const STEP = 240_000;

interface Named {
  id: string;
  name: string;
}
interface UserRow extends Named {
  email: string;
}
interface Me {
  user: Named;
  salesGroup: Named | null;
  market: { id: string; code: string } | null;
}
interface ProductRow extends Named {
  salesGroupId: string;
  card: Record<string, { questions: string[] } | undefined>;
}
interface MatrixData {
  products: { id: string }[];
  rows: { account: Named; cells: { productId: string; state: string }[] }[];
}
interface LedgerData {
  own: { id: string | null; givenWon: number } | null;
}

/** A new window size, once the app shell has settled (the navigation slides in or out). */
async function resize(page: Page, width: number, height: number) {
  await page.setViewportSize({ width, height });
  const phone = width < 768;
  await expect
    .poll(async () => {
      const box = await page.getByTestId('main-nav').boundingBox();
      return !!box && (phone ? box.x + box.width <= 0 : box.x === 0);
    }, slow)
    .toBe(true);
}

async function signIn(browser: Browser, base: string, email: string) {
  const session = await signedInPage(browser, base, email);
  session.context.setDefaultTimeout(slow.timeout);
  return session;
}

describe.skipIf(!hasChromium)('product matrix and forum journey (Chromium)', () => {
  let server: Server;
  let browser: Browser;
  let giver: Me;
  let digital: Named;
  let product: ProductRow;
  /** Two more products of the same group, for marking white space. */
  let others: ProductRow[];
  let account: Named;
  let receiver: UserRow;
  let wonBefore = 0;
  let handoffUrl = '';
  const answer = `They want their servers backed up off-site (${Date.now() % 100000})`;
  const opportunityName = `Backup from a tip ${Date.now() % 100000}`;

  const cellOf = (page: Page, productId: string): Locator =>
    page.locator(`[data-testid=matrix-row][data-account="${account.id}"] [data-testid=matrix-cell][data-product="${productId}"]`);

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const asGiver = await apiAs(server.base, giverEmail);
    giver = await asGiver<Me>('/api/me');
    const asAdmin = await apiAs(server.base, adminEmail);
    digital = (await asAdmin<Named[]>('/api/sales-groups')).find((g) => g.name === 'Digital Solutions')!;
    expect(digital.id).not.toBe(giver.salesGroup!.id);
    receiver = (
      await asAdmin<{ items: UserRow[] }>(
        `/api/users?salesGroupId=${digital.id}&marketId=${giver.market!.id}&role=seller&active=true&pageSize=10`,
      )
    ).items[0]!;
    await (await apiSession(server.base, adminEmail)).patch(`/api/users/${receiver.id}`, { password: demoPassword });
    const products = await asGiver<ProductRow[]>(`/api/products?salesGroupId=${digital.id}`);
    const asked = new Set(products.filter((p) => p.card.sv?.questions.length).map((p) => p.id));
    // a customer in her market with contacts, suggestions, and three empty cells of Digital Solutions' products
    const matrix = await asGiver<MatrixData>(
      `/api/matrix?marketId=${giver.market!.id}&salesGroupId=${digital.id}&status=customer&pageSize=100`,
    );
    for (const row of matrix.rows) {
      const empty = row.cells.filter((c) => c.state === 'empty').map((c) => products.find((p) => p.id === c.productId)!);
      const target = empty.find((p) => asked.has(p.id));
      if (!target || empty.length < 3) continue;
      const contacts = await asGiver<{ items: unknown[] }>(`/api/contacts?accountId=${row.account.id}&pageSize=1`);
      const suggestions = await asGiver<{ items: unknown[] }>(`/api/matrix/suggestions?accountId=${row.account.id}`);
      if (contacts.items.length === 0 || suggestions.items.length === 0) continue;
      account = row.account;
      product = target;
      others = empty.filter((p) => p.id !== target.id).slice(0, 2);
      break;
    }
    expect(account, 'a Swedish customer with white space in Digital Solutions').toBeDefined();
    const ledger = await asGiver<LedgerData>('/api/handoffs/ledger?by=seller');
    wonBefore = ledger.own?.givenWon ?? 0;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe('the giver (Fleet & Mobility, in Swedish)', () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      ({ context, page } = await signIn(browser, server.base, giverEmail));
    });
    afterAll(async () => context?.close());

    it(
      'opens the matrix from cross-selling and filters it to her market, a group’s products and one customer',
      async () => {
        await page.goto(`${server.base}/cross-selling`);
        await page.getByTestId('open-matrix').click();
        await page.getByTestId('matrix-grid').waitFor();
        await choose(page, 'matrix-market', 'Sverige');
        await choose(page, 'matrix-group', digital.name);
        await page.getByTestId('matrix-search').fill(account.name);
        await expect.poll(() => new URL(page.url()).searchParams.get('q'), slow).toBe(account.name);
        const url = new URL(page.url());
        expect(url.searchParams.get('market')).toBe(giver.market!.id);
        expect(url.searchParams.get('group')).toBe(digital.id);
        await cellOf(page, product.id).waitFor();
        // only Digital Solutions' products are columns now
        await expect.poll(() => page.locator('[data-testid=matrix-row]').first().getByTestId('matrix-cell').count(), slow).toBeLessThan(20);
        expect(await cellOf(page, product.id).getAttribute('data-state')).toBe('empty');
        expect(await cellOf(page, product.id).getAttribute('aria-label')).toBe(`${account.name} — ${product.name}: Tom`);
        await expectAccessible(page);
        await shot(page, 'matrix-sv-1280', false);
      },
      STEP,
    );

    it(
      'marks white space as potential, and as not relevant only with a reason',
      async () => {
        const [potential, irrelevant] = others as [ProductRow, ProductRow];
        await cellOf(page, potential.id).click();
        await page.getByTestId('cell-mark-potential').click();
        await expect.poll(() => cellOf(page, potential.id).getAttribute('data-state'), slow).toBe('potential');
        // the last cell's menu has finished closing before the next one opens (one menu on screen)
        await expect.poll(() => page.getByTestId('matrix-cell-menu').count(), slow).toBe(0);

        await cellOf(page, irrelevant.id).click();
        const menu = page.getByTestId('matrix-cell-menu');
        await menu.waitFor();
        await expect.poll(() => menu.evaluate((e) => getComputedStyle(e).opacity), slow).toBe('1');
        await expectAccessible(page, 'the matrix cell menu');
        await shot(page, 'matrix-cell-menu-sv', false);
        await page.getByTestId('cell-mark-not-relevant').click();
        await page.getByTestId('not-relevant-submit').click();
        expect(await page.getByTestId('not-relevant-reason').getAttribute('aria-invalid')).toBe('true');
        await expectAccessible(page, 'the not-relevant dialog');
        await page.getByTestId('not-relevant-reason').fill('De har ett eget IT-bolag');
        await page.getByTestId('not-relevant-submit').click();
        await page.getByTestId('not-relevant-modal').waitFor({ state: 'hidden' });
        await expect.poll(() => cellOf(page, irrelevant.id).getAttribute('data-state'), slow).toBe('not_relevant');

        // a mark can be cleared again
        await expect.poll(() => page.getByTestId('matrix-cell-menu').count(), slow).toBe(0);
        await cellOf(page, irrelevant.id).click();
        await page.getByTestId('cell-clear').click();
        await expect.poll(() => cellOf(page, irrelevant.id).getAttribute('data-state'), slow).toBe('empty');
      },
      STEP,
    );

    it(
      'looks right in English and on a phone',
      async () => {
        await resize(page, 375, 800);
        await cellOf(page, product.id).waitFor();
        await expectAccessible(page, 'the matrix on a phone');
        await shot(page, 'matrix-sv-375', false);
        await switchLanguage(page, 'en', slow);
        await expect.poll(() => cellOf(page, product.id).getAttribute('aria-label'), slow).toBe(`${account.name} — ${product.name}: Empty`);
        await shot(page, 'matrix-en-375', false);
        await resize(page, 1280, 860);
        await shot(page, 'matrix-en-1280', false);
        await switchLanguage(page, 'sv', slow);
      },
      STEP,
    );

    it(
      'passes a tip from an empty cell, the group and product filled in, answering the needs analysis',
      async () => {
        await expect.poll(() => page.getByTestId('matrix-cell-menu').count(), slow).toBe(0);
        await cellOf(page, product.id).click();
        await page.getByTestId('cell-pass-tip').click();
        await page.getByTestId('new-handoff-page').waitFor();
        const url = new URL(page.url());
        expect(url.searchParams.get('accountId')).toBe(account.id);
        expect(url.searchParams.get('productId')).toBe(product.id);
        const question = product.card.sv!.questions[0]!;
        await page.getByLabel(question).waitFor();
        expect(await page.getByTestId('handoff-group').inputValue()).toBe(digital.name);
        await page.getByLabel(question).fill(answer);
        await choose(page, 'handoff-seller', receiver.name);
        await page.setViewportSize({ width: 1280, height: 1400 });
        await expectAccessible(page, 'the new tip from a matrix cell');
        await shot(page, 'matrix-handoff-form-sv', false);
        await page.setViewportSize({ width: 1280, height: 860 });
        await page.getByTestId('handoff-submit').click();
        await page.getByTestId('handoff-page').waitFor();
        handoffUrl = new URL(page.url()).pathname;
        expect(handoffUrl).toMatch(/^\/cross-selling\/handoffs\/[0-9a-f-]{36}$/);
        expect(await page.getByTestId('handoff-answers').innerText()).toContain(answer);
      },
      STEP,
    );

    it(
      'sees suggestions on the customer’s page, explained in Swedish',
      async () => {
        await page.goto(`${server.base}/accounts/${account.id}`);
        const card = page.getByTestId('suggestions');
        await card.waitFor();
        await expect.poll(() => card.getByTestId('suggestion-reason').first().innerText(), slow).toMatch(/^Ägs av \d+\s%/);
        await expectAccessible(page);
        await shot(page, 'account-suggestions-sv', false);
      },
      STEP,
    );
  });

  describe('the receiver (Digital Solutions)', () => {
    let context: BrowserContext;
    let page: Page;
    let opportunityUrl = '';
    beforeAll(async () => {
      ({ context, page } = await signIn(browser, server.base, receiver.email));
    });
    afterAll(async () => context?.close());

    it(
      'finds the tip and accepts it',
      async () => {
        await page.goto(`${server.base}/cross-selling`);
        const link = page.getByTestId('handoffs-open').locator(`a[href="${handoffUrl}"]`);
        await link.waitFor();
        await link.click();
        await page.getByTestId('handoff-page').waitFor();
        await page.getByTestId('report-accepted').waitFor();
        await expectAccessible(page);
        await page.getByTestId('report-accepted').click();
        await page.getByTestId('report-opportunity_created').waitFor();
        await expect
          .poll(() => page.getByTestId('handoff-page').getByTestId('handoff-status').first().getAttribute('data-status'), slow)
          .toBe('accepted');
      },
      STEP,
    );

    it(
      'creates the opportunity from the tip, with the tip’s product as its line',
      async () => {
        await page.getByTestId('report-opportunity_created').click();
        await page.getByTestId('report-new-opportunity').click();
        await page.getByTestId('new-opportunity-page').waitFor();
        expect(new URL(page.url()).searchParams.get('productId')).toBe(product.id);
        await expect.poll(() => page.getByTestId('new-opportunity-product').inputValue(), slow).toBe(product.name);
        await page.getByTestId('new-opportunity-name').fill(opportunityName);
        await page.getByTestId('new-opportunity-value').fill('120000');
        await page.getByTestId('new-opportunity-contact').click();
        await page.getByRole('option').first().click();
        await expectAccessible(page);
        await shot(page, 'matrix-new-opportunity', false);
        await page.getByTestId('new-opportunity-submit').click();
        await page.getByTestId('opportunity-page').waitFor();
        opportunityUrl = new URL(page.url()).pathname;
        await expect.poll(() => page.getByTestId('lines').innerText(), slow).toContain(product.name);
        await expectAccessible(page);
      },
      STEP,
    );

    it(
      'links it to the tip and wins it',
      async () => {
        await page.goto(`${server.base}${handoffUrl}`);
        const status = page.getByTestId('handoff-status');
        await status.waitFor();
        // Creating the opportunity from the tip links it in the same transaction; link by hand only if not.
        if ((await status.getAttribute('data-status')) !== 'opportunity_created') {
          await page.getByTestId('report-opportunity_created').click();
          await choose(page, 'report-opportunity', opportunityName);
          await page.getByTestId('report-submit').click();
        }
        await expect.poll(() => page.getByTestId('handoff-status').getAttribute('data-status'), slow).toBe('opportunity_created');

        await page.goto(`${server.base}${opportunityUrl}`);
        await page.getByTestId('won-action').click();
        const modal = page.getByTestId('win-modal');
        await modal.waitFor();
        await expectAccessible(page, 'the win dialog');
        await modal.locator('button[type=submit]').click();
        await modal.waitFor({ state: 'hidden' });
        await expect.poll(() => page.getByTestId('won-action').count(), slow).toBe(0);
      },
      STEP,
    );
  });

  describe('the giver again', () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      ({ context, page } = await signIn(browser, server.base, giverEmail));
    });
    afterAll(async () => context?.close());

    it(
      'is told of each step, and sees the tip won',
      async () => {
        await page.getByTestId('notification-bell').click();
        const menu = page.getByTestId('notification-menu');
        await menu.locator('[data-kind="handoff.accepted"]').first().waitFor();
        await menu.locator('[data-kind="handoff.opportunity_created"]').first().waitFor();
        await expectAccessible(page, 'the notification menu');
        await page.keyboard.press('Escape');
        await page.goto(`${server.base}${handoffUrl}`);
        await page.getByTestId('handoff-page').waitFor();
        await expect.poll(() => page.getByTestId('handoff-outcome').count(), slow).toBe(1);
        expect(await page.getByTestId('handoff-outcome').innerText()).toBe('Vunnen');
        expect(await page.getByTestId('handoff-status').getAttribute('data-status')).toBe('opportunity_created');
        expect(await page.getByTestId('handoff-update').count()).toBeGreaterThanOrEqual(3);
        await expectAccessible(page, 'a won tip, to its giver');
      },
      STEP,
    );

    it(
      'finds the win in the give-to-get ledger',
      async () => {
        await page.goto(`${server.base}/cross-selling/ledger`);
        const own = page.locator('[data-testid=ledger-row][data-own=true]');
        await own.waitFor();
        await expect.poll(async () => Number((await own.locator('td').nth(7).innerText()).replace(/\D/g, '')), slow).toBe(wonBefore + 1);
      },
      STEP,
    );

    it(
      'sees the cell owned now',
      async () => {
        await page.goto(`${server.base}/cross-selling/matrix?q=${encodeURIComponent(account.name)}&group=${digital.id}`);
        await cellOf(page, product.id).waitFor();
        await expect.poll(() => cellOf(page, product.id).getAttribute('data-state'), slow).toBe('owned');
        await shot(page, 'matrix-owned-sv', false);
      },
      STEP,
    );
  });

  describe('a sales leader and the cross-selling forum', () => {
    let context: BrowserContext;
    let page: Page;
    const forumName = `Korsförsäljningsforum Sverige ${Date.now() % 100000}`;
    const decision = 'Besök kunden tillsammans nästa vecka';
    beforeAll(async () => {
      ({ context, page } = await signIn(browser, server.base, leaderEmail));
    });
    afterAll(async () => context?.close());

    it(
      'sets up a forum for the market with members of both groups',
      async () => {
        await page.goto(`${server.base}/cross-selling`);
        await page.getByTestId('open-forums').click();
        await page.getByTestId('forums-page').waitFor();
        await page.getByTestId('new-forum').click();
        await page.getByTestId('forum-name').fill(forumName);
        await expectAccessible(page, 'the new forum form');
        await choose(page, 'forum-market', 'Sverige');
        await choose(page, 'forum-members', giver.user.name, { type: true });
        await choose(page, 'forum-members', receiver.name, { type: true });
        await page.keyboard.press('Escape');
        await page.getByTestId('forum-submit').click();
        await page.getByTestId('forum-page').waitFor();
        await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText(), slow).toBe(forumName);
      },
      STEP,
    );

    it(
      'reads the prepared agenda: the new potential, tips in progress, outcomes and give to get',
      async () => {
        const potential = page.getByTestId('agenda-new-potential');
        await expect.poll(() => potential.innerText(), slow).toContain(account.name);
        expect(await potential.innerText()).toContain(others[0]!.name);
        await page.getByTestId('agenda-in-progress').waitFor();
        await expect.poll(() => page.getByTestId('agenda-outcomes').innerText(), slow).toContain(account.name);
        await page.getByTestId('agenda-give-to-get').waitFor();
        // the rituals of the market (the demo's running joint-visit scheme) and the running season among the two members
        await page.getByTestId('agenda-rituals').waitFor();
        expect(await page.getByTestId('agenda-ritual').count()).toBeGreaterThan(0);
        await expect.poll(() => page.getByTestId('agenda-game').getByTestId('agenda-game-row').count(), slow).toBe(2);
        await expectAccessible(page);
        await page.setViewportSize({ width: 1280, height: 3200 });
        await shot(page, 'forum-sv-1280', false);
        await page.emulateMedia({ media: 'print' });
        expect(await page.getByTestId('main-nav').isVisible()).toBe(false);
        expect(await page.getByTestId('forum-print').isVisible()).toBe(false);
        await shot(page, 'forum-print', false);
        await page.emulateMedia({ media: 'screen' });
        await page.setViewportSize({ width: 1280, height: 860 });
      },
      STEP,
    );

    it(
      'records a meeting with one decision and finds it under past meetings',
      async () => {
        await page.getByTestId('record-meeting').click();
        const modal = page.getByTestId('record-meeting-modal');
        await modal.waitFor();
        // every member is ticked to begin with
        const attendees = modal.getByTestId('meeting-attendee');
        expect(await attendees.count()).toBeGreaterThanOrEqual(2);
        await modal.getByTestId('decision-text').fill(decision);
        await choose(page, 'decision-owner', giver.user.name);
        await fillDate(modal.getByTestId('decision-due'), '2026-12-31');
        await modal.getByTestId('meeting-notes').fill('Bra genomgång av tipsen.');
        await expectAccessible(page, 'the record-meeting dialog');
        await shot(page, 'forum-record-meeting-sv', false);
        await modal.getByTestId('meeting-submit').click();
        await modal.waitFor({ state: 'hidden' });
        const past = page.getByTestId('past-meetings');
        await expect.poll(() => past.getByTestId('past-meeting').count(), slow).toBe(1);
        const text = await past.innerText();
        expect(text).toContain(decision);
        expect(text).toContain(giver.user.name);
        await expect.poll(() => page.getByTestId('agenda-since').innerText(), slow).toMatch(/^Allt sedan förra mötet/);
      },
      STEP,
    );

    it(
      'shows the forum in the list, and on a phone in English',
      async () => {
        await page.goto(`${server.base}/cross-selling/forums`);
        await page.getByTestId('forum-card').filter({ hasText: forumName }).waitFor();
        await expectAccessible(page);
        await shot(page, 'forums-sv-1280', false);
        await page.getByTestId('forum-link').filter({ hasText: forumName }).click();
        await page.getByTestId('forum-page').waitFor();
        await resize(page, 375, 800);
        await switchLanguage(page, 'en', slow);
        await page.getByTestId('past-meetings').waitFor();
        expect(await page.locator('html').getAttribute('lang')).toBe('en');
        await expect.poll(() => page.evaluate('document.documentElement.scrollWidth'), slow).toBeLessThanOrEqual(375);
        await expect.poll(() => page.getByTestId('past-meeting').count(), slow).toBeGreaterThan(0);
        await shot(page, 'forum-en-375');
        await switchLanguage(page, 'sv', slow);
      },
      STEP,
    );
  });
});
