/**
 * Shared set-up of the browser journeys: the app in-process on PGlite with the demo organisation,
 * Debian's Chromium (never a downloaded one), and a signed-in API client for picking test data.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import { openPglite, type Database } from '../server/db/client';
import { loadDemo } from '../server/demo/load';
import type { Clock } from '../server/platform/clock';
import type { AppContext } from '../server/platform/context';
import type { App } from '../server/platform/http';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = fs.existsSync(CHROMIUM);
export const webDist = fileURLToPath(new URL('../web/dist', import.meta.url));
export const screenshots = fileURLToPath(new URL('../.screenshots', import.meta.url));
export const demoPassword = 'nordlys-demo';
export const waitFor = { timeout: 10_000, interval: 100 };

export interface Server {
  base: string;
  /** The app's context: a journey may run a scheduled job itself (e.g. with a later clock). */
  ctx: AppContext;
  close: () => Promise<void>;
}

/**
 * Fills a date field (web/src/shared/ui/DateField) with a day given as yyyy-mm-dd, in whatever language the
 * page is: the field takes the ISO form as typed and shows the day in the user's own form once it loses focus
 * (its calendar closing with it). Checks the field took the day rather than leaving it as typed text.
 */
export async function fillDate(field: Locator, isoDay: string): Promise<void> {
  await field.fill(isoDay);
  await field.blur();
  const [y, m, d] = isoDay.split('-');
  const shown = await field.inputValue();
  if (![`${d}/${m}/${y}`, isoDay, `${d}.${m}.${y}`].includes(shown))
    throw new Error(`The date field shows "${shown}" after typing ${isoDay}.`);
}

/**
 * Fills a date-time field (web/src/shared/ui/DateTimeField) with yyyy-mm-ddTHH:mm, in whatever language the page
 * is: the day through fillDate, then the hours and minutes typed into the time's own inputs (24-hour in every
 * language). Checks the field shows that time.
 */
export async function fillDateTime(field: Locator, localDateTime: string): Promise<void> {
  const [day, time] = localDateTime.split('T') as [string, string];
  const [hours, minutes] = time.split(':') as [string, string];
  await fillDate(field.locator('[data-part=day]'), day);
  await field.locator('[data-part=hours]').fill(hours);
  await field.locator('[data-part=minutes]').fill(minutes);
  await field.locator('[data-part=minutes]').blur();
  const shown = `${await field.locator('[data-part=hours]').inputValue()}:${await field.locator('[data-part=minutes]').inputValue()}`;
  if (shown !== time) throw new Error(`The date-time field shows ${shown} after typing ${time}.`);
}

/**
 * The API and the built web app on a free port, over a fresh demo database; with `clock`, the server's
 * time is the journey's to move (a deadline passing while the pages are open).
 */
export async function startServer(options: { clock?: Clock } = {}): Promise<Server> {
  if (!fs.existsSync(path.join(webDist, 'index.html'))) {
    throw new Error(`${webDist}/index.html is missing: build the web app first (npm run build; npm test does it for you).`);
  }
  const database: Database = await openPglite();
  await database.migrate();
  await loadDemo(database.db, { seed: 1, size: 'small' });
  const { app, ctx }: { app: App; ctx: AppContext } = await buildApp({
    database,
    config: loadConfig({}),
    webDist,
    logger: false,
    clock: options.clock,
  });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    base,
    ctx,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  fs.mkdirSync(screenshots, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-sync',
    ],
  });
}

/** A fresh browser context (its own cookies), signed in through the sign-in page. */
export async function signedInPage(browser: Browser, base: string, email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-GB', colorScheme: 'light' });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  await page.goto(`${base}/sign-in`);
  await page.locator('input[name=email]').fill(email);
  await page.locator('input[name=password]').fill(demoPassword);
  await page.locator('button[type=submit]').click();
  await page.waitForURL(`${base}/`);
  await page.getByTestId('home-page').waitFor();
  return { context, page };
}

export const shot = (page: Page, name: string, fullPage = true) =>
  page.screenshot({ path: path.join(screenshots, `${name}.png`), fullPage });

/**
 * A demo user's cookie session for the API, with its CSRF token: for the set-up a person would do
 * elsewhere and for choosing test data the way the UI would find it.
 */
