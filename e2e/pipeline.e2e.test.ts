/**
 * The pipeline journey in a real browser: a seller creates an opportunity from an account page (asked
 * for value, close date and contact), adds a line, drags it to "Quote sent" (asked for the quote
 * fields in place), loses it to a named competitor — and every step is on the account's timeline.
 * A leader opens the outstanding quotes and the timed-out list. Needs the built web app (web/dist).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiAs,
  choose,
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

if (!hasChromium) console.warn('[e2e] Skipping the pipeline journey: no Chromium at /usr/bin/chromium.');

const seller = 'seller@nordlys.example';
const leader = 'leader@nordlys.example';

interface ContactRow {
  id: string;
  accountId: string;
  firstName: string;
  lastName: string;
}
interface Competitor {
  id: string;
  name: string;
}

/** Drag with the mouse in small steps: dnd-kit's PointerSensor starts after a few pixels of movement. */
async function drag(page: Page, from: ReturnType<Page['locator']>, to: ReturnType<Page['locator']>) {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + 20);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + 25, { steps: 5 });
  // aim at the part of the column that is on screen: the board scrolls sideways
  const x = Math.min(b.x + 40, (page.viewportSize()?.width ?? 1280) - 40);
  await page.mouse.move(x, b.y + 60, { steps: 20 });
  await page.mouse.move(x + 2, b.y + 62, { steps: 4 });
  await page.waitForTimeout(150);
  await page.mouse.up();
}

/** A drag on a busy machine can fall short: try again until it lands (at most three times). */
async function dragUntil(page: Page, from: ReturnType<Page['locator']>, to: ReturnType<Page['locator']>, landed: () => Promise<boolean>) {
  for (let attempt = 0; attempt < 3; attempt++) {
    await to.scrollIntoViewIfNeeded();
    await from.scrollIntoViewIfNeeded();
    await drag(page, from, to);
    if (await landed()) return;
  }
  throw new Error('The card did not land after three drags');
}

