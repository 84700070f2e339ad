/**
 * Website signals in a real browser (issue 17, C3): the company's own site — another origin, served
 * here by a tiny HTTP server — embeds Korsa's tracking script with the site's public key. Before the
 * visitor consents nothing is sent and nothing stored; after, page views go in batches, anonymous
 * ones are not kept; the visitor sends the site's contact form with a known contact's e-mail, and
 * from then on their page views are the contact's — the seller sees them on the account page.
 * Needs the built web app (web/dist).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import type { Browser, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../server/db/client';
import { apiSession, expectAccessible, hasChromium, launchBrowser, shot, signedInPage, startServer, waitFor, type Server } from './support';

if (!hasChromium) console.warn('[e2e] Skipping the website-signals journey: no Chromium at /usr/bin/chromium.');

/** A page of the company's website: the embed snippet, a consent banner, and on /contact a form. */
function companyPage(korsa: string, key: string, path: string): string {
  const form =
    path === '/contact'
      ? `<form name="contact-us" id="contact" onsubmit="event.preventDefault(); document.getElementById('thanks').hidden = false">
           <label>E-mail <input type="email" name="email" id="email"></label> <button type="submit">Send</button>
         </form><p id="thanks" hidden>Thanks!</p>`
      : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Nordlys ${path}</title>
<script>window.korsa=window.korsa||function(){(korsa.q=korsa.q||[]).push(arguments)};</script>
<script async src="${korsa}/api/signals/t.js" data-key="${key}"></script></head>
<body><main><h1>Nordlys ${path}</h1>
<div id="banner">We would like to see how you use our site. <button id="accept" onclick="korsa('consent', true)">Accept</button></div>
${form}<a href="/products/fleet">Fleet leasing</a></main></body></html>`;
}

describe.skipIf(!hasChromium)('the tracking script on the company’s own site (Chromium)', () => {
  let server: Server;
  let site: http.Server;
  let siteBase = '';
  let browser: Browser;
  let key = '';
  let siteId = '';
  let contact: { id: string; email: string; accountId: string; name: string };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const marketing = await apiSession(server.base, 'marketing@nordlys.example');
    const made = await marketing.post<{ id: string; publicKey: string }>('/api/signals/sites', { name: 'www.nordlys.example' });
    key = made.publicKey;
    siteId = made.id;
    [contact] = rowsOf<typeof contact>(
      await server.ctx.db.execute(sql`
        select c.id, lower(c.email) as email, c.account_id as "accountId", c.first_name || ' ' || c.last_name as name
          from contacts c join accounts a on a.id = c.account_id
         where c.email is not null and c.deleted_at is null and a.deleted_at is null order by c.email limit 1`),
    ) as [typeof contact];
    site = http.createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(companyPage(server.base, key, path));
    });
    await new Promise<void>((resolve) => site.listen(0, 'localhost', resolve));
    // "localhost" against Korsa's 127.0.0.1: another origin, as the company's site is
    siteBase = `http://localhost:${(site.address() as AddressInfo).port}`;
  }, 400_000);
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => site?.close(resolve));
    await server?.close();
  });

  it('marketing adds a site, copies its tracking code, maps a page to a product and tests an address', async () => {
    const { context, page } = await signedInPage(browser, server.base, 'marketing@nordlys.example');
    try {
      await page.goto(`${server.base}/leads`);
      await page.getByTestId('leads-signals-link').click();
      await page.getByTestId('signals-page').waitFor();
      await page.getByTestId('signal-site-new').click();
      await page.getByTestId('signal-site-name').fill('shop.nordlys.example');
      await page.getByTestId('signal-site-create').click();
      const code = page.getByTestId('signal-site-code');
      await code.waitFor();
      const snippet = await code.innerText();
      expect(snippet).toContain(`${server.base}/api/signals/t.js`);
      expect(snippet).toMatch(/data-key="ksk_[0-9a-f]{32}"/);
      await expectAccessible(page, 'the tracking code');
      await page.keyboard.press('Escape');
      await page.getByTestId('signal-site-row').filter({ hasText: 'shop.nordlys.example' }).waitFor();

      const [product] = rowsOf<{ id: string; name: string }>(
        await server.ctx.db.execute(sql`select id, name from products order by code limit 1`),
      );
      await page.getByTestId('page-rule-add').click();
      const rule = page.getByTestId('page-rule').last();
      await rule.getByTestId('page-rule-pattern').fill('/products/fleet');
      await rule.getByTestId('page-rule-product').click();
      await page.getByRole('option', { name: new RegExp(`^${product!.name} \\(`) }).click();
      await page.getByTestId('page-rule-test').fill('https://www.nordlys.example/Products/Fleet/prices?utm_source=mail');
      await expect.poll(() => page.getByTestId('page-rule-verdict').innerText(), waitFor).toContain(product!.name);
      expect(await page.getByTestId('page-rule-verdict').innerText()).toContain('/products/fleet/prices');
      await page.getByTestId('page-rules-save').click();
      await expect
        .poll(
          async () =>
            rowsOf<{ n: number }>(
              await server.ctx.db.execute(sql`select count(*)::int as n from page_product_rules where pattern = '/products/fleet'`),
            )[0]!.n,
          waitFor,
        )
        .toBe(1);
      await page.getByTestId('page-rule-test').fill('/about');
      await expect.poll(() => page.getByTestId('page-rule-verdict').innerText(), waitFor).toBe('/about handlar inte om någon produkt.'); // the marketer reads Swedish
      await shot(page, 'signals-marketing');
      await expectAccessible(page, 'website signals');
    } finally {
      await context.close();
    }
  }, 120_000);

  const storedVisits = async () =>
    rowsOf<{ path: string; kind: string; contactId: string | null }>(
      await server.ctx.db.execute(sql`select path, kind, contact_id as "contactId" from site_visits where site_id = ${siteId} order by at`),
    );

  it('sends nothing before consent, keeps anonymous views out, and after a form fill the visitor’s pages are the contact’s', async () => {
    const context = await browser.newContext({ viewport: { width: 1100, height: 700 }, locale: 'en-GB' });
    const page = await context.newPage();
    // what leaves the page, seen by the browser's network layer; what the batches held (a beacon's Blob is
    // not visible there), seen by wrapping sendBeacon in the page
    const requests: string[] = [];
    page.on('request', (r: Request) => {
      if (r.url().includes('/api/signals/')) requests.push(r.url());
    });
    await context.addInitScript(() => {
      const w = window as unknown as { __beacons: string[] };
      w.__beacons = [];
      const send = navigator.sendBeacon.bind(navigator);
      navigator.sendBeacon = (url, data) => {
        void (data as Blob).text().then((t) => w.__beacons.push(t));
        return send(url, data);
      };
    });
    type Batch = { key: string; events: { type: string; url: string; visitorId?: string; email?: string }[] };
    let sent: { body: Batch }[] = [];
    const beacons = async () => {
      sent = (await page.evaluate(() => (window as unknown as { __beacons: string[] }).__beacons)).map((t) => ({
        body: JSON.parse(t) as Batch,
      }));
      return sent;
    };
    const collected = () => requests.filter((u) => u.endsWith('/collect')).length;
    try {
      await page.goto(`${siteBase}/`);
      await page.waitForFunction(() => typeof (window as unknown as { korsa?: unknown }).korsa === 'function');
      // the script's batching interval is 1 s: wait longer than that, then nothing may have left the page
      await page.waitForTimeout(1_800);
      expect(requests.filter((u) => u.endsWith('/collect'))).toEqual([]);
      expect(await beacons()).toEqual([]);
      expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
      expect((await context.cookies()).length).toBe(0);

      await page.click('#accept');
      await expect.poll(collected, waitFor).toBe(1);
      await expect.poll(async () => (await beacons()).length, waitFor).toBe(1);
      const first = sent[0]!.body;
      expect(first.key).toBe(key);
      expect(first.events).toEqual([expect.objectContaining({ type: 'page_view', url: `${siteBase}/` })]);
      const visitorId = first.events[0]!.visitorId!;
      expect(visitorId).toMatch(/^[0-9a-f]{32}$/);
      expect(await page.evaluate(() => localStorage.getItem('korsa_vid'))).toBe(visitorId);
      // anonymous: received, not kept
      await page.waitForTimeout(300);
      expect(await storedVisits()).toEqual([]);

      // a new page of the site: consent is remembered (the stored id), the view is sent by itself
      await page.goto(`${siteBase}/contact`);
      const sentBefore = sent;
      await expect
        .poll(async () => (await beacons()).flatMap((s) => s.body.events).filter((e) => e.url.endsWith('/contact')).length, waitFor)
        .toBe(1);
      await page.fill('#email', contact.email);
      await page.click('button[type=submit]');
      await page.locator('#thanks').waitFor();
      await expect.poll(async () => (await storedVisits()).map((v) => v.kind), waitFor).toEqual(['form_submit']);

      await page.click('a[href="/products/fleet"]');
      await page.waitForURL(`${siteBase}/products/fleet`);
      await expect
        .poll(async () => (await storedVisits()).filter((v) => v.path === '/products/fleet' && v.contactId === contact.id).length, waitFor)
        .toBe(1);
      await beacons();
      expect(new Set([...sentBefore, ...sent].flatMap((s) => s.body.events.map((e) => e.visitorId)))).toEqual(new Set([visitorId]));
      await shot(page, 'signals-company-site');
    } finally {
      await context.close();
    }

    // the seller sees it on the account page, with the person
    const seller = await signedInPage(browser, server.base, 'seller@nordlys.example');
    try {
      await seller.page.goto(`${server.base}/accounts/${contact.accountId}`);
      await seller.page
        .getByTestId('account-site-visit')
        .filter({ hasText: 'Nordlys /products/fleet' })
        .filter({ hasText: contact.name })
        .waitFor();
      await expectAccessible(seller.page, 'the account page with the visitor’s pages');
    } finally {
      await seller.context.close();
    }
  }, 120_000);
});
