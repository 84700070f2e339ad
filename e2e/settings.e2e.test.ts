/**
 * The settings journey in a real browser: the admin opens Settings from the navigation, changes the
 * passive threshold (a wrong value is pointed out in place), renames, moves and re-weighs the stage
 * "Negotiation" of the global process and sees the new name on the pipeline board, is told in words
 * why a stage with deals cannot be removed, adds an exchange rate, sets how long notifications are kept — in English and Swedish, at 1280
 * and 375 px; rotates a webhook's signing secret and sends it a test event. A seller who opens /admin/settings is shown "not found", and chooses on their account page where an
 * alert goes (K2). Needs the built web app.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiAs,
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

if (!hasChromium) console.warn('[e2e] Skipping the settings journey: no Chromium at /usr/bin/chromium.');

const admin = 'admin@nordlys.example';
const seller = 'seller@nordlys.example';
const newName = 'Final negotiation';

interface Stage {
  id: string;
  key: string;
  name: string;
  position: number;
  probability: number;
  outcome: string;
}
interface Process {
  id: string;
  salesGroupId: string | null;
  marketId: string | null;
  stages: Stage[];
}

const stageKeys = (page: Page) => page.getByTestId('stage-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')));
/** A full-page screenshot from the top (a page scrolled by a click would show its sticky header mid-page). */
async function snap(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, name);
}
const noSidewaysScroll = (page: Page) =>
  expect.poll(() => page.evaluate('document.documentElement.scrollWidth'), waitFor).toBeLessThanOrEqual(375);

