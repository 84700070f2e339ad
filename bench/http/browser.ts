/**
 * The account page in headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core):
 * from navigation to the page with its first timeline entry on screen, for several accounts.
 */
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { demoPassword } from '../../server/demo/catalogue';
import { summarise, type LatencySummary } from './stats';

export const CHROMIUM = '/usr/bin/chromium';

export interface BrowserRender {
  /** The first account page after signing in (the app's code is cached by then, its data is not). */
  firstMs: number;
  /** Full page loads of the account page (navigation, JS boot, API calls, render). */
  loads: LatencySummary;
}

export async function accountPageRender(base: string, email: string, accountIds: string[]): Promise<BrowserRender | string> {
  if (!fs.existsSync(CHROMIUM)) return `skipped: ${CHROMIUM} is not installed`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-GB' });
    context.setDefaultTimeout(30_000);
    const page = await context.newPage();
    await page.goto(`${base}/sign-in`);
    await page.locator('input[name=email]').fill(email);
    await page.locator('input[name=password]').fill(demoPassword);
    await page.locator('button[type=submit]').click();
    await page.waitForURL(`${base}/`);
    const times: number[] = [];
    for (const id of accountIds) {
      const t0 = performance.now();
      await page.goto(`${base}/accounts/${id}`);
      await page.getByTestId('account-page').waitFor();
      await page.getByTestId('timeline-entry').first().waitFor();
      times.push(performance.now() - t0);
    }
    return { firstMs: Math.round(times[0]!), loads: summarise(times, times.reduce((s, t) => s + t, 0) / 1000) };
  } finally {
    await browser.close();
  }
}
