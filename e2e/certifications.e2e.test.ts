/**
 * Industry knowledge in a real browser (I2, issue 20): a leader sees which industries have too few
 * certified sellers, certifies the demo seller in Information and communication (J) after an exam, the
 * certification shows on the seller's profile, and the seller is proposed — with the "Certified in J"
 * badge — when the leader reassigns an account of that industry and when a tip about it is routed to the
 * seller's group. Needs the built web app (web/dist).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, expectAccessible, fillDate, hasChromium, launchBrowser, shot, signedInPage, startServer, type Server } from './support';

if (!hasChromium) console.warn('[e2e] Skipping the certifications journey: no Chromium at /usr/bin/chromium.');

const seller = 'seller@nordlys.example';
const leader = 'leader@nordlys.example';
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
/** J's name in the three languages (domain/industries.ts), whatever language the person works in. */
const informationAndCommunication = /Information and communication|Informations- och kommunikationsverksamhet|Informasjon og kommunikasjon/;

describe.skipIf(!hasChromium)('industry certifications (Chromium)', () => {
  let server: Server;
  let browser: Browser;
  let me: { user: { id: string; name: string }; salesGroup: { id: string } };
  let account: { id: string; name: string };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const get = await apiAs(server.base, seller);
    me = await get<typeof me>('/api/me');
    account = (await get<{ items: { id: string; name: string }[] }>('/api/accounts?industry=J&pageSize=1')).items[0]!;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  }, 90_000);

  it('shows the leader the industries with too few certified sellers, and certifies the seller in J', async () => {
    const { context, page } = await signedInPage(browser, server.base, leader);
    try {
      await page.goto(`${server.base}/certifications`);
      const j = page.getByTestId('coverage-row').and(page.locator('[data-industry=J]'));
      await j.waitFor();
      expect(await j.getAttribute('data-too-few')).toBe('true');
      await page.getByTestId('certifications-expiring').waitFor();
      await expectAccessible(page);
      await shot(page, 'certifications-coverage');

      await page.goto(`${server.base}/certifications/${me.user.id}`);
      await page.getByTestId('certifications-none').waitFor();
      await page.getByTestId('grant-open').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByTestId('grant-industry').click();
      await page.getByRole('option', { name: informationAndCommunication }).click();
      // an expiry before the day of the exam is refused at the field
      await fillDate(dialog.getByTestId('grant-granted-on'), inDays(-1));
      await fillDate(dialog.getByTestId('grant-expires-on'), inDays(-30));
      await dialog.getByTestId('grant-submit').click();
      await dialog.getByText(/The expiry must come after|Slutdatumet måste komma efter|Sluttdatoen må komme etter/).waitFor();
      await fillDate(dialog.getByTestId('grant-expires-on'), inDays(730));
      await expectAccessible(page, 'the grant dialog');
      await dialog.getByTestId('grant-submit').click();
      await dialog.waitFor({ state: 'detached' });
      const row = page.getByTestId('certification-row').filter({ hasText: informationAndCommunication });
      await row.waitFor();
      expect(await row.getAttribute('data-state')).toBe('valid');
      await shot(page, 'certifications-seller');
    } finally {
      await context.close();
    }
  }, 120_000);

  it('shows the certification on the seller’s own profile', async () => {
    const { context, page } = await signedInPage(browser, server.base, seller);
    try {
      await page.goto(`${server.base}/settings/account`);
      const mine = page.getByTestId('my-certifications');
      await mine.getByTestId('certification-row').filter({ hasText: informationAndCommunication }).waitFor();
      await expectAccessible(page);
    } finally {
      await context.close();
    }
  }, 90_000);

  it('proposes the certified seller when the leader reassigns an account of the industry, and when a tip about it is routed', async () => {
    expect(account, 'the demo has an account in J').toBeTruthy();
    const { context, page } = await signedInPage(browser, server.base, leader);
    try {
      await page.goto(`${server.base}/accounts?industry=J`);
      await page.getByTestId('accounts-table').getByRole('row').filter({ hasText: account.name }).getByTestId('select-row').check();
      await page.getByTestId('reassign-open').click();
      const proposal = page.getByRole('dialog').getByTestId('certified-seller').filter({ hasText: me.user.name });
      await proposal.waitFor();
      expect(await proposal.getByTestId('certified-badge').innerText()).toMatch(/J – /);
      await proposal.getByTestId('certified-seller-choose').click();
      await expect.poll(() => page.getByTestId('reassign-owner').inputValue()).toBe(me.user.name);
      await expectAccessible(page, 'the reassign dialog with proposals');
      await shot(page, 'certifications-reassign-proposal', false);
    } finally {
      await context.close();
    }
    // an admin (of no group) routes a tip about the account to the seller's group
    const { context: other, page: p } = await signedInPage(browser, server.base, 'admin@nordlys.example');
    try {
      const page = p;
      await page.goto(`${server.base}/cross-selling/new?accountId=${account.id}&groupId=${me.salesGroup.id}`);
      const routed = page.getByTestId('certified-sellers').getByTestId('certified-seller').filter({ hasText: me.user.name });
      await routed.waitFor();
      await routed.getByTestId('certified-seller-choose').click();
      await expect.poll(() => page.getByTestId('handoff-seller').inputValue()).toBe(me.user.name);
      await expectAccessible(page, 'the tip form with proposals');
    } finally {
      await other.close();
    }
  }, 120_000);
});