describe.skipIf(!hasChromium)('settings journey (Chromium)', () => {
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

  describe('an admin', () => {
    let context: BrowserContext;
    let page: Page;
    let get: Awaited<ReturnType<typeof apiAs>>;
    const globalProcess = async () => (await get<Process[]>('/api/processes')).find((p) => !p.salesGroupId && !p.marketId)!;

    beforeAll(async () => {
      get = await apiAs(server.base, admin);
      ({ context, page } = await signedInPage(browser, server.base, admin));
    });
    afterAll(async () => context?.close());

    /** Opens a tab of the settings page and waits for its content. */
    async function openTab(tab: 'organisation' | 'structure' | 'process' | 'rates' | 'retention', ready: string) {
      await page.getByTestId(`settings-tab-${tab}`).click();
      await page.getByTestId(ready).first().waitFor();
    }

    it('opens Settings beside Users in the navigation', async () => {
      const nav = page.getByTestId('main-nav');
      await nav.getByRole('link', { name: 'Users', exact: true }).waitFor();
      await nav.getByRole('link', { name: 'Settings', exact: true }).click();
      await page.waitForURL(`${server.base}/admin/settings`);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText(), waitFor).toBe('Settings');
      await page.getByTestId('settings-org-form').waitFor();
      expect(await page.getByTestId('settings-passive').inputValue()).toBe('18');
      expect(await page.getByTestId('settings-org-form').innerText()).toContain(
        'A customer with no business for 18 months counts as passive.',
      );
      await expectAccessible(page);
      await snap(page, 'settings-organisation-en-1280');
    }, 90_000);

    it('points out a value out of range in place, then saves the passive threshold of 24 months', async () => {
      const stale = page.getByTestId('settings-stale');
      await stale.fill('500');
      await page.getByTestId('settings-org-save').click();
      await page.getByText('Enter a whole number from 1 to 365').waitFor();
      expect(await stale.getAttribute('aria-invalid')).toBe('true');
      await expectAccessible(page, 'the organisation settings with a wrong value');
      await stale.fill('30');
      await expect.poll(() => page.getByText('Enter a whole number from 1 to 365').count(), waitFor).toBe(0);

      await page.getByTestId('settings-passive').fill('24');
      await page.getByText('A customer with no business for 24 months counts as passive.').waitFor();
      const saved = page.waitForResponse((r) => r.url().endsWith('/api/organisation') && r.request().method() === 'PATCH');
      await page.getByTestId('settings-org-save').click();
      expect((await saved).status()).toBe(200);
      await expect.poll(() => page.getByTestId('settings-org-save').isDisabled(), waitFor).toBe(true);
      expect((await get<{ passiveAfterMonths: number; staleAfterDays: number }>('/api/organisation')).passiveAfterMonths).toBe(24);

      await page.reload();
      await page.getByTestId('settings-org-form').waitFor();
      await expect.poll(() => page.getByTestId('settings-passive').inputValue(), waitFor).toBe('24');
    }, 90_000);

    it('renames "Negotiation", moves it before "Quote sent", sets its probability and saves', async () => {
      await openTab('process', 'stage-row');
      expect(await stageKeys(page)).toEqual(['identified', 'quote_designed', 'pricing', 'quote_sent', 'negotiation', 'won', 'lost']);
      const row = page.locator('[data-testid=stage-row][data-key=negotiation]');
      await row.getByTestId('stage-name').fill(newName);
      await row.getByTestId('stage-probability').fill('80');
      await row.getByTestId('stage-up').click();
      await expect
        .poll(() => stageKeys(page), waitFor)
        .toEqual(['identified', 'quote_designed', 'pricing', 'negotiation', 'quote_sent', 'won', 'lost']);
      // keyboard focus stays with the stage that moved
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Move ${newName} up`);
      await expectAccessible(page, 'the stages editor');
      await snap(page, 'settings-process-en-1280');

      const saved = page.waitForResponse((r) => /\/api\/processes\/[^/]+\/stages$/.test(r.url()) && r.request().method() === 'PUT');
      await page.getByTestId('stages-save').click();
      expect((await saved).status()).toBe(200);
      await page.getByText('The stages of Global sales process were saved').waitFor();

      const stages = (await globalProcess()).stages.sort((a, b) => a.position - b.position);
      expect(stages.map((s) => s.key)).toEqual(['identified', 'quote_designed', 'pricing', 'negotiation', 'quote_sent', 'won', 'lost']);
      expect(stages.find((s) => s.key === 'negotiation')).toMatchObject({ name: newName, probability: 80 });
    }, 90_000);

    it('shows the new stage name as a column of the pipeline board, in the new order', async () => {
      await page.getByTestId('main-nav').getByRole('link', { name: 'Pipeline', exact: true }).click();
      await page.waitForURL(`${server.base}/pipeline`);
      const column = page.locator('[data-testid=board-column][data-stage=negotiation]');
      await expect.poll(() => column.getAttribute('aria-label'), waitFor).toBe(newName);
      const order = await page.getByTestId('board-column').evaluateAll((cols) => cols.map((c) => c.getAttribute('data-stage')));
      expect(order.indexOf('negotiation')).toBeLessThan(order.indexOf('quote_sent'));
    });

    it('explains why a stage that still has deals cannot be removed', async () => {
      const process = await globalProcess();
      let inUse: Stage | undefined;
      for (const s of process.stages.filter((x) => x.outcome === 'open')) {
        const page1 = await get<{ total: number }>(`/api/opportunities?stageId=${s.id}&pageSize=1`);
        if (page1.total > 0) {
          inUse = s;
          break;
        }
      }
      expect(inUse, 'the demo has open opportunities').toBeDefined();

      await page.goto(`${server.base}/admin/settings?tab=process`);
      await page.getByTestId('stage-row').first().waitFor();
      await page.locator(`[data-testid=stage-row][data-key=${inUse!.key}]`).getByTestId('stage-remove').click();
      await expect.poll(() => page.locator(`[data-testid=stage-row][data-key=${inUse!.key}]`).count(), waitFor).toBe(0);
      await page.getByTestId('stages-save').click();
      await expect.poll(() => page.getByTestId('stages-error').innerText(), waitFor).toContain('still has opportunities');
      await expectAccessible(page, 'the stages editor with an error');
      await page.getByRole('button', { name: 'Discard changes' }).click();
      await page.locator(`[data-testid=stage-row][data-key=${inUse!.key}]`).waitFor();
    }, 90_000);

    it('adds an exchange rate and sees it as the latest', async () => {
      await openTab('rates', 'rates-table');
      const day = new Date().toISOString().slice(0, 10); // the server's today (UTC)
      await page.getByTestId('rate-currency').click();
      await page.getByRole('option', { name: /^SEK/ }).click();
      await fillDate(page.getByTestId('rate-date-input'), day);
      await page.getByTestId('rate-per-euro').fill('11.2');
      await page.getByText('1 EUR = 11.2 SEK').waitFor();
      const saved = page.waitForResponse((r) => r.url().endsWith('/api/exchange-rates') && r.request().method() === 'PUT');
      await page.getByTestId('rate-add').click();
      expect((await saved).status()).toBe(200);
      const sek = page.locator('[data-testid=rate-row][data-currency=SEK]');
      await expect.poll(() => sek.getByTestId('rate-value').innerText(), waitFor).toBe('1 EUR = 11.2 SEK');
      const rates = await get<{ currency: string; rateOn: string; perEuro: number }[]>('/api/exchange-rates');
      expect(rates.find((r) => r.currency === 'SEK')).toEqual({ currency: 'SEK', rateOn: day, perEuro: 11.2 });
      await expectAccessible(page, 'the exchange rates');
      await snap(page, 'settings-rates-en-1280');
    }, 90_000);

    it('keeps notifications for 24 months: the data retention rule a scheduled job applies (GDPR)', async () => {
      await openTab('retention', 'retention-notifications');
      await page.getByTestId('retention-months-notifications').fill('24');
      const saved = page.waitForResponse((r) => r.url().endsWith('/api/data-retention') && r.request().method() === 'PUT');
      await page.getByTestId('retention-save').click();
      expect((await saved).status()).toBe(200);
      const rules = await get<{ items: { kind: string; months: number | null }[] }>('/api/data-retention');
      expect(rules.items).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ kind: 'notifications', months: 24 }),
          expect.objectContaining({ kind: 'unconverted_leads', months: null }),
        ]),
      );
      await expectAccessible(page, 'the data retention rules');
      await snap(page, 'settings-retention-en-1280');
    }, 90_000);

    it('shows markets with their leaders and adds one (a wrong country code is pointed out in place)', async () => {
      await openTab('structure', 'market-row');
      const markets = await get<{ code: string }[]>('/api/markets');
      await expect.poll(() => page.getByTestId('market-row').count(), waitFor).toBe(markets.length);
      expect(await page.getByTestId('market-SE-leader').inputValue()).not.toBe('No leader');
      await expectAccessible(page, 'markets and sales groups');
      await snap(page, 'settings-structure-en-1280');

      await page.getByTestId('market-add').click();
      await page.getByTestId('market-new-code').fill('D');
      await page.getByTestId('market-new-name').fill('Germany');
      await page.getByTestId('market-new-locale').click();
      await page.getByRole('option', { name: /de-DE/ }).click();
      await page.getByTestId('market-new-save').click();
      await page.getByText('Use a two-letter country code, e.g. SE').waitFor();
      await page.getByTestId('market-new-code').fill('DE');
      await page.getByTestId('market-new-save').click();
      await page.locator('[data-testid=market-row][data-code=DE]').waitFor();
      expect(await page.getByTestId('market-DE-currency').inputValue()).toBe('EUR');
      expect((await get<{ code: string; locale: string }[]>('/api/markets')).find((m) => m.code === 'DE')).toMatchObject({
        locale: 'de-DE',
      });
    }, 90_000);

    it('creates a local variant for a sales group in a market, starting from the global stages', async () => {
      await openTab('process', 'stage-row');
      await page.getByTestId('variant-new').click();
      await page.getByTestId('variant-create').click();
      await page.getByText('Choose a sales group, a market or both', { exact: true }).waitFor();
      await expectAccessible(page, 'the new process variant form');
      await page.getByTestId('variant-name').fill('Fleet in Norway');
      await page.getByTestId('variant-group').click();
      await page.getByRole('option', { name: 'Fleet & Mobility' }).click();
      await page.getByTestId('variant-market').click();
      await page.getByRole('option', { name: 'Norway' }).click();
      await page.getByTestId('variant-create').click();
      await expect.poll(() => page.getByTestId('process-pick').inputValue(), waitFor).toBe('Fleet in Norway (Fleet & Mobility · Norway)');
      await expect
        .poll(() => stageKeys(page), waitFor)
        .toEqual(['identified', 'quote_designed', 'pricing', 'negotiation', 'quote_sent', 'won', 'lost']);
      expect(new URL(page.url()).searchParams.get('process')).toBeTruthy();
    }, 90_000);

    it('works at phone width in English', async () => {
      await page.setViewportSize({ width: 375, height: 812 });
      await page.goto(`${server.base}/admin/settings?tab=process`);
      await page.getByTestId('stage-row').first().waitFor();
      await noSidewaysScroll(page);
      await snap(page, 'settings-process-en-375');
      await page.goto(`${server.base}/admin/settings`);
      await page.getByTestId('settings-org-form').waitFor();
      await noSidewaysScroll(page);
      await snap(page, 'settings-organisation-en-375');
      await page.setViewportSize({ width: 1280, height: 860 });
    });

    const url = `https://10.20.30.40/korsa-${Date.now() % 10_000}`; // an ERP inside the company's network (and no DNS here)

    it('adds a webhook endpoint and finds it in the audit trail, by the action typed in its filter', async () => {
      await page.goto(`${server.base}/admin/webhooks`);
      await page.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Add endpoint' }).first().click();
      const modal = page.getByRole('dialog', { name: 'Add a webhook endpoint' });
      await modal.getByRole('textbox', { name: 'Address' }).fill(url);
      await modal.getByTestId('webhook-events').click();
      await page.getByRole('option').first().click();
      await modal.getByRole('heading', { name: 'Add a webhook endpoint' }).click(); // closes the list
      await modal.getByRole('switch', { name: 'Allow private network addresses' }).click();
      await expectAccessible(page, 'the webhook endpoint form');
      await modal.locator('button[type=submit]').click();
      await modal.waitFor({ state: 'hidden' }).catch(async (e: unknown) => {
        await shot(page, 'webhook-form-refused', false);
        throw new Error(`The endpoint form stayed open: ${(await modal.innerText()).replace(/\s+/g, ' ')}`, { cause: e });
      });
      await page.getByText(url).first().waitFor();

      await page.goto(`${server.base}/admin/audit`);
      await page.getByTestId('audit-table').waitFor();
      await page.getByRole('textbox', { name: 'Action' }).fill('webhook_endpoint.');
      await page.getByRole('textbox', { name: 'Action' }).blur();
      await expect.poll(() => new URL(page.url()).searchParams.get('action'), waitFor).toBe('webhook_endpoint.');
      const rows = page.getByTestId('audit-table').locator('tbody tr');
      await expect.poll(() => rows.count(), waitFor).toBe(1);
      expect(await rows.first().innerText()).toContain('webhook_endpoint.created');
      await expectAccessible(page);
      await page.goto(`${server.base}/admin/settings`); // where the next step starts
      await page.getByTestId('settings-org-form').waitFor();
    });

    it('rotates the endpoint’s signing secret (shown once, the old one signing beside it for a day) and sends it a test event', async () => {
      interface Hook {
        id: string;
        url: string;
        secret: string;
        previousSecretUntil: string | null;
      }
      const before = (await get<Hook[]>('/api/webhooks')).find((e) => e.url === url)!;
      await page.goto(`${server.base}/admin/webhooks`);
      await page.getByRole('button', { name: `Rotate the signing secret of ${url}`, exact: true }).click();
      const confirm = page.getByRole('dialog', { name: `Rotate the signing secret of ${url}?` });
      await confirm.getByRole('button', { name: 'Rotate the secret' }).click();
      const done = page.getByRole('dialog', { name: 'The new signing secret' });
      const secret = (await done.getByTestId('new-secret').innerText()).trim();
      expect(secret).toMatch(/^whsec_/);
      expect(secret).not.toBe(before.secret);
      await expectAccessible(page, 'the new signing secret');
      await done.getByRole('button', { name: 'Done', exact: true }).click();
      await done.waitFor({ state: 'hidden' });
      await page.getByText(/Old secret signs too until/).first().waitFor();
      const after = (await get<Hook[]>('/api/webhooks')).find((e) => e.url === url)!;
      expect(after.secret).toBe(secret);
      const grace = Date.parse(after.previousSecretUntil!) - Date.now();
      expect(grace).toBeGreaterThan(23 * 3_600_000);
      expect(grace).toBeLessThanOrEqual(24 * 3_600_000);

      // the address does not answer here: the test event goes the normal way and fails after the timeout, in words
      await page.getByRole('button', { name: `Send a test event to ${url}`, exact: true }).click();
      await page.getByText(/The test event was not accepted/).first().waitFor({ timeout: 40_000 });
      const log = await get<{ items: { eventType: string; status: string; attempts: number }[] }>(`/api/webhooks/${after.id}/messages`);
      expect(log.items.find((m) => m.eventType === 'webhook.test')?.attempts).toBeGreaterThanOrEqual(1);
      await page.goto(`${server.base}/admin/settings`); // where the next step starts
      await page.getByTestId('settings-org-form').waitFor();
    }, 90_000);

    it('speaks Swedish, at 1280 and 375 px', async () => {
      await page.getByTestId('language-menu').click();
      const saved = page.waitForResponse((r) => r.url().endsWith('/api/me') && r.request().method() === 'PATCH');
      await page.getByRole('menuitem', { name: 'Svenska' }).click();
      expect((await saved).status()).toBe(200);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText(), waitFor).toBe('Inställningar');
      expect(await page.getByTestId('settings-org-form').innerText()).toContain('Rapportvaluta');
      await snap(page, 'settings-organisation-sv-1280');

      await openTab('process', 'stage-row');
      expect(await page.getByTestId('stages-editor').innerText()).toContain('Sannolikhet');
      // a default stage not renamed is shown in Swedish on the board; the editor says so
      expect(await page.locator('[data-testid=stage-row][data-key=identified]').innerText()).toContain(
        'Visas som ”Affärsmöjlighet identifierad”',
      );
      await snap(page, 'settings-process-sv-1280');
      await openTab('rates', 'rates-table');
      await snap(page, 'settings-rates-sv-1280');

      await page.setViewportSize({ width: 375, height: 812 });
      await openTab('process', 'stage-row');
      await noSidewaysScroll(page);
      await snap(page, 'settings-process-sv-375');
      await page.goto(`${server.base}/admin/settings?tab=rates`);
      await page.getByTestId('rates-table').waitFor();
      await noSidewaysScroll(page);
      await snap(page, 'settings-rates-sv-375');
      await page.goto(`${server.base}/admin/settings?tab=structure`);
      await page.getByTestId('market-row').first().waitFor();
      await noSidewaysScroll(page);
      await snap(page, 'settings-structure-sv-375');
      await page.setViewportSize({ width: 1280, height: 860 });
    });
  });

  describe('a seller', () => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      ({ context, page } = await signedInPage(browser, server.base, seller));
    });
    afterAll(async () => context?.close());

    it('is neither offered Settings nor let in (the demo seller reads Swedish)', async () => {
      await page.getByTestId('main-nav').getByRole('link').first().waitFor();
      expect(await page.getByTestId('main-nav').locator('a[href="/admin/settings"]').count()).toBe(0);
      await page.goto(`${server.base}/admin/settings`);
      await expect.poll(() => page.getByRole('heading', { level: 2 }).first().innerText(), waitFor).toBe('Sidan finns inte');
      expect(await page.getByTestId('settings-page').count()).toBe(0);
      await expectAccessible(page, 'not found');
    }, 90_000);

    it('chooses on their account page that "target behind pace" comes in the daily digest, not in the bell (K2)', async () => {
      await page.goto(`${server.base}/settings/account`);
      const section = page.getByRole('region', { name: 'Larm' });
      await section.getByRole('row', { name: /Mål efter takten/ }).waitFor();
      const saved = () => page.waitForResponse((r) => r.url().endsWith('/alert-preferences') && r.request().method() === 'PUT');
      let done = saved();
      await section.getByRole('switch', { name: 'Mål efter takten i klockan' }).click({ force: true });
      expect((await done).status()).toBe(200);
      done = saved();
      await section
        .getByRole('row', { name: /Mål efter takten/ })
        .getByText('Daglig sammanfattning')
        .click();
      const body = (await (await done).json()) as { items: { alert: string; inApp: boolean; email: string }[] };
      expect(body.items.find((i) => i.alert === 'behind_pace')).toMatchObject({ inApp: false, email: 'digest' });
      await snap(page, 'settings-alerts-sv');
      await expectAccessible(page, 'the alert settings');
    }, 90_000);
  });
});