// every step checks accessibility in both schemes (axe over a full board takes tens of seconds on 2 busy cores)
describe.skipIf(!hasChromium)('pipeline journey (Chromium)', { timeout: 90_000 }, () => {
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
    let contact: ContactRow;
    let competitor: Competitor;
    const name = `Fleet renewal ${Date.now() % 100000}`;

    beforeAll(async () => {
      const get = await apiAs(server.base, seller);
      contact = (await get<{ items: ContactRow[] }>('/api/contacts?pageSize=1&sort=name')).items[0]!;
      competitor = (await get<Competitor[]>('/api/competitors'))[0]!;
      ({ context, page } = await signedInPage(browser, server.base, seller));
    });
    afterAll(async () => context?.close());

    it('creates an opportunity from the account page, asked for value, close date and contact', async () => {
      await page.goto(`${server.base}/accounts/${contact.accountId}`);
      await page.getByTestId('account-new-opportunity').waitFor();
      await expectAccessible(page);
      await page.getByTestId('account-new-opportunity').click();
      await page.getByTestId('new-opportunity-page').waitFor();
      // the first stage's gate as the server presents it marks value, close date and contact as required
      await expect.poll(() => page.getByTestId('new-opportunity-contact').getAttribute('required'), waitFor).not.toBeNull();
      expect(await page.getByTestId('new-opportunity-value').getAttribute('required')).not.toBeNull();
      await page.getByTestId('new-opportunity-submit').click();
      // and is checked before sending: the name, value and contact are missing (the close date has a default)
      await expect.poll(() => page.locator('[aria-invalid=true]').count(), waitFor).toBe(3);
      await expectAccessible(page);
      await page.getByTestId('new-opportunity-name').fill(name);
      await page.getByTestId('new-opportunity-value').fill('250000');
      await choose(page, 'new-opportunity-contact', `${contact.firstName} ${contact.lastName}`);
      await page.getByTestId('new-opportunity-submit').click();
      await page.getByTestId('opportunity-page').waitFor();
      await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText(), waitFor).toBe(name);
      await expectAccessible(page);
    });

    it('adds a line item, as a seller would before quoting', async () => {
      await page.getByTestId('edit-lines').click();
      await choose(page, 'line-product');
      await page.getByTestId('line-price').fill('12000');
      await page.getByTestId('save-lines').click();
      await expect.poll(() => page.getByTestId('lines').locator('tbody tr').count(), waitFor).toBe(1);
      await page.setViewportSize({ width: 1280, height: 860 });
    });

    it('drags it to "Quote sent", fills in the quote fields the modal asks for, and it lands there', async () => {
      await page.goto(`${server.base}/pipeline?q=${encodeURIComponent(name)}`);
      const card = page.getByTestId('opportunity-card').filter({ hasText: name });
      await card.waitFor();
      await expectAccessible(page);
      await shot(page, 'pipeline-board-sv-desktop', false);
      await page.setViewportSize({ width: 1700, height: 900 });
      await dragUntil(page, card, page.locator('[data-testid=board-column][data-stage=quote_sent]'), () =>
        page
          .getByTestId('gate-quoteSentOn')
          .waitFor({ timeout: 5000 })
          .then(
            () => true,
            () => false,
          ),
      );
      const gate = page.getByTestId('gate-modal');
      expect(await page.getByTestId('gate-quoteValidUntil').count()).toBe(1);
      expect(await page.getByTestId('gate-estimatedValue').count()).toBe(0);
      await fillDate(page.getByTestId('gate-quoteSentOn'), '2026-01-10');
      await fillDate(page.getByTestId('gate-quoteValidUntil'), '2026-03-10');
      await expectAccessible(page, 'the gate modal');
      await page.getByTestId('gate-submit').click();
      await gate.waitFor({ state: 'hidden' }).catch(() => undefined);
      await page
        .locator('[data-testid=board-column][data-stage=quote_sent]')
        .getByTestId('opportunity-card')
        .filter({ hasText: name })
        .waitFor();
    });

    it('at 1440 px drags it on to Negotiation: it lands there, never on Lost (the board scrolls only at its edge)', async () => {
      await page.setViewportSize({ width: 1440, height: 900 });
      const card = page.getByTestId('opportunity-card').filter({ hasText: name });
      const negotiation = page.locator('[data-testid=board-column][data-stage=negotiation]');
      await dragUntil(page, card, negotiation, () =>
        negotiation
          .getByTestId('opportunity-card')
          .filter({ hasText: name })
          .waitFor({ timeout: 5000 })
          .then(
            () => true,
            () => false,
          ),
      );
      expect(await page.getByTestId('lose-modal').count()).toBe(0);
      // every column's count is shown whole
      const cut = await page
        .getByTestId('column-count')
        .evaluateAll(
          (badges) => badges.filter((b) => (b.firstElementChild ?? b).scrollWidth > (b.firstElementChild ?? b).clientWidth).length,
        );
      expect(cut).toBe(0);
    });

    it('loses it to a named competitor from the card’s "Move to…" menu', async () => {
      const card = page.getByTestId('opportunity-card').filter({ hasText: name });
      // the last move's confirmation has closed: axe would otherwise read it half-faded behind the modal's overlay
      await expect.poll(() => page.locator('.mantine-Notification-root').count(), { timeout: 20_000, interval: 200 }).toBe(0);
      await card.getByTestId('card-menu').click();
      await page.getByTestId('move-to-lost').click();
      await page.getByTestId('lose-modal').waitFor();
      await page.getByTestId('lost-reason-competitor').click();
      // the contract's rule for this deal, said before the server says it: a loss to a competitor names which
      await page.getByTestId('lose-submit').click();
      const competitorField = page
        .getByTestId('lose-modal')
        .locator('.mantine-Select-root')
        .filter({ has: page.getByTestId('lost-competitor') });
      await expect.poll(() => competitorField.locator('.mantine-InputWrapper-error').count(), waitFor).toBe(1);
      expect(await page.getByTestId('lose-modal').isVisible()).toBe(true);
      await choose(page, 'lost-competitor', competitor.name);
      expect(await competitorField.locator('.mantine-InputWrapper-error').count()).toBe(0);
      // a deal classified as a renewal is churn when lost: the modal asks why the customer left as well
      if (await page.getByTestId('churn-reason').isVisible()) await choose(page, 'churn-reason');
      await expectAccessible(page, 'the lose modal');
      await page.getByTestId('lose-submit').click();
      await page.getByTestId('lose-modal').waitFor({ state: 'hidden' });
      // a lost card says the day it closed (the seller reads Swedish)
      const lost = page.locator('[data-stage=lost]').getByTestId('opportunity-card').filter({ hasText: name });
      await expect.poll(() => lost.getByTestId('card-close').textContent(), waitFor).toMatch(/^Avslutad \d{1,2}\.? \S+/);
    });

    it('finds every step on the account timeline, in words and in Swedish', async () => {
      await page.goto(`${server.base}/accounts/${contact.accountId}`);
      const timeline = page.getByTestId('timeline');
      await timeline.waitFor();
      await expect.poll(() => timeline.innerText(), waitFor).toContain(`Affärsmöjligheten ${name} identifierad`);
      const text = await timeline.innerText();
      expect(text).toContain(`${name} flyttad från Affärsmöjlighet identifierad till Offert skickad`);
      expect(text).toContain(`Affärsmöjligheten ${name} förlorad: Förlorad till en konkurrent`);
      await expectAccessible(page);
    });
  });

  describe('a sales leader', () => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      ({ context, page } = await signedInPage(browser, server.base, leader));
    });
    afterAll(async () => context?.close());

    it('opens outstanding quotes and the timed-out list', async () => {
      await page.goto(`${server.base}/pipeline`);
      await page.getByTestId('board').waitFor();
      await page.getByTestId('opportunity-card').first().waitFor();
      // a leader's board opens on their team
      expect(await page.getByTestId('pipeline-scope').locator('input:checked').getAttribute('value')).toBe('team');
      // one warning at most on a card, and the demo has deals whose close date has passed
      expect(
        await page.locator('[data-testid=opportunity-card]:has([data-testid=card-warning] ~ [data-testid=card-warning])').count(),
      ).toBe(0);
      expect(await page.locator('[data-testid=card-warning][data-warning]').count()).toBeGreaterThan(0);
      // a won card says the day it was signed (what its volume counts by), not when it was marked won
      const signed = { en: 'Signed', sv: 'Signerad', nb: 'Signert' }[(await page.locator('html').getAttribute('lang')) ?? 'en'];
      const won = page.locator('[data-stage=won]').getByTestId('card-close');
      expect(await won.count()).toBeGreaterThan(0);
      for (const text of await won.allTextContents()) expect(text).toMatch(new RegExp(`^${signed} \\d{1,2}\\.? \\S+`));
      await expectAccessible(page);
      await page.getByTestId('open-outstanding').click();
      await page.getByTestId('quotes-by-seller').waitFor();
      expect(Number((await page.getByTestId('outstanding-total').innerText()).replace(/\D/g, ''))).toBeGreaterThan(0);
      await expectAccessible(page, 'outstanding quotes');
      await page.keyboard.press('Escape');
      await page.getByTestId('open-timed-out').click();
      await page.getByTestId('timed-out-list').waitFor();
      await page.getByTestId('opportunities-table').or(page.getByText(/.+/).first()).first().waitFor();
      await expectAccessible(page, 'the timed-out list');
    }, 240_000);

    it('shows an opportunity page in Norwegian', async () => {
      const get = await apiAs(server.base, leader);
      const list = await get<{ items: { id: string }[] }>('/api/opportunities?status=open&pageSize=1');
      await page.goto(`${server.base}/pipeline/${list.items[0]!.id}`);
      await page.getByTestId('opportunity-page').waitFor();
      await page.getByTestId('language-menu').click();
      await page.locator('[role=menuitem][lang=nb]').click();
      await expect.poll(() => page.locator('html').getAttribute('lang'), waitFor).toBe('nb');
      await page.locator('[role=menu]').waitFor({ state: 'hidden' });
      expect(await page.getByTestId('opportunity-page').innerText()).toMatch(/Salgsmulighet|salgsmulighet|Verdi/);
      await expectAccessible(page);
    });
  });
});
