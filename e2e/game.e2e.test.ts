/**
 * The cross-selling game in a real browser: a sales leader starts a season with the default point
 * rules, a referral credit and a team per sales group; the leaderboard runs on an office screen in a
 * second browser. A seller passes a tip, the receiver accepts it and wins the deal; the screen moves
 * live, the giver finds the points and the referral credit with their reasons, and the statement
 * exports as CSV. Needs the built web app (web/dist).
 */
import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSession, demoPassword, expectAccessible, hasChromium, launchBrowser, shot, signedInPage, startServer, waitFor, type Server } from './support';

if (!hasChromium) console.warn('[e2e] Skipping the game journey: no Chromium at /usr/bin/chromium.');

const leaderEmail = 'leader@nordlys.example';
const sellerEmail = 'seller@nordlys.example';
const live = { timeout: 20_000, interval: 200 };
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe.skipIf(!hasChromium)('the cross-selling game (browser)', () => {
  let server: Server;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let leader: Page;
  let seasonId: string;
  let giverId: string;
  let receiverEmail: string;
  let dealId: string;
  let screenPoints: () => Promise<number>;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const signedIn = await signedInPage(browser, server.base, leaderEmail);
    contexts.push(signedIn.context);
    leader = signedIn.page;
  }, 120_000);
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
  });

  it('a leader starts a season with rules, a referral credit and a team per sales group', async () => {
    await leader.goto(`${server.base}/game`);
    await leader.getByTestId('game-page').waitFor();
    await leader.getByTestId('new-season').click();
    const form = leader.getByTestId('season-form');
    await form.getByTestId('season-name').fill('Spring of tips');
    expect(await form.getByTestId('rule-row').count()).toBe(6);
    await form.getByTestId('referral-share').fill('5');
    await expectAccessible(leader, 'the new season form');
    await shot(leader, 'game-new-season');
    await form.getByTestId('season-save').click();
    await form.waitFor({ state: 'detached' });
    seasonId = new URL(leader.url()).searchParams.get('season')!;
    expect(seasonId).toBeTruthy();
    await expect.poll(() => leader.getByTestId('team-card').count(), waitFor).toBe(4);
    expect(await leader.getByTestId('standing-row').count()).toBeGreaterThan(10);
    await expectAccessible(leader);
    await shot(leader, 'game-leaderboard');
  }, 180_000);

  it('a tip that is accepted and won moves the office screen live and pays the giver, with reasons', async () => {
    const screenContext = await browser.newContext({ viewport: { width: 1600, height: 900 }, locale: 'en-GB' });
    contexts.push(screenContext);
    const screen = await screenContext.newPage();
    const signIn = await fetch(`${server.base}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: leaderEmail, password: demoPassword }),
    });
    const token = signIn.headers
      .getSetCookie()
      .map((c) => c.split(';')[0]!.split('='))
      .find(([name]) => name === 'korsa_session')!;
    await screenContext.addCookies([{ name: token[0]!, value: token[1]!, url: server.base }]);
    await screen.goto(`${server.base}/game/${seasonId}/screen`);
    await screen.getByTestId('game-screen').waitFor();

    const giver = await apiSession(server.base, sellerEmail);
    const me = await giver.get<{ user: { id: string }; market: { id: string } }>('/api/me');
    giverId = me.user.id;
    const row = screen.locator(`[data-testid=standing-row][data-user="${giverId}"] [data-testid=standing-points]`);
    await row.waitFor();
    await expectAccessible(screen);
    screenPoints = async () => Number((await row.innerText()).replace(/\D/g, ''));
    const before = await screenPoints();

    const groups = await giver.get<{ id: string; name: string }[]>('/api/sales-groups');
    const digital = groups.find((g) => g.name === 'Digital Solutions')!.id;
    const users = await giver.get<{ items: { id: string; email: string }[] }>(
      `/api/users?role=seller&salesGroupId=${digital}&marketId=${me.market.id}`,
    );
    const receiverUser = users.items[0]!;
    receiverEmail = receiverUser.email;
    const receiver = await apiSession(server.base, receiverUser.email);
    const account = await giver.post<{ id: string }>('/api/accounts', { name: 'Spelglädje AB', marketId: me.market.id });
    const product = (await giver.get<{ id: string }[]>(`/api/products?salesGroupId=${digital}`))[0]!;
    const tip = await giver.post<{ id: string }>('/api/handoffs', {
      accountId: account.id,
      toSalesGroupId: digital,
      toUserId: receiverUser.id,
      productIds: [product.id],
      answers: [],
      note: 'They are moving offices',
    });
    await receiver.post(`/api/handoffs/${tip.id}/report`, { status: 'accepted' });
    const contact = await receiver.post<{ id: string }>('/api/contacts', { accountId: account.id, firstName: 'Sara', lastName: 'Spel' });
    const deal = await receiver.post<{ id: string }>('/api/opportunities', {
      accountId: account.id,
      name: 'Workplace',
      estimatedValue: 100_000,
      expectedCloseOn: day(30),
      contactId: contact.id,
    });
    dealId = deal.id;
    await receiver.post(`/api/handoffs/${tip.id}/report`, { status: 'opportunity_created', opportunityId: deal.id });
    await receiver.post(`/api/opportunities/${deal.id}/win`, {
      version: 1,
      signedOn: day(0),
      lines: [{ productId: product.id, quantity: 10, unitPrice: 1000, recurring: true, contractMonths: 24 }],
    });
    // tip accepted (10, giver) + became an opportunity (20, both) + won (50, both)
    await expect.poll(async () => Number((await row.innerText()).replace(/\D/g, '')), live).toBe(before + 80);
    await screen.getByTestId('live-win-notification').waitFor();
    await shot(screen, 'game-office-screen', false);

    const { context, page } = await signedInPage(browser, server.base, sellerEmail);
    contexts.push(context);
    await page.goto(`${server.base}/game/${seasonId}/players/${giverId}`);
    await page.getByTestId('player-page').waitFor();
    const won = page.locator('[data-testid=point-line][data-kind=tip_won]', { hasText: 'Spelglädje AB' });
    await won.waitFor();
    expect(await won.innerText()).toContain('+50');
    expect(await page.getByTestId('badge-first_tip_won').getAttribute('data-earned')).toBe('true');
    await expectAccessible(page);
    await shot(page, 'game-player');

    await page.goto(`${server.base}/game?season=${seasonId}&tab=incentives`);
    const credit = page.getByTestId('statement-line').filter({ hasText: 'Spelglädje AB' });
    await credit.waitFor();
    expect(await credit.innerText()).toContain('Tipsersättning'); // the seller reads Korsa in Swedish
    const download = page.waitForEvent('download');
    await page.getByTestId('statement-export').click();
    const csv = fs.readFileSync((await (await download).path()), 'utf8');
    expect(csv).toContain('Spelglädje AB');
    expect(csv).toContain('referral_credit');
    await expectAccessible(page, 'the incentives tab');
    await shot(page, 'game-statement');
  }, 300_000);

  it('the receiver reopens the deal: the win’s points leave the office screen live', async () => {
    const before = await screenPoints();
    const { context, page } = await signedInPage(browser, server.base, receiverEmail);
    contexts.push(context);
    await page.goto(`${server.base}/pipeline/${dealId}`);
    await page.getByTestId('opportunity-reopen').click();
    const modal = page.getByTestId('reopen-modal');
    await modal.getByTestId('reopen-reason').fill('Signed too early: the customer wants a new quote');
    await expectAccessible(page, 'the reopen dialog');
    await modal.getByTestId('reopen-submit').click();
    await modal.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('opportunity-reopen').count(), waitFor).toBe(0);
    // the tip won (50 to the giver) is taken back; accepted and became an opportunity stay
    await expect.poll(screenPoints, live).toBe(before - 50);
    // the change history shows the reopening at once: the stage from won back to open
    await expect.poll(() => page.getByTestId('change-history').innerText(), waitFor).toContain('Won → ');
    expect(await page.getByTestId('change-history').innerText()).toContain('Öppnad igen'); // the receiver reads Korsa in Swedish
    await shot(page, 'game-reopened-deal');
  }, 180_000);
});
