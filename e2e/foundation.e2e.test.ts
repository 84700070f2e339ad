/**
 * The foundation journey in a real browser (Debian's Chromium, never a downloaded one):
 * sign-in redirect, a wrong password in two languages, the user's own language, switching
 * English ↔ Svenska ↔ Norsk bokmål, phone width, dark mode, and signing out.
 * Needs the built web app (web/dist); `npm test` builds it first.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import { openPglite, type Database } from '../server/db/client';
import { loadDemo } from '../server/demo/load';
import type { App } from '../server/platform/http';
import { expectAccessible } from './support';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = fs.existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`[e2e] Skipping the browser journeys: no Chromium at ${CHROMIUM}. Install it with: apt-get install -y chromium`);
}

const webDist = fileURLToPath(new URL('../web/dist', import.meta.url));
const screenshots = fileURLToPath(new URL('../.screenshots', import.meta.url));
const seller = { email: 'seller@nordlys.example', password: 'nordlys-demo' };

const nav = {
  en: [
    'Overview',
    'Accounts',
    'Contacts',
    'Products',
    'Pipeline',
    'Cross-selling',
    'Game',
    'Leads',
    'Retention',
    'One-to-ones',
    'International accounts',
    'Targets',
    'Insights',
    'API keys',
  ],
  sv: [
    'Översikt',
    'Kunder',
    'Kontaktpersoner',
    'Produkter',
    'Säljtratt',
    'Korsförsäljning',
    'Spelet',
    'Leads',
    'Kundvård',
    'Uppföljningssamtal',
    'Internationella kunder',
    'Mål',
    'Insikter',
    'API-nycklar',
  ],
  nb: [
    'Oversikt',
    'Kunder',
    'Kontaktpersoner',
    'Produkter',
    'Salgstrakt',
    'Kryssalg',
    'Spillet',
    'Leads',
    'Kundepleie',
    'Oppfølgingssamtaler',
    'Internasjonale kunder',
    'Mål',
    'Innsikt',
    'API-nøkler',
  ],
};
const waitFor = { timeout: 10_000, interval: 100 };

/** The demo user's display name, straight from the API (names are generated from the seed). */
async function nameOf(base: string, user: { email: string; password: string }): Promise<string> {
  const res = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(user),
  });
  if (!res.ok) throw new Error(`Demo sign-in failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { user: { name: string } }).user.name;
}

describe.skipIf(!hasChromium)('foundation journey (Chromium)', () => {
  let database: Database;
  let app: App;
  let base: string;
  let userDataDir: string;
  let context: BrowserContext;
  let page: Page;
  let sellerName: string;

  beforeAll(async () => {
    if (!fs.existsSync(path.join(webDist, 'index.html'))) {
      throw new Error(`${webDist}/index.html is missing: build the web app first (npm run build; npm test does it for you).`);
    }
    database = await openPglite();
    await database.migrate();
    await loadDemo(database.db, { seed: 1, size: 'small' });
    ({ app } = await buildApp({ database, config: loadConfig({}), webDist, logger: false }));
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    sellerName = await nameOf(base, seller);

    fs.mkdirSync(screenshots, { recursive: true });
    userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'korsa-e2e-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1280, height: 860 },
      locale: 'en-GB',
      colorScheme: 'light',
    });
    context.setDefaultTimeout(10_000);
    page = context.pages()[0] ?? (await context.newPage());
  });

  afterAll(async () => {
    await context?.close();
    await app?.close();
    await database?.close();
    if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
  });

  const shot = (name: string) => page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage: true });
  const navLabels = () => page.getByTestId('main-nav').getByRole('link').allInnerTexts();
  const navRightEdge = async () => {
    const box = await page.getByTestId('main-nav').boundingBox();
    return box ? box.x + box.width : 0;
  };
  const htmlLang = () => page.locator('html').getAttribute('lang');

  /** Opens the language menu by its accessible name in the current language and picks a language. */
  async function switchLanguage(menuName: string, language: string, { signedIn }: { signedIn: boolean }) {
    await page.getByRole('button', { name: new RegExp(`^${menuName} \\(`) }).click();
    const saved = signedIn ? page.waitForResponse((r) => r.url().endsWith('/api/me') && r.request().method() === 'PATCH') : null;
    await page.getByRole('menuitem', { name: language }).click();
    if (saved) expect((await saved).status()).toBe(200);
  }

  it('sends a signed-out visitor to sign-in, remembering where they were going', async () => {
    await page.goto(`${base}/pipeline`);
    await page.waitForURL(/\/sign-in\?next=%2Fpipeline$/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText(), waitFor).toBe('Sign in to Korsa');
    expect(await htmlLang()).toBe('en');
    expect(await page.getByTestId('demo-hint').innerText()).toContain('seller@nordlys.example');
  });

  it('explains a wrong password, in the language on screen', async () => {
    await page.getByRole('textbox', { name: 'E-mail' }).fill(seller.email);
    await page.getByRole('textbox', { name: 'Password' }).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const error = page.getByTestId('sign-in-error');
    await expect.poll(() => error.innerText(), waitFor).toBe('The e-mail address or password is wrong.');

    await switchLanguage('Language', 'Svenska', { signedIn: false });
    await expect.poll(() => error.innerText(), waitFor).toBe('Fel e-postadress eller lösenord.');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Logga in i Korsa');
    expect(await htmlLang()).toBe('sv');
    await expectAccessible(page);
    await shot('sign-in-error-sv');

    await switchLanguage('Språk', 'English', { signedIn: false });
    await expect.poll(() => error.innerText(), waitFor).toBe('The e-mail address or password is wrong.');
  }, 90_000);

  it('signs in, returns to the page asked for, and takes the user’s own language (Swedish for this seller)', async () => {
    await page.getByRole('textbox', { name: 'Password' }).fill(seller.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${base}/pipeline`);
    await expect.poll(navLabels, waitFor).toEqual(nav.sv);
    expect(await htmlLang()).toBe('sv');
    await page.getByTestId('board').waitFor();
    await expectAccessible(page);
  }, 120_000);

  it('shows the navigation in English when English is chosen', async () => {
    await switchLanguage('Språk', 'English', { signedIn: true });
    await expect.poll(navLabels, waitFor).toEqual(nav.en);
    expect(await htmlLang()).toBe('en');
    await page.getByTestId('main-nav').getByRole('link', { name: 'Overview' }).click();
    await page.getByTestId('home-page').waitFor();
    const firstName = sellerName.split(' ')[0] ?? sellerName;
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(
      new RegExp(`^Good (morning|afternoon|evening), ${firstName}$`),
    );
    await expectAccessible(page);
  }, 90_000);

  it('switches to Svenska: every navigation label and control is Swedish, and it sticks after a reload', async () => {
    await switchLanguage('Language', 'Svenska', { signedIn: true });
    await expect.poll(navLabels, waitFor).toEqual(nav.sv);
    const navText = await page.getByTestId('main-nav').innerText();
    // 'Leads' is Swedish too
    for (const english of nav.en.filter((w) => !nav.sv.includes(w))) expect(navText).not.toContain(english);
    expect(await htmlLang()).toBe('sv');
    await page.getByRole('button', { name: 'Språk (SV)', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Kontomeny' }).waitFor();
    expect(await page.getByTestId('first-steps').innerText()).toContain('Logga ett samtal');

    await page.reload();
    await expect.poll(navLabels, waitFor).toEqual(nav.sv);
    await page.getByTestId('first-steps').waitFor();
    await shot('sv-overview-desktop');
  });

  it('works at phone width (375 px): no sideways scrolling, navigation behind the burger', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.getByRole('button', { name: 'Öppna menyn' }).waitFor();
    // Once the layout has settled, nothing sticks out sideways.
    await expect.poll(() => page.evaluate('document.documentElement.scrollWidth'), waitFor).toBeLessThanOrEqual(375);
    await expect.poll(navRightEdge, waitFor).toBeLessThanOrEqual(0); // the navigation has slid away
    await shot('sv-overview-375');
    // search and log are one tap away in the header
    await page.getByTestId('open-quick-log-phone').click();
    await page.getByTestId('quick-log-account').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('quick-log-account').waitFor({ state: 'hidden' });
    await page.getByTestId('open-palette-phone').click();
    await page.getByRole('dialog').or(page.locator('.mantine-Spotlight-content')).first().waitFor();
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Öppna menyn' }).click();
    await page.getByRole('button', { name: 'Stäng menyn' }).waitFor();
    await expect.poll(navRightEdge, waitFor).toBeGreaterThan(300); // the navigation has slid in
    await page.screenshot({ path: path.join(screenshots, 'sv-navigation-375.png') });
    await page.getByTestId('main-nav').getByRole('link', { name: 'Kunder', exact: true }).click();
    await page.waitForURL(`${base}/accounts`);
    await page.getByRole('button', { name: 'Öppna menyn' }).waitFor();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText(), waitFor).toBe('Kunder');
    await page.getByTestId('accounts-cards').waitFor();
    await expectAccessible(page);
    await page.setViewportSize({ width: 1280, height: 860 });
  }, 90_000);

  it('speaks Norwegian bokmål and has a dark mode', async () => {
    await page.getByTestId('main-nav').getByRole('link', { name: 'Översikt' }).click();
    await page.getByTestId('home-page').waitFor();
    await switchLanguage('Språk', 'Norsk bokmål', { signedIn: true });
    await expect.poll(navLabels, waitFor).toEqual(nav.nb);
    expect(await htmlLang()).toBe('nb');
    await shot('nb-overview-desktop');

    await page.getByRole('button', { name: 'Bytt til mørk modus' }).click();
    await expect.poll(() => page.locator('html').getAttribute('data-mantine-color-scheme'), waitFor).toBe('dark');
    await shot('nb-overview-dark');
    await page.getByRole('button', { name: 'Bytt til lys modus' }).click();
    await expect.poll(() => page.locator('html').getAttribute('data-mantine-color-scheme'), waitFor).toBe('light');

    await switchLanguage('Språk', 'Svenska', { signedIn: true });
    await expect.poll(navLabels, waitFor).toEqual(nav.sv);
  });

  it('signs out with "Logga ut" and lands on the sign-in page', async () => {
    await page.getByRole('button', { name: 'Kontomeny' }).click();
    const details = await page.getByTestId('user-menu-details').innerText();
    expect(details).toContain(sellerName);
    expect(details).toContain('Säljare');
    expect(details).toContain('Sverige');
    await page.getByRole('menuitem', { name: 'Logga ut' }).click();
    await page.waitForURL(`${base}/sign-in`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText(), waitFor).toBe('Logga in i Korsa');
    await page.getByTestId('signed-out').waitFor();
    await expectAccessible(page, 'sign-in, signed out');

    // The session is gone on the server too: a protected page sends us back.
    await page.goto(`${base}/targets`);
    await page.waitForURL(/\/sign-in\?next=%2Ftargets$/);
  }, 90_000);
});
