/**
 * Correcting records in a real browser (issue 14): a seller edits an account's and a contact's fields
 * and an opportunity's value and close date, meets "someone changed this" on a stale edit, and deletes
 * and restores a contact, records the lawful basis for marketing to a contact, and merges two duplicate accounts into one with one timeline; an admin defines a
 * custom field that a seller fills on an account and filters the list by. Needs the built
 * web app (web/dist).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiAs,
  apiSession,
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
import { writerAs, type AccountRow, type ContactRow, type OpportunityRow, type Page_ } from './records-data';

if (!hasChromium) console.warn('[e2e] Skipping the records journey: no Chromium at /usr/bin/chromium.');

const seller = 'seller@nordlys.example';
const leader = 'leader@nordlys.example';

describe.skipIf(!hasChromium)('correcting records (Chromium)', () => {
  let server: Server;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let get: Awaited<ReturnType<typeof apiAs>>;
  let account: AccountRow;
  let contact: ContactRow;
  let opportunity: OpportunityRow;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    get = await apiAs(server.base, seller);
    const me = await get<{ user: { id: string } }>('/api/me');
    const mine = await get<Page_<AccountRow>>(`/api/accounts?ownerId=${me.user.id}&pageSize=50`);
    for (const a of mine.items) {
      const people = await get<Page_<ContactRow>>(`/api/contacts?accountId=${a.id}`);
      if (people.items.length > 0) {
        account = a;
        contact = people.items[0]!;
        break;
      }
    }
    opportunity = (await get<Page_<OpportunityRow>>(`/api/opportunities?ownerId=${me.user.id}&status=open&pageSize=1`)).items[0]!;
    expect(account && contact && opportunity).toBeTruthy();
    ({ context, page } = await signedInPage(browser, server.base, seller));
  }, 400_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  it('edits an account’s fields in the drawer', async () => {
    await page.goto(`${server.base}/accounts/${account.id}`);
    await page.getByTestId('account-edit').click();
    await page.getByTestId('edit-account-city').fill('Umeå');
    await page.getByTestId('edit-account-phone').fill('+46 90 123 45');
    await page.getByTestId('edit-account-street').fill('Storgatan 1');
    await shot(page, 'records-edit-account');
    await page.getByTestId('edit-account-save').click();
    await page.getByTestId('edit-account-form').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('account-header').innerText(), waitFor).toContain('Umeå');
    expect(await get<AccountRow>(`/api/accounts/${account.id}`)).toMatchObject({
      city: 'Umeå',
      phone: '+46 90 123 45',
      street: 'Storgatan 1',
    });
  });

  it('an admin defines a custom field and moves it ahead of another; a seller fills it on an account, sees it and filters by it', async () => {
    // a field defined before, so the new one has one to move ahead of
    const adminApi = await apiSession(server.base, 'admin@nordlys.example');
    await adminApi.post('/api/custom-fields', { entity: 'account', key: 'depot_region', labels: { en: 'Depot region' }, type: 'text' });
    const admin = await signedInPage(browser, server.base, 'admin@nordlys.example');
    try {
      const p = admin.page;
      await p.goto(`${server.base}/admin/settings?tab=fields`);
      await p.getByTestId('cf-add').click();
      await p.getByTestId('cf-labels-en').fill('Fleet tier');
      await p.getByTestId('cf-labels-sv').fill('Flottnivå');
      await p.getByTestId('cf-labels-nb').fill('Flåtenivå');
      await p.getByTestId('cf-type').click();
      await p.getByRole('option').nth(3).click(); // text, number, date, choice
      for (const [i, [en, sv]] of [
        ['Gold', 'Guld'],
        ['Silver', 'Silver'],
      ].entries()) {
        await p.getByTestId('cf-add-choice').click();
        await p.getByTestId(`cf-choices.${i}.labels-en`).fill(en!);
        await p.getByTestId(`cf-choices.${i}.labels-sv`).fill(sv!);
      }
      await p.screenshot({ path: '/tmp/records-custom-field-form.png' });
      await expectAccessible(p, 'the custom field form');
      await p.getByTestId('cf-save').click();
      await p.getByTestId('cf-row-fleet_tier').waitFor();
      // the admin moves the new field up, ahead of the one defined before: records show it first
      const order = async () =>
        await p.locator('[data-testid^=cf-row-]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-testid')));
      expect((await order()).slice(-2)).toEqual(['cf-row-depot_region', 'cf-row-fleet_tier']);
      await p.getByTestId('cf-row-fleet_tier').getByTestId('cf-move-up').click();
      await expect.poll(async () => (await order()).slice(-2), waitFor).toEqual(['cf-row-fleet_tier', 'cf-row-depot_region']);
      const defined = await adminApi.get<{ items: { key: string }[] }>('/api/custom-fields?entity=account');
      expect(defined.items.map((f) => f.key).slice(-2)).toEqual(['fleet_tier', 'depot_region']);
      await p.screenshot({ path: '/tmp/records-custom-fields-order.png' });
      await expectAccessible(p, 'the custom fields in their new order');
    } finally {
      await admin.context.close();
    }

    await page.goto(`${server.base}/accounts/${account.id}`);
    await page.getByTestId('custom-field-fleet_tier').waitFor();
    await page.getByTestId('account-edit').click();
    await page.getByTestId('edit-account-cf-fleet_tier').click();
    await page.getByRole('option', { name: /^(Guld|Gold)$/ }).click();
    await page.getByTestId('edit-account-save').click();
    await page.getByTestId('edit-account-form').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('custom-field-fleet_tier').innerText(), waitFor).toMatch(/^(Guld|Gold)$/);
    expect(await get<{ customFields: Record<string, unknown> }>(`/api/accounts/${account.id}`)).toMatchObject({
      customFields: { fleet_tier: 'gold' },
    });
    await page.screenshot({ path: '/tmp/records-custom-field-account.png' });
    await expectAccessible(page, 'an account with a custom field');
    await page.goto(`${server.base}/accounts?cf.fleet_tier=gold`);
    const table = page.getByTestId('accounts-table');
    await expect.poll(() => table.getByRole('row').filter({ hasText: account.name }).count(), waitFor).toBe(1);
    await expectAccessible(page, 'the account list filtered by a custom field');
  }, 180_000); // axe in both schemes on four screens, on a busy 2-core machine

  it('edits a contact, and shows what a colleague changed meanwhile before saving over it', async () => {
    await page.goto(`${server.base}/contacts/${contact.id}`);
    await page.getByTestId('contact-edit').click();
    await page.getByTestId('edit-contact-title').fill('Head of fleet');
    // meanwhile the leader changes the phone number
    const leaderWrites = await writerAs(server.base, leader);
    await leaderWrites('PATCH', `/api/contacts/${contact.id}`, { phone: '+46 70 000 00 01' });
    await page.getByTestId('edit-contact-save').click();
    const notice = page.getByTestId('conflict-notice');
    await notice.waitFor();
    expect(await page.getByTestId('conflict-phone').innerText()).toContain('+46 70 000 00 01');
    await shot(page, 'records-conflict');
    await page.getByTestId('conflict-keep-mine').click();
    await page.getByTestId('edit-contact-save').click();
    await page.getByTestId('edit-contact-form').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('contact-page').innerText(), waitFor).toContain('Head of fleet');
    expect(await get<ContactRow>(`/api/contacts/${contact.id}`)).toMatchObject({ title: 'Head of fleet' });
  });

  it('records the lawful basis for marketing to the contact, kept in their history (GDPR consent)', async () => {
    await page.goto(`${server.base}/contacts/${contact.id}`);
    await page.getByTestId('consent-edit').click();
    await page.getByTestId('consent-basis').click();
    await page.getByRole('option', { name: 'Berättigat intresse' }).click();
    await expectAccessible(page, 'the consent dialog');
    await page.getByTestId('consent-save').click();
    await expect.poll(() => page.getByTestId('consent-may-market').textContent(), waitFor).toBe('Får ta emot marknadsföring');
    await expect.poll(() => page.getByTestId('contact-page').innerText(), waitFor).toContain('Samtycke till marknadsföring registrerat');
    expect(await get<{ marketing: { basis: string } }>(`/api/contacts/${contact.id}`)).toMatchObject({
      marketing: { basis: 'legitimate_interest' },
    });
    await shot(page, 'records-contact-consent');
    await expectAccessible(page, 'a contact with a lawful basis for marketing');
  }, 180_000);

  it('deletes a contact and restores them', async () => {
    await page.getByTestId('contact-more').click();
    await page.getByTestId('contact-delete').click();
    await page.getByTestId('confirm-delete').click();
    await page.getByTestId('deleted-banner').waitFor();
    const listed = await get<Page_<ContactRow>>(`/api/contacts?accountId=${account.id}`);
    expect(listed.items.map((c) => c.id)).not.toContain(contact.id);
    await shot(page, 'records-deleted-contact');
    await page.getByTestId('restore').click();
    await page.getByTestId('deleted-banner').waitFor({ state: 'detached' });
    const back = await get<Page_<ContactRow>>(`/api/contacts?accountId=${account.id}`);
    expect(back.items.map((c) => c.id)).toContain(contact.id);
    expect(await page.getByTestId('contact-edit').isVisible()).toBe(true);
  });

  it('edits an opportunity’s value and close date', async () => {
    await page.goto(`${server.base}/pipeline/${opportunity.id}`);
    await page.getByTestId('opportunity-edit').click();
    const value = page.getByTestId('edit-opportunity-value');
    await value.fill('123456');
    await fillDate(page.getByTestId('edit-opportunity-expectedCloseOn'), '2031-09-30');
    await page.getByTestId('edit-opportunity-save').click();
    await page.getByTestId('edit-opportunity-form').waitFor({ state: 'detached' });
    const after = await get<OpportunityRow>(`/api/opportunities/${opportunity.id}`);
    expect(after).toMatchObject({ estimatedValue: 123456, expectedCloseOn: '2031-09-30' });
    await expect.poll(() => page.getByTestId('opportunity-page').innerText(), waitFor).toMatch(/30 Sept? 2031|30\/09\/2031|2031/);
  });

  it('lists the account’s deals on its page, with stage, value, owner and group', async () => {
    await page.goto(`${server.base}/accounts/${opportunity.accountId}`);
    const open = page.getByTestId('account-deals-open');
    await open.waitFor();
    const row = open.getByTestId('account-deal').filter({ hasText: opportunity.name });
    await expect.poll(() => row.count(), waitFor).toBe(1);
    await shot(page, 'records-account-deals');
  });

  it('logs a call with a contact from their page, and offers a tip and an opportunity with them', async () => {
    await page.goto(`${server.base}/contacts?q=${encodeURIComponent(contact.lastName)}`);
    const link = page.getByTestId('contacts-page').locator(`a[href="/contacts/${contact.id}"]`).first();
    await link.waitFor();
    await expectAccessible(page, 'the contact list');
    await link.click();
    await page.waitForURL(`${server.base}/contacts/${contact.id}`);
    expect(await page.getByTestId('contact-new-opportunity').getAttribute('href')).toContain(`contactId=${contact.id}`);
    expect(await page.getByTestId('contact-pass-tip').getAttribute('href')).toContain(`contactId=${contact.id}`);
    await page.getByTestId('contact-composer-subject').fill('Talked about the autumn fleet');
    await page.getByTestId('contact-composer').getByRole('button', { name: 'Log' }).click();
    await expect.poll(() => page.getByTestId('contact-timeline').innerText(), waitFor).toContain('Talked about the autumn fleet');
    await expectAccessible(page, 'a contact’s page');
  });

  it('merges a duplicate account from the account page: sees what moves, and lands on the one kept with one timeline', async () => {
    const writes = await writerAs(server.base, seller);
    const me = await get<{ market: { id: string } }>('/api/me');
    const keep = (await writes('POST', '/api/accounts', {
      name: 'Tvilling Verkstad AB',
      marketId: me.market.id,
      orgNumber: '559900-1122',
    })) as AccountRow;
    const drop = (await writes('POST', '/api/accounts', {
      name: 'Tvilling Verkstad',
      marketId: me.market.id,
      orgNumber: '5599001122',
      city: 'Gävle',
    })) as AccountRow;
    await writes('POST', '/api/contacts', { accountId: drop.id, firstName: 'Tove', lastName: 'Tvilling' });
    await writes('POST', '/api/activities', { accountId: drop.id, type: 'note', subject: 'Met Tove at the fair' });

    await page.goto(`${server.base}/accounts/${keep.id}`);
    await page.getByTestId('account-more').click();
    await page.getByTestId('account-merge').click();
    const dialog = page.getByTestId('merge-dialog');
    await page.getByTestId('merge-pick').fill('Tvilling Verkstad');
    await page.getByTestId('merge-pick-options').getByText('Tvilling Verkstad', { exact: true }).click();
    const summary = dialog.getByTestId('merge-summary');
    await summary.waitFor();
    // the seller works in Swedish: the counts and names are checked, not the words
    await expect.poll(() => dialog.getByTestId('merge-moves-contacts').innerText(), waitFor).toMatch(/^1 /);
    expect(await summary.innerText()).toMatch(/Tvilling Verkstad .*Tvilling Verkstad AB/);
    expect(Number((await dialog.getByTestId('merge-moves-activities').innerText()).split(' ')[0])).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: '/tmp/records-merge-dialog.png' });
    await expectAccessible(page, 'the merge dialog');
    await dialog.getByTestId('confirm-merge').click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.url(), waitFor).toContain(`/accounts/${keep.id}`);
    await page
      .getByRole('alert')
      .filter({ hasText: /Tvilling Verkstad .*Tvilling Verkstad AB/ })
      .first()
      .waitFor(waitFor);
    await expect.poll(() => page.getByTestId('account-header').innerText(), waitFor).toContain('Gävle');
    // one timeline: the duplicate's note and the merge itself
    await expect.poll(() => page.getByTestId('account-timeline').innerText(), waitFor).toContain('Met Tove at the fair');
    await page.screenshot({ path: '/tmp/records-merged-account.png', fullPage: true });
    const people = await get<Page_<ContactRow>>(`/api/contacts?accountId=${keep.id}`);
    expect(people.items.map((c) => c.lastName)).toContain('Tvilling');
    const same = (await get<Page_<AccountRow>>(`/api/accounts?q=${encodeURIComponent('Tvilling Verkstad')}`)).items.map((a) => a.id);
    expect(same).toContain(keep.id);
    expect(same).not.toContain(drop.id);
  });

  it('merges a duplicate contact picked from the likely duplicates, and opens the one kept', async () => {
    const writes = await writerAs(server.base, seller);
    const keep = (await writes('POST', '/api/contacts', {
      accountId: account.id,
      firstName: 'Dagny',
      lastName: 'Dubbelsson',
      email: 'dagny@dubbel.example',
    })) as ContactRow;
    const drop = (await writes('POST', '/api/contacts', {
      accountId: account.id,
      firstName: 'Dagny',
      lastName: 'Dubbelsson',
      phone: '+46 70 555 00 00',
    })) as ContactRow;
    await page.goto(`${server.base}/contacts/${keep.id}`);
    await page.getByTestId('contact-more').click();
    await page.getByTestId('contact-merge').click();
    const dialog = page.getByTestId('merge-dialog');
    await dialog.getByTestId('merge-suggestion').filter({ hasText: 'Dagny Dubbelsson' }).first().click();
    await dialog.getByTestId('merge-summary').waitFor();
    await page.screenshot({ path: '/tmp/records-merge-contact.png' });
    await dialog.getByTestId('confirm-merge').click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('contact-page').innerText(), waitFor).toContain('+46 70 555 00 00');
    expect(page.url()).toContain(`/contacts/${keep.id}`);
    const left = (await get<Page_<ContactRow>>(`/api/contacts?accountId=${account.id}&pageSize=100`)).items.map((c) => c.id);
    expect(left).toContain(keep.id);
    expect(left).not.toContain(drop.id);
  });

  it('lets a leader pick two accounts, then two deals, in the lists and give them to another seller in one go', async () => {
    const writes = await writerAs(server.base, seller);
    const me = await get<{ user: { id: string }; market: { id: string }; salesGroup: { id: string } }>('/api/me');
    const picked: AccountRow[] = [];
    for (const name of ['Omfördelning Norr AB', 'Omfördelning Söder AB']) {
      picked.push((await writes('POST', '/api/accounts', { name, marketId: me.market.id })) as AccountRow);
    }
    const deals: OpportunityRow[] = [];
    for (const [i, name] of ['Omfördelning Norr – fordon', 'Omfördelning Söder – fordon'].entries()) {
      const accountId = picked[i]!.id;
      const buyer = (await writes('POST', '/api/contacts', {
        accountId,
        firstName: 'Olle',
        lastName: `Omfördelning ${i + 1}`,
      })) as ContactRow;
      const on = { accountId, contactId: buyer.id, name, estimatedValue: 120_000, expectedCloseOn: '2027-03-31' };
      deals.push((await writes('POST', '/api/opportunities', on)) as OpportunityRow);
    }
    const people = await get<Page_<{ id: string; name: string; role: string; salesGroupId: string | null }>>(
      `/api/users?salesGroupId=${me.salesGroup.id}&pageSize=200&active=true`,
    );
    const colleague = people.items.find((u) => u.role === 'seller' && u.id !== me.user.id)!;
    const led = await signedInPage(browser, server.base, leader);
    try {
      const p = led.page;
      await p.goto(`${server.base}/accounts?q=${encodeURIComponent('Omfördelning')}`);
      const table = p.getByTestId('accounts-table');
      for (const a of picked) {
        await table.getByRole('row').filter({ hasText: a.name }).getByTestId('select-row').check();
      }
      await p.getByTestId('reassign-open').click();
      await p.getByTestId('reassign-owner').click();
      await p.getByTestId('reassign-owner').fill(colleague.name);
      await p.getByRole('option', { name: colleague.name }).first().click();
      await p.screenshot({ path: '/tmp/records-reassign.png' });
      await expectAccessible(p, 'the reassign dialog');
      await p.getByTestId('reassign-confirm').click();
      await p.getByTestId('reassign-bar').waitFor({ state: 'detached' });
      for (const a of picked) {
        await expect
          .poll(async () => (await get<AccountRow & { ownerId: string }>(`/api/accounts/${a.id}`)).ownerId, waitFor)
          .toBe(colleague.id);
      }
      await expect.poll(() => table.innerText(), waitFor).toContain(colleague.name);
      // the opportunity list offers the same to the leader: two of the seller's deals go to the colleague
      await p.goto(`${server.base}/pipeline/list?scope=all&q=${encodeURIComponent('Omfördelning')}`);
      const dealTable = p.getByTestId('opportunities-table');
      await expect.poll(() => dealTable.getByRole('row').filter({ hasText: 'Omfördelning' }).count(), waitFor).toBe(2);
      await expectAccessible(p, 'the opportunity list of a leader');
      for (const d of deals) {
        await dealTable.getByRole('row').filter({ hasText: d.name }).getByTestId('select-row').check();
      }
      await p.getByTestId('reassign-bar').waitFor();
      await expectAccessible(p, 'the opportunity list with two deals picked');
      await p.getByTestId('reassign-open').click();
      await p.getByTestId('reassign-owner').click();
      await p.getByTestId('reassign-owner').fill(colleague.name);
      await p.getByRole('option', { name: colleague.name }).first().click();
      await p.screenshot({ path: '/tmp/records-reassign-opportunities.png' });
      await expectAccessible(p, 'the reassign dialog for deals');
      await p.getByTestId('reassign-confirm').click();
      await p.getByTestId('reassign-bar').waitFor({ state: 'detached' });
      for (const d of deals) {
        await expect
          .poll(async () => (await get<{ owner: { id: string } | null }>(`/api/opportunities/${d.id}`)).owner?.id, waitFor)
          .toBe(colleague.id);
      }
      await expect.poll(() => dealTable.innerText(), waitFor).toContain(colleague.name);
    } finally {
      await led.context.close();
    }
  }, 90_000);
});
