import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

/**
 * Correcting what was entered (issue 14, finding 1): accounts, contacts and opportunities are edited
 * with the version read (a stale one gets 409 with the current record), deleted softly, and restored
 * for 30 days by those domain/access.ts allows — the owner, their leaders, admins.
 */
describe.each(dbKinds)('edit, delete and restore (%s)', (kind) => {
  let t: TestApp;
  let offsetMs = 0;
  let owner: Session;
  let colleague: Session;
  let leader: Session;
  let marketId: string;
  let accountId: string;
  let contactId: string;
  let opportunityId: string;
  const get = (url: string, s: Session) => t.app.inject({ method: 'GET', url, headers: s.headers });
  const send = (method: 'POST' | 'PATCH' | 'DELETE', url: string, s: Session, payload?: unknown) =>
    t.app.inject({ method, url, headers: s.headers, ...(payload === undefined ? {} : { payload: payload as object }) });

  beforeAll(async () => {
    t = await createTestApp(kind, { clock: { now: () => new Date(Date.now() + offsetMs) } });
    owner = await t.signIn('seller@nordlys.example');
    leader = await t.signIn('leader@nordlys.example');
    const admin = await t.signIn('admin@nordlys.example');
    const me = (await get('/api/me', owner)).json();
    marketId = me.market.id;
    const users = (await get(`/api/users?salesGroupId=${me.salesGroup.id}&pageSize=200`, admin)).json().items;
    const other = users.find((u: { id: string; role: string; active: boolean }) => u.role === 'seller' && u.active && u.id !== me.user.id);
    colleague = await t.signIn(other.email);
    accountId = (await send('POST', '/api/accounts', owner, { name: 'Rättelse AB', marketId, industry: 'C' })).json().id;
    contactId = (
      await send('POST', '/api/contacts', owner, { accountId, firstName: 'Rut', lastName: 'Rättare', email: 'rut@rattelse.se' })
    ).json().id;
    opportunityId = (
      await send('POST', '/api/opportunities', owner, {
        accountId,
        name: 'Trucks',
        estimatedValue: 50_000,
        expectedCloseOn: '2031-03-31',
        contactId,
      })
    ).json().id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('edits an account with the version read; a stale version gets 409 with the current account', async () => {
    const before = (await get(`/api/accounts/${accountId}`, owner)).json();
    expect(before).toMatchObject({ version: 1, deletedAt: null });
    const first = await send('PATCH', `/api/accounts/${accountId}`, owner, { version: 1, city: 'Luleå', phone: '+46 920 123 45' });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ city: 'Luleå', phone: '+46 920 123 45', version: 2 });
    const stale = await send('PATCH', `/api/accounts/${accountId}`, leader, { version: 1, city: 'Kiruna' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'version_conflict', details: { current: { city: 'Luleå', version: 2 } } });
    // without a version (imports, integrations) the change simply applies
    expect((await send('PATCH', `/api/accounts/${accountId}`, owner, { website: 'rattelse.se' })).json().version).toBe(3);
  });

  it('refuses a colleague who edits, deletes or restores the owner’s account', async () => {
    expect((await send('PATCH', `/api/accounts/${accountId}`, colleague, { name: 'Mine' })).statusCode).toBe(403);
    const del = await send('DELETE', `/api/accounts/${accountId}`, colleague);
    expect(del.statusCode).toBe(403);
    expect(del.json().error.code).toBe('forbidden');
    expect((await get(`/api/accounts/${accountId}`, owner)).json().deletedAt).toBeNull();
  });

  it('edits a contact (anyone may) with the version read; a stale one gets 409', async () => {
    const c = (await get(`/api/contacts/${contactId}`, colleague)).json();
    expect(c).toMatchObject({ version: 1, can: { change: true, delete: false, merge: false } });
    expect((await get(`/api/contacts/${contactId}`, owner)).json().can).toEqual({ change: true, delete: true, merge: true, consent: true });
    const edit = await send('PATCH', `/api/contacts/${contactId}`, colleague, { version: 1, title: 'Inköpschef', phone: '070-123' });
    expect(edit.statusCode).toBe(200);
    expect(edit.json()).toMatchObject({ title: 'Inköpschef', version: 2 });
    const stale = await send('PATCH', `/api/contacts/${contactId}`, owner, { version: 1, title: 'VD' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'version_conflict', details: { current: { title: 'Inköpschef' } } });
  });

  it('deletes a contact softly: out of the lists, restorable by the account’s owner side, not by a colleague', async () => {
    const denied = await send('DELETE', `/api/contacts/${contactId}`, colleague);
    expect(denied.statusCode).toBe(403);
    const del = await send('DELETE', `/api/contacts/${contactId}`, owner);
    expect(del.statusCode).toBe(200);
    expect(del.json().deletedAt).not.toBeNull();
    const listed = (await get(`/api/contacts?accountId=${accountId}`, owner)).json();
    expect(listed.items.map((c: { id: string }) => c.id)).not.toContain(contactId);
    expect((await get(`/api/search?q=Rättare`, owner)).json().contacts.map((c: { id: string }) => c.id)).not.toContain(contactId);
    // still readable, to be restored
    expect((await get(`/api/contacts/${contactId}`, owner)).json().deletedAt).not.toBeNull();
    expect((await send('PATCH', `/api/contacts/${contactId}`, owner, { title: 'x' })).json().error.code).toBe('record_deleted');
    expect((await send('POST', `/api/contacts/${contactId}/restore`, colleague)).statusCode).toBe(403);
    const restored = await send('POST', `/api/contacts/${contactId}/restore`, leader);
    expect(restored.statusCode).toBe(200);
    expect(restored.json().deletedAt).toBeNull();
    expect((await get(`/api/contacts?accountId=${accountId}`, owner)).json().items.map((c: { id: string }) => c.id)).toContain(contactId);
  });

  it('restores for 30 days, no longer', async () => {
    await send('DELETE', `/api/contacts/${contactId}`, owner);
    offsetMs = 31 * 86_400_000;
    try {
      const s = await t.signIn('seller@nordlys.example');
      const late = await send('POST', `/api/contacts/${contactId}/restore`, s);
      expect(late.statusCode).toBe(410);
      expect(late.json().error.code).toBe('restore_expired');
    } finally {
      offsetMs = 0;
    }
    expect((await send('POST', `/api/contacts/${contactId}/restore`, owner)).statusCode).toBe(200);
  });

  it('edits an opportunity’s value and close date; a colleague may neither edit nor delete it', async () => {
    const o = (await get(`/api/opportunities/${opportunityId}`, owner)).json();
    const edit = await send('PATCH', `/api/opportunities/${opportunityId}`, owner, {
      version: o.version,
      estimatedValue: 75_000,
      expectedCloseOn: '2031-05-31',
    });
    expect(edit.statusCode).toBe(200);
    expect(edit.json()).toMatchObject({ estimatedValue: 75_000, value: 75_000, expectedCloseOn: '2031-05-31' });
    expect((await send('DELETE', `/api/opportunities/${opportunityId}`, colleague)).statusCode).toBe(403);
    const del = await send('DELETE', `/api/opportunities/${opportunityId}`, owner);
    expect(del.statusCode).toBe(200);
    expect(del.json().deletedAt).not.toBeNull();
    const list = (await get(`/api/opportunities?accountId=${accountId}`, owner)).json();
    expect(list.items).toHaveLength(0);
    const v = del.json().version;
    expect((await send('PATCH', `/api/opportunities/${opportunityId}`, owner, { version: v, name: 'x' })).json().error.code).toBe(
      'record_deleted',
    );
    expect((await send('POST', `/api/opportunities/${opportunityId}/restore`, colleague)).statusCode).toBe(403);
    expect((await send('POST', `/api/opportunities/${opportunityId}/restore`, owner)).json().deletedAt).toBeNull();
    expect((await get(`/api/opportunities?accountId=${accountId}`, owner)).json().items).toHaveLength(1);
  });

  it('deletes an account with its contacts and opportunities, and restores them together', async () => {
    const del = await send('DELETE', `/api/accounts/${accountId}`, owner);
    expect(del.statusCode).toBe(200);
    expect((await get(`/api/accounts?q=Rättelse`, owner)).json().items.map((a: { id: string }) => a.id)).not.toContain(accountId);
    expect((await get(`/api/contacts?accountId=${accountId}`, owner)).json().items).toHaveLength(0);
    expect((await get(`/api/opportunities?accountId=${accountId}`, owner)).json().items).toHaveLength(0);
    const overview = (await get(`/api/accounts/${accountId}/overview`, owner)).json();
    expect(overview.account.deletedAt).not.toBeNull();
    expect(overview.can).toMatchObject({ change: false, delete: true });
    // a contact of a deleted account comes back with the account, not alone
    expect((await send('POST', `/api/contacts/${contactId}/restore`, owner)).json().error.code).toBe('record_deleted');
    expect((await send('POST', `/api/accounts/${accountId}/restore`, colleague)).statusCode).toBe(403);
    expect((await send('POST', `/api/accounts/${accountId}/restore`, owner)).statusCode).toBe(200);
    expect((await get(`/api/contacts?accountId=${accountId}`, owner)).json().items).toHaveLength(1);
    expect((await get(`/api/opportunities?accountId=${accountId}`, owner)).json().items).toHaveLength(1);
    const timeline = (await get(`/api/accounts/${accountId}/timeline`, owner)).json();
    const events = timeline.items.map((a: { event: string | null }) => a.event);
    expect(events).toEqual(expect.arrayContaining(['account.deleted', 'account.restored', 'contact.deleted', 'opportunity.deleted']));
  });

  it('the account page: its products in the pipeline beside owned ones, its latest deal, and its deals from every group', async () => {
    const product = (await get('/api/products', owner)).json()[0];
    const o = (await get(`/api/opportunities/${opportunityId}`, owner)).json();
    const lines = await t.app.inject({
      method: 'PUT',
      url: `/api/opportunities/${opportunityId}/lines`,
      headers: owner.headers,
      payload: { version: o.version, lines: [{ productId: product.id, quantity: 1, unitPrice: 10_000 }] },
    });
    expect(lines.statusCode).toBe(200);
    let overview = (await get(`/api/accounts/${accountId}/overview`, owner)).json();
    const cell = overview.productRow.find(
      (c: { family: string; salesGroupId: string }) => c.family === product.family && c.salesGroupId === product.salesGroupId,
    );
    expect(cell.inPipeline).toEqual([{ productId: product.id, name: product.name, opportunityId, opportunityName: 'Trucks' }]);
    expect(cell.owned).toEqual([]);
    expect(overview.latestDeal).toBeNull();
    expect(overview.account.status).toBe('prospect');

    const won = await send('POST', `/api/opportunities/${opportunityId}/win`, owner, {
      version: lines.json().version,
      signedOn: '2026-01-15',
    });
    expect(won.statusCode).toBe(200);
    overview = (await get(`/api/accounts/${accountId}/overview`, owner)).json();
    expect(overview.latestDeal).toMatchObject({ id: opportunityId, name: 'Trucks', signedOn: '2026-01-15' });
    const after = overview.productRow.find(
      (c: { family: string; salesGroupId: string }) => c.family === product.family && c.salesGroupId === product.salesGroupId,
    );
    expect(after.inPipeline).toEqual([]);
    // a one-off line: owned now (within the passive window), so the account is a customer that owns something
    expect(after.owned[0]).toMatchObject({ productId: product.id, current: true });
    expect(overview.account.status).toBe('customer');
    const deals = (await get(`/api/opportunities?accountId=${accountId}&pageSize=200`, colleague)).json();
    expect(deals.items.map((d: { id: string }) => d.id)).toContain(opportunityId);
    // a won deal is the customer's history: it cannot be deleted
    const del = await send('DELETE', `/api/opportunities/${opportunityId}`, owner);
    expect(del.statusCode).toBe(409);
    expect(del.json().error.code).toBe('opportunity_closed');
  });

  it('finds duplicate accounts and merges one into the other, keeping every contact, deal, tip and timeline entry', async () => {
    const me = (await get('/api/me', owner)).json();
    const groups = (await get('/api/sales-groups', owner)).json<{ id: string }[]>();
    const otherGroup = groups.find((g) => g.id !== me.salesGroup.id)!;
    const a = (await send('POST', '/api/accounts', owner, { name: 'Dubblett Maskin AB', marketId, orgNumber: '556677-8899' })).json();
    const b = (
      await send('POST', '/api/accounts', owner, {
        name: 'Dubblett Maskin',
        marketId,
        orgNumber: '5566778899',
        website: 'https://www.dubblett.se',
        city: 'Visby',
      })
    ).json();
    const contact = (await send('POST', '/api/contacts', owner, { accountId: b.id, firstName: 'Dag', lastName: 'Dubbel' })).json();
    const deal = (
      await send('POST', '/api/opportunities', owner, {
        accountId: b.id,
        name: 'Presses',
        estimatedValue: 9_000,
        expectedCloseOn: '2031-01-31',
        contactId: contact.id,
      })
    ).json();
    const note = await send('POST', '/api/activities', colleague, {
      accountId: b.id,
      type: 'note',
      subject: 'Met them at Elmia',
      contactIds: [contact.id],
    });
    expect(note.statusCode).toBe(201);
    const tip = await send('POST', '/api/handoffs', owner, {
      accountId: b.id,
      toSalesGroupId: otherGroup.id,
      contactId: contact.id,
      note: 'They need more',
    });
    expect(tip.statusCode).toBe(201);
    const before = (await get(`/api/accounts/${b.id}/timeline?pageSize=100`, owner)).json().items.length;

    const dups = (await get(`/api/accounts/${a.id}/duplicates`, owner)).json();
    expect(dups.find((d: { id: string }) => d.id === b.id)?.matches).toEqual(expect.arrayContaining(['org_number', 'name']));
    // a colleague may neither change the kept account nor delete the other
    expect((await send('POST', `/api/accounts/${a.id}/merge`, colleague, { duplicateId: b.id })).statusCode).toBe(403);

    const merged = await send('POST', `/api/accounts/${a.id}/merge`, owner, { duplicateId: b.id });
    expect(merged.statusCode).toBe(200);
    expect(merged.json()).toMatchObject({ id: a.id, name: 'Dubblett Maskin AB', city: 'Visby', website: 'https://www.dubblett.se' });
    expect((await get(`/api/accounts/${b.id}`, owner)).statusCode).toBe(404);
    expect((await get(`/api/contacts?accountId=${a.id}`, owner)).json().items.map((c: { id: string }) => c.id)).toContain(contact.id);
    expect((await get(`/api/opportunities/${deal.id}`, owner)).json().accountId).toBe(a.id);
    expect((await get(`/api/handoffs/${tip.json().id}`, owner)).json().account.id).toBe(a.id);
    const timeline = (await get(`/api/accounts/${a.id}/timeline?pageSize=100`, owner)).json().items as {
      subject: string;
      event: string | null;
    }[];
    expect(timeline.map((x) => x.subject)).toContain('Met them at Elmia');
    expect(timeline.map((x) => x.event)).toContain('account.merged');
    // one timeline: b's entries, a's own and the merge itself
    expect(timeline.length).toBeGreaterThanOrEqual(before + 2);
    expect((await get(`/api/contacts/${contact.id}`, owner)).json().salesGroups.length).toBeGreaterThan(0);
  });

  it('previews a merge with what would move, and refuses a seller merging a colleague’s account into their own', async () => {
    const mine = (await send('POST', '/api/accounts', owner, { name: 'Förhands AB', marketId })).json();
    const theirs = (await send('POST', '/api/accounts', colleague, { name: 'Förhands', marketId, city: 'Kalmar' })).json();
    const person = (await send('POST', '/api/contacts', colleague, { accountId: theirs.id, firstName: 'Per', lastName: 'Förhand' })).json();
    await send('POST', '/api/opportunities', colleague, {
      accountId: theirs.id,
      name: 'Lifts',
      estimatedValue: 1_000,
      expectedCloseOn: '2031-02-28',
      contactId: person.id,
    });
    expect((await get(`/api/accounts/${mine.id}/overview`, owner)).json().can).toMatchObject({ change: true, merge: true });
    expect((await get(`/api/accounts/${theirs.id}/overview`, owner)).json().can).toMatchObject({ change: false, merge: false });

    const asOwner = await get(`/api/accounts/${mine.id}/merge-preview?duplicateId=${theirs.id}`, owner);
    expect(asOwner.statusCode).toBe(200);
    expect(asOwner.json()).toMatchObject({
      keep: { id: mine.id, name: 'Förhands AB' },
      duplicate: { id: theirs.id, name: 'Förhands', city: 'Kalmar' },
      moves: { contacts: 1, opportunities: 1, handoffs: 0, tasks: 0 },
      can: { merge: false },
    });
    expect(asOwner.json().moves.activities).toBeGreaterThanOrEqual(3);
    expect(asOwner.json().filled).toContain('city');
    // the owner may change their own account but not delete a colleague's: refused, and nothing moved
    const denied = await send('POST', `/api/accounts/${mine.id}/merge`, owner, { duplicateId: theirs.id });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.code).toBe('forbidden');
    expect((await get(`/api/accounts/${theirs.id}`, owner)).statusCode).toBe(200);
    expect((await get(`/api/contacts/${person.id}`, owner)).json().accountId).toBe(theirs.id);
    // the sellers' leader may
    expect((await get(`/api/accounts/${mine.id}/merge-preview?duplicateId=${theirs.id}`, leader)).json().can.merge).toBe(true);
    expect((await send('POST', `/api/accounts/${mine.id}/merge`, leader, { duplicateId: theirs.id })).statusCode).toBe(200);
    expect((await get(`/api/accounts/${mine.id}/merge-preview?duplicateId=${mine.id}`, owner)).statusCode).toBe(400);
  });

  it('previews a contact merge and refuses a seller merging a colleague’s contact into their own', async () => {
    const mine = (await send('POST', '/api/accounts', owner, { name: 'Kontaktförhand AB', marketId })).json();
    const theirs = (await send('POST', '/api/accounts', colleague, { name: 'Kontaktförhand Två AB', marketId })).json();
    const keep = (await send('POST', '/api/contacts', owner, { accountId: mine.id, firstName: 'Ola', lastName: 'Olsson' })).json();
    const drop = (
      await send('POST', '/api/contacts', colleague, { accountId: theirs.id, firstName: 'Ola', lastName: 'Olsson', phone: '070-2' })
    ).json();
    await send('POST', '/api/activities', colleague, { accountId: theirs.id, type: 'call', subject: 'Called Ola', contactIds: [drop.id] });
    expect((await get(`/api/contacts/${keep.id}`, owner)).json().can.merge).toBe(true);
    expect((await get(`/api/contacts/${drop.id}`, owner)).json().can.merge).toBe(false);
    const preview = (await get(`/api/contacts/${keep.id}/merge-preview?duplicateId=${drop.id}`, owner)).json();
    expect(preview).toMatchObject({
      duplicate: { id: drop.id, name: 'Ola Olsson', accountName: 'Kontaktförhand Två AB' },
      moves: { activities: 1, opportunities: 0, handoffs: 0, tasks: 0 },
      filled: ['phone'],
      can: { merge: false },
    });
    const denied = await send('POST', `/api/contacts/${keep.id}/merge`, owner, { duplicateId: drop.id });
    expect(denied.statusCode).toBe(403);
    expect((await get(`/api/contacts/${drop.id}`, owner)).statusCode).toBe(200);
  });

  it('merges a duplicate contact: their timeline entries and deals move to the one kept', async () => {
    const acc = (await send('POST', '/api/accounts', owner, { name: 'Kontaktdubbel AB', marketId })).json();
    const keep = (
      await send('POST', '/api/contacts', owner, { accountId: acc.id, firstName: 'Stina', lastName: 'Svensson', email: 'stina@kd.se' })
    ).json();
    const drop = (
      await send('POST', '/api/contacts', owner, {
        accountId: acc.id,
        firstName: 'Stina',
        lastName: 'Svensson',
        email: 'STINA@kd.se',
        phone: '070-1',
      })
    ).json();
    await send('POST', '/api/activities', owner, { accountId: acc.id, type: 'call', subject: 'Called Stina', contactIds: [drop.id] });
    const dups = (await get(`/api/contacts/${keep.id}/duplicates`, owner)).json();
    expect(dups.find((d: { id: string }) => d.id === drop.id)?.matches).toEqual(['email', 'name']);
    expect((await send('POST', `/api/contacts/${keep.id}/merge`, colleague, { duplicateId: drop.id })).statusCode).toBe(403);
    const merged = await send('POST', `/api/contacts/${keep.id}/merge`, owner, { duplicateId: drop.id });
    expect(merged.statusCode).toBe(200);
    expect(merged.json()).toMatchObject({ phone: '070-1', email: 'stina@kd.se' });
    expect((await get(`/api/contacts/${drop.id}`, owner)).statusCode).toBe(404);
    const timeline = (await get(`/api/contacts/${keep.id}/timeline`, owner)).json().items as { subject: string }[];
    expect(timeline.map((x) => x.subject)).toContain('Called Stina');
  });
});