export async function apiSession(base: string, email: string, password = demoPassword) {
  const res = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`Demo sign-in failed: ${res.status} ${await res.text()}`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  async function call<T>(method: string, path: string, body?: unknown, type = 'application/json'): Promise<T> {
    const r = await fetch(`${base}${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': type }) },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    if (!r.ok) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
    return (await r.json()) as T;
  }
  return {
    get: <T>(path: string) => call<T>('GET', path),
    post: <T>(path: string, body: unknown) => call<T>('POST', path, body),
    put: <T>(path: string, body: unknown) => call<T>('PUT', path, body),
    patch: <T>(path: string, body: unknown) => call<T>('PATCH', path, body),
    /** A file's text, e.g. a CSV to import. */
    postText: <T>(path: string, text: string, type = 'text/csv') => call<T>('POST', path, text, type),
  };
}

/**
 * Pick an option of a Mantine Select (or MultiSelect) by its text, or the first when none is named;
 * `type` types the text first (a searchable select whose list shows only what matches).
 */
export async function choose(page: Page, testId: string, option?: string, { type = false } = {}): Promise<void> {
  const input = page.getByTestId(testId);
  await input.click();
  if (type && option) await input.fill(option);
  const options = page.getByRole('option');
  const match = option ? options.filter({ hasText: option }).first() : options.first();
  await match.waitFor();
  await match.click();
}

/** Switch the interface's language from the header's menu, and wait (`patience`) until the page speaks it. */
export async function switchLanguage(page: Page, lang: 'en' | 'sv' | 'nb', patience = waitFor): Promise<void> {
  await page.getByTestId('language-menu').click();
  await page.locator(`[role=menuitem][lang=${lang}]`).click();
  await expect.poll(() => page.locator('html').getAttribute('lang'), patience).toBe(lang);
  await page.locator('[role=menu]').waitFor({ state: 'hidden' });
}

/** Reads through the API as a demo user sees it. */
export async function apiAs(base: string, email: string) {
  return (await apiSession(base, email)).get;
}

/** A typo a person might make: one letter dropped from the longest word of the name. */
export function misspell(name: string): string {
  const words = name.split(' ');
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  const i = Math.floor(longest.length / 2);
  return words.map((w) => (w === longest ? w.slice(0, i) + w.slice(i + 1) : w)).join(' ');
}

/** The rules an enterprise buyer asks for: WCAG 2.0 and 2.1, levels A and AA. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

type Scheme = 'light' | 'dark';
const schemeKey = 'mantine-color-scheme-value';

/**
 * Shows the page in a colour scheme through Mantine itself (the storage event it listens to for other
 * tabs), so that colours chosen in code follow too; the user's stored choice is left as it was.
 */
async function showScheme(page: Page, scheme: Scheme | 'auto'): Promise<void> {
  await page.evaluate(
    ([key, value]) => window.dispatchEvent(new StorageEvent('storage', { key, newValue: value, storageArea: window.localStorage })),
    [schemeKey, scheme] as const,
  );
  if (scheme !== 'auto') {
    await page.waitForFunction((s) => document.documentElement.getAttribute('data-mantine-color-scheme') === s, scheme, {
      timeout: waitFor.timeout,
    });
  }
  // two frames, so that styles are recomputed before axe reads colours
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await settled(page);
}

/**
 * Waits until nothing on the page is moving: a notice still fading in or out, or a colour still passing from one
 * scheme to the other, would be read half-faded by axe (CI once saw a notice's grey at 4.31:1 mid-way to the
 * dark scheme's).
 */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity) &&
      Array.from(document.querySelectorAll('.mantine-Notification-root')).every((n) => {
        for (let e: Element | null = n; e; e = e.parentElement) if (Number(getComputedStyle(e).opacity) < 1) return false;
        return true;
      }),
    undefined,
    { timeout: waitFor.timeout, polling: 100 },
  );
}

const analyze = async (page: Page) =>
  (
    await new AxeBuilder({ page })
      .options({
        runOnly: { type: 'tag', values: wcagTags },
        // WCAG 2.5.3 (A): a control's name contains its visible text. axe marks this rule experimental.
        rules: { 'label-content-name-mismatch': { enabled: true } },
        resultTypes: ['violations'],
      })
      .analyze()
  ).violations;

/**
 * The accessibility check every journey runs on every page it visits, once the page shows its content:
 * axe-core with the WCAG 2.1 A/AA rules, in the light and the dark colour scheme. Fails on any violation,
 * naming the rule, the elements and (for contrast) the colours, so the fix can be made where it belongs.
 */
export async function expectAccessible(page: Page, what = new URL(page.url()).pathname): Promise<void> {
  const original = await page.evaluate((key) => window.localStorage.getItem(key), schemeKey);
  const problems: string[] = [];
  try {
    for (const scheme of ['light', 'dark'] as const) {
      await showScheme(page, scheme);
      // A notice that closes by itself can start fading while axe reads it (CI saw its words at 4.31:1 mid-fade):
      // a violation must still be there once the page has settled again, up to three reads. A real one always is.
      let violations = await analyze(page);
      for (let read = 2; read <= 3 && violations.length > 0; read++) {
        await settled(page);
        violations = await analyze(page);
      }
      for (const v of violations) {
        const nodes = v.nodes
          .slice(0, 6)
          .map(
            (n) =>
              `      ${n.target.join(' ')} ${n.html.slice(0, 160)} — ${n.failureSummary?.split('\n').slice(1, 2).join('').trim() ?? ''}`,
          );
        const more = v.nodes.length > 6 ? [`      … and ${v.nodes.length - 6} more`] : [];
        problems.push(`  [${scheme}] ${v.id} (${v.impact ?? 'unknown'}, ${v.nodes.length}×): ${v.help}`, ...nodes, ...more);
      }
    }
  } finally {
    await showScheme(page, original === 'light' || original === 'dark' ? original : 'auto');
  }
  if (problems.length > 0) throw new Error(`Accessibility (WCAG 2.1 A/AA) violations on ${what}:\n${problems.join('\n')}`);
}
