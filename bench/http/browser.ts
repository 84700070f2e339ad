/**
 * Pages in headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core), signed in as a
 * sales leader, from navigation to the page's content on screen: the account page (with its first
 * timeline entry), the product matrix (a page of 100 accounts with every product's cell) and the
 * pipeline board (the leader's team, every column with its cards).
 */
import fs from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { demoPassword } from '../../server/demo/catalogue';
import { summarise, type LatencySummary } from './stats';

export const CHROMIUM = '/usr/bin/chromium';

export interface BrowserRender {
  /** The first load after signing in (the app's code is cached by then, its data is not). */
  firstMs: number;
  /** Full page loads (navigation, JS boot, API calls, render). */
  loads: LatencySummary;
  /** What was on screen when the clock stopped. */
  shown: string;
}

export interface BrowserRenders {
  accountPage: BrowserRender;
  matrixPage: BrowserRender;
  board: BrowserRender;
}

/** Loads `urls` one after another, each timed until `ready` resolves. */
async function timeLoads(page: Page, urls: string[], ready: () => Promise<string>): Promise<BrowserRender> {
  const times: number[] = [];
  let shown = '';
  for (const url of urls) {
    const t0 = performance.now();
    await page.goto(url);
    shown = await ready();
    times.push(performance.now() - t0);
  }
  return { firstMs: Math.round(times[0]!), loads: summarise(times, times.reduce((s, t) => s + t, 0) / 1000), shown };
}

export async function browserRenders(base: string, email: string, accountIds: string[]): Promise<BrowserRenders | string> {
  if (!fs.existsSync(CHROMIUM)) return `skipped: ${CHROMIUM} is not installed`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
    context.setDefaultTimeout(60_000);
    const page = await context.newPage();
    await page.goto(`${base}/sign-in`);
    await page.locator('input[name=email]').fill(email);
    await page.locator('input[name=password]').fill(demoPassword);
    await page.locator('button[type=submit]').click();
    await page.waitForURL(`${base}/`);

    const accountPage = await timeLoads(
      page,
      accountIds.map((id) => `${base}/accounts/${id}`),
      async () => {
        await page.getByTestId('account-page').waitFor();
        await page.getByTestId('timeline-entry').first().waitFor();
        return 'the account page with its first timeline entry';
      },
    );
    // up to six pages of the matrix, 100 accounts each: the clock stops when the last row drawn has its
    // cells (the grid draws the rows in view and a few around them; the rest are one spacer each)
    const matrix = (await (await page.request.get(`${base}/api/matrix?pageSize=1`)).json()) as { totals: { accounts: number } };
    const pages = Math.max(1, Math.min(6, Math.ceil(matrix.totals.accounts / 100)));
    const matrixPage = await timeLoads(
      page,
      Array.from({ length: 6 }, (_, i) => `${base}/cross-selling/matrix?pageSize=100&page=${1 + (i % pages)}`),
      async () => {
        await page.getByTestId('matrix-cell').first().waitFor();
        await page.getByTestId('matrix-row').last().getByTestId('matrix-cell').first().waitFor();
        const rows = await page.getByTestId('matrix-row').count();
        const cells = await page.getByTestId('matrix-cell').count();
        const total = Number(await page.getByTestId('matrix-grid').getAttribute('aria-rowcount')) - 3;
        return `${rows} of ${total} accounts drawn × ${Math.round(cells / Math.max(1, rows))} products (${cells} cells)`;
      },
    );
    const board = await timeLoads(
      page,
      Array.from({ length: 6 }, () => `${base}/pipeline`),
      async () => {
        await page.getByTestId('opportunity-card').first().waitFor();
        // the cards in view (each column draws those in the window and a few below)
        const columns = await page.getByTestId('board-column').count();
        const cards = await page.getByTestId('opportunity-card').count();
        return `${columns} columns, ${cards} cards`;
      },
    );
    return { accountPage, matrixPage, board };
  } finally {
    await browser.close();
  }
}
