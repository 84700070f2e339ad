/**
 * Shared set-up of the browser journeys: the app in-process on PGlite with the demo organisation,
 * Debian's Chromium (never a downloaded one), and a signed-in API client for picking test data.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import { openPglite, type Database } from '../server/db/client';
import { loadDemo } from '../server/demo/load';
import type { App } from '../server/platform/http';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = fs.existsSync(CHROMIUM);
export const webDist = fileURLToPath(new URL('../web/dist', import.meta.url));
export const screenshots = fileURLToPath(new URL('../.screenshots', import.meta.url));
export const demoPassword = 'nordlys-demo';
export const waitFor = { timeout: 10_000, interval: 100 };

export interface Server {
  base: string;
  close: () => Promise<void>;
}

/** The API and the built web app on a free port, over a fresh demo database. */
export async function startServer(): Promise<Server> {
  if (!fs.existsSync(path.join(webDist, 'index.html'))) {
    throw new Error(`${webDist}/index.html is missing: build the web app first (npm run build; npm test does it for you).`);
  }
  const database: Database = await openPglite();
  await database.migrate();
  await loadDemo(database.db, { seed: 1, size: 'small' });
  const { app }: { app: App } = await buildApp({ database, config: loadConfig({}), webDist, logger: false });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    base,
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

/** The API as a demo user sees it (cookie session), for choosing test data the way the UI would find it. */
export async function apiAs(base: string, email: string) {
  const res = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: demoPassword }),
  });
  if (!res.ok) throw new Error(`Demo sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return async function get<T>(pathAndQuery: string): Promise<T> {
    const r = await fetch(`${base}${pathAndQuery}`, { headers: { cookie } });
    if (!r.ok) throw new Error(`GET ${pathAndQuery}: ${r.status} ${await r.text()}`);
    return (await r.json()) as T;
  };
}

/** A typo a person might make: one letter dropped from the longest word of the name. */
export function misspell(name: string): string {
  const words = name.split(' ');
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  const i = Math.floor(longest.length / 2);
  return words.map((w) => (w === longest ? w.slice(0, i) + w.slice(i + 1) : w)).join(' ');
}
