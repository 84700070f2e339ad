/**
 * The customer-memory journey in a real browser: a seller finds an account by a misspelt name with
 * the command palette, reads its history across sales groups and its product row, and logs a call
 * from the keyboard in under ten seconds; a leader edits a knowledge card of their own group (a
 * seller may not); a leader previews an import with errors, and imports orders from an order file
 * and its lines file. Needs the built web app (web/dist).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { productOfOwnGroup, sharedAccount, type Me, type Product, type SharedAccount } from './demo-data';
import { apiAs, expectAccessible, hasChromium, launchBrowser, type Server, shot, signedInPage, startServer, waitFor } from './support';

if (!hasChromium) {
  console.warn(
    '[e2e] Skipping the customer-memory journey: no Chromium at /usr/bin/chromium. Install it with: apt-get install -y chromium',
  );
}

const seller = 'seller@nordlys.example';
const leader = 'leader@nordlys.example';

describe.skipIf(!hasChromium)('customer memory journey (Chromium)', () => {
  let server: Server;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe('a seller', () => {
    let context: BrowserContext;
    let page: Page;
    let me: Me;
    let account: SharedAccount;

    beforeAll(async () => {
      me = await (await apiAs(server.base, seller))<Me>('/api/me');
      account = await sharedAccount(server.base, seller, me.salesGroup!.id);
      ({ context, page } = await signedInPage(browser, server.base, seller));
    });
    afterAll(async () => context?.close());

    it('finds an account by a misspelt name with the command palette, from the keyboard', async () => {
      await page.keyboard.press('Control+K');
      const search = page.getByTestId('palette-search');
      await search.waitFor();
      await page.keyboard.type(account.typo);
      // The answer for the whole (misspelt) name is on screen, the account first.
      await page.getByRole('button', { name: account.name }).first().waitFor();
      await expect.poll(() => page.locator('[data-selected] >> nth=0').innerText(), waitFor).toContain(account.name);
      await expectAccessible(page, 'the command palette');
      await page.keyboard.press('Enter');
      await page.waitForURL(`${server.base}/accounts/${account.id}`);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText(), waitFor).toBe(account.name);
    }, 90_000);

    it('reads the history written by other sales groups, and the product row', async () => {
      const groups = page.getByTestId('timeline').getByTestId('timeline-group');
      await groups.first().waitFor();
      const names = await groups.allInnerTexts();
      expect(names.some((n) => n !== me.salesGroup!.name && account.otherGroups.has(n))).toBe(true);
      expect(await page.getByTestId('product-row-group').count()).toBe(4);
      expect(await page.getByTestId('family-cell').count()).toBeGreaterThanOrEqual(8);
      await page.getByTestId('touchpoints').waitFor();
      expect(await page.locator('html').getAttribute('lang')).toBe('sv');
      await expectAccessible(page);
      await shot(page, 'account-page-sv-desktop');
    }, 90_000);

    it('logs a call from the keyboard in under ten seconds, and it tops the timeline', async () => {
      const subject = 'Called about the fleet renewal';
      const started = Date.now();
      await page.keyboard.press('l');
      const accountField = page.getByTestId('quick-log-account');
      await accountField.waitFor();
      await expect.poll(() => accountField.evaluate((el) => el.matches(':focus')), waitFor).toBe(true);
      await page.keyboard.type(account.typo);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByTestId('quick-log-subject').evaluate((el) => el.matches(':focus')), waitFor).toBe(true);
      await page.keyboard.type(subject);
      await page.keyboard.press('Enter');
      await page.getByTestId('quick-log-saved').waitFor();
      const elapsed = Date.now() - started;
      console.log(`[e2e] quick-log: shortcut → saved notification in ${elapsed} ms`);
      expect(elapsed).toBeLessThan(10_000);
      expect(await page.getByTestId('quick-log-saved').innerText()).toContain(account.name);

      const first = page.getByTestId('timeline').getByTestId('timeline-entry').first();
      await expect.poll(() => first.getByTestId('timeline-subject').innerText(), waitFor).toBe(subject);
      expect(await first.getAttribute('data-type')).toBe('call');
      expect(await first.getByTestId('timeline-author').innerText()).toContain(me.user.name);
    });

    it('shows quick-log with its keyboard hints', async () => {
      // the last call's notice has gone (under the dialog's overlay it would be unreadable)
      await page.getByTestId('quick-log-saved').waitFor({ state: 'detached', timeout: 20_000 });
      await page.keyboard.press('l');
      await page.getByTestId('quick-log-subject').waitFor();
      await page.keyboard.press('Enter'); // keeps the account of the page
      await page.keyboard.press('Alt+2'); // a meeting
      await page.keyboard.type('Lunch with the new CFO');
      await expectAccessible(page, 'the quick log');
      await shot(page, 'quick-log-open', false);
      // Escape closes an open drop-down first, then the quick log.
      await expect
        .poll(async () => {
          if ((await page.getByTestId('quick-log').count()) > 0) await page.keyboard.press('Escape');
          return page.getByTestId('quick-log').count();
        }, waitFor)
        .toBe(0);
    }, 90_000);

    it('lists accounts at phone width (375 px) without sideways scrolling', async () => {
      await page.setViewportSize({ width: 375, height: 812 });
      await page.goto(`${server.base}/accounts`);
      await page.getByTestId('accounts-cards').waitFor();
      await expect.poll(() => page.evaluate('document.documentElement.scrollWidth'), waitFor).toBeLessThanOrEqual(375);
      await expectAccessible(page);
      await shot(page, 'accounts-list-375', false);
      await page.setViewportSize({ width: 1280, height: 860 });
    }, 90_000);
  });

  describe('knowledge cards and import', () => {
    let leaderContext: BrowserContext;
    let page: Page;
    let product: Product;

    beforeAll(async () => {
      product = await productOfOwnGroup(server.base, leader);
      ({ context: leaderContext, page } = await signedInPage(browser, server.base, leader));
    });
    afterAll(async () => leaderContext?.close());

    it('lets the leader edit a card of their own group, with the server’s checks shown in place', async () => {
      await page.getByTestId('language-menu').click();
      await page.getByRole('menuitem', { name: 'Norsk bokmål' }).click();
      await page.getByTestId('main-nav').getByRole('link', { name: 'Produkter' }).click();
      await page.getByRole('link', { name: product.name, exact: false }).first().click();
      await page.getByTestId('knowledge-card').waitFor();
      expect(await page.getByTestId('card-what').innerText()).not.toBe('');
      await expectAccessible(page);
      await shot(page, 'product-card-nb');

      await page.getByTestId('edit-card').click();
      const editor = page.getByTestId('card-editor');
      await editor.waitFor();
      // Two questions are too few: the server says so, next to the questions.
      const questions = editor.getByTestId('list-questions');
      while ((await questions.locator('textarea').count()) > 2) {
        await questions
          .getByRole('button', { name: /^Fjern/ })
          .last()
          .click();
      }
      await editor.getByRole('button', { name: /^Lagre på/ }).click();
      await expect.poll(() => questions.innerText(), waitFor).toContain('Oppgi 3–5 spørsmål');
      await expectAccessible(page, 'the knowledge card editor');
      await editor.getByRole('button', { name: 'Avbryt' }).click();

      const benefit = `Faste kostnader per måned (test ${Date.now() % 1000})`;
      await page.getByTestId('edit-card').click();
      await editor.getByTestId('list-benefits').locator('textarea').first().fill(benefit);
      await editor.getByRole('button', { name: /^Lagre på/ }).click();
      await editor.waitFor({ state: 'detached' });
      await expect.poll(() => page.getByTestId('card-benefits-list').innerText(), waitFor).toContain(benefit);
    }, 120_000);

    it('shows the seller the same card without an edit button', async () => {
      const { context, page: sellerPage } = await signedInPage(browser, server.base, seller);
      try {
        await sellerPage.goto(`${server.base}/products/${product.id}`);
        await sellerPage.getByTestId('knowledge-card').waitFor();
        expect(await sellerPage.getByTestId('edit-card').count()).toBe(0);
      } finally {
        await context.close();
      }
    });

    it('previews an import with errors before anything is saved', async () => {
      const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'korsa-e2e-')), 'kunder.csv');
      fs.writeFileSync(
        file,
        // saved by an old Excel: Windows-1252, not UTF-8
        Buffer.from(
          'Company name;City;Industry;Size;Website;Notes\nNordic Widgets AB;Malmö;Manufacturing;medium;widgets.se;x\n;Lund;Finance;;;\nFjord Foods AS;Bergen;Food;huge;fjordfoods.no;\n',
          'latin1',
        ),
      );
      await page.getByTestId('main-nav').getByRole('link', { name: 'Import' }).click();
      await page.getByTestId('import-page').waitFor();
      await page.locator('input[type=file]').setInputFiles(file);
      const errors = page.getByTestId('import-preview-errors');
      await errors.waitFor();
      expect(await errors.innerText()).toContain('Company name');
      expect(await page.getByTestId('import-sample').locator('tbody tr').count()).toBe(3);
      const mapping = await page.getByTestId('import-mapping').innerText();
      // in the leader's language (en/sv/nb): how the file was read, and the column nothing reads
      expect(mapping).toMatch(/(read as|läst som|lest som) windows-1252/);
      expect(mapping).toMatch(/(Columns not imported|Kolumner som inte importeras|Kolonner som ikke importeres): Notes/);
      expect(await page.getByTestId('import-sample').innerText()).toContain('Malmö');
      await expectAccessible(page, 'the import preview');
      await shot(page, 'import-preview-errors');
      // all or nothing: the run fails, says how the file was read, and lists the rows to fix
      await page.getByTestId('import-start').click();
      const readAs = page.getByTestId('import-run-read-as');
      await readAs.waitFor();
      expect(await readAs.innerText()).toMatch(/(Read as|Läst som|Lest som) windows-1252/);
      await page.getByTestId('import-error-report').waitFor();
      await expectAccessible(page, 'a failed import run');
      await shot(page, 'import-run-failed');
    }, 120_000);

    it('imports orders from an order file and its lines file: counted as orders, their lines beside them', async () => {
      const get = await apiAs(server.base, leader);
      const customer = (await get<{ items: { name: string }[] }>('/api/accounts?pageSize=5&status=customer')).items[0]!.name;
      const [first, second] = (await get<Product[]>('/api/products')).filter((p) => !/[;"\n]/.test(p.name));
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'korsa-e2e-'));
      const orders = path.join(dir, 'orders.csv');
      const lines = path.join(dir, 'order-lines.csv');
      fs.writeFileSync(orders, `Order No;Customer;Order Date;Currency\nE2E-ORDER-1;${customer};2025-05-15;SEK\n`);
      fs.writeFileSync(lines, `OrderNo;Product;Qty;Sales\nE2E-ORDER-1;${first!.name};2;1000\nE2E-ORDER-1;${second!.name};1;500\n`);
      await page.goto(`${server.base}/import?entity=orders`);
      await page.getByTestId('import-lines-file').waitFor();
      const inputs = page.locator('input[type=file]');
      await inputs.nth(0).setInputFiles(orders);
      await inputs.nth(1).setInputFiles(lines);
      // the preview reads the two files joined: each line with its order's customer and date
      const sample = page.getByTestId('import-sample');
      await expect.poll(() => sample.locator('tbody tr').count(), waitFor).toBe(2);
      expect(await sample.innerText()).toContain(customer);
      await page.getByTestId('import-start').click();
      const run = page.getByTestId('import-run');
      await expect.poll(() => run.innerText(), waitFor).toMatch(/(Orders created|Nya order|Nye ordrer)\s*1\b/i);
      expect(await run.innerText()).toMatch(/(Order lines|Orderrader|Ordrelinjer)\s*2\b/i);
      expect(await run.innerText()).toContain('orders.csv + order-lines.csv');
      await expectAccessible(page, 'an order import run');
      await page.screenshot({ path: path.join(os.tmpdir(), 'korsa-import-orders-two-files.png'), fullPage: true });
      await shot(page, 'import-orders-two-files');
    }, 90_000);
  });
});
