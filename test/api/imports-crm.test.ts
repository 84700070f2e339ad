import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../server/db/client';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

const fixture = (name: string) => fs.readFileSync(fileURLToPath(new URL(`../fixtures/crm/${name}`, import.meta.url)));

/** Each CRM's standard exports of accounts, contacts and deals, as shipped in test/fixtures/crm, and what they hold. */
const crms = [
  {
    crm: 'salesforce',
    files: { accounts: 'salesforce-accounts.csv', contacts: 'salesforce-contacts.csv', opportunities: 'salesforce-opportunities.csv' },
    contacts: [
      ['Karin Solvik', 'Solvik Maskin AB'],
      ['Ola Berg', 'Bergvik Bygg AS'],
    ],
    deals: [
      ['Solvik service agreement', 'Solvik Maskin AB', 'won', 48000],
      ['Bergvik site safety', 'Bergvik Bygg AS', 'quote_sent', 15000],
    ],
    country: ['Solvik Maskin AB', 'SE'],
  },
  {
    crm: 'hubspot',
    files: { accounts: 'hubspot-companies.csv', contacts: 'hubspot-contacts.csv', opportunities: 'hubspot-deals.csv' },
    contacts: [
      ['Maja Tallberg', 'Tallbacka Logistik AB'],
      ['Sindre Fjord', 'Fjordlys Energi AS'],
    ],
    deals: [
      ['Tallbacka fleet renewal', 'Tallbacka Logistik AB', 'won', 36000],
      ['Fjordlys pilot', 'Fjordlys Energi AS', 'quote_sent', 12000],
    ],
    country: ['Fjordlys Energi AS', 'NO'],
  },
  {
    crm: 'pipedrive',
    files: { accounts: 'pipedrive-organizations.csv', contacts: 'pipedrive-persons.csv', opportunities: 'pipedrive-deals.csv' },
    contacts: [
      ['Eva Kvarn', 'Kvarnby Verkstad AB'],
      ['Tor Nordkyst', 'Nordkyst Fisk AS'],
    ],
    // "Deal - Status" won decides the stage, whatever stage the deal was in when it was won
    deals: [
      ['Kvarnby workshop tools', 'Kvarnby Verkstad AB', 'won', 22000],
      ['Nordkyst cold storage', 'Nordkyst Fisk AS', 'quote_sent', 90000],
    ],
    country: null,
  },
] as const;

describe.each(dbKinds)("other CRMs' exports, columns as they come (%s)", (kind) => {
  let t: TestApp;
  let leader: Session;
  beforeAll(async () => {
    t = await createTestApp(kind, { demo: true });
    leader = await t.signIn('leader@nordlys.example');
  });
  afterAll(async () => {
    await t.close();
  });
  const rows = async <T>(query: ReturnType<typeof sql>) => rowsOf<T>(await t.ctx.db.execute(query));

  /** Preview, then import through the API and wait for the run. */
  const upload = async (entity: string, file: string, query = '') => {
    const headers = { ...leader.headers, 'content-type': 'text/csv' };
    const payload = fixture(file);
    const preview = await t.app.inject({ method: 'POST', url: `/api/imports/preview?entity=${entity}${query}`, headers, payload });
    expect(preview.statusCode, preview.body).toBe(200);
    const started = await t.app.inject({ method: 'POST', url: `/api/imports?entity=${entity}&fileName=${file}${query}`, headers, payload });
    expect(started.statusCode, started.body).toBe(202);
    let run = started.json();
    for (let i = 0; i < 200 && run.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 25));
      run = (await t.app.inject({ method: 'GET', url: `/api/imports/${run.id}`, headers: leader.headers })).json();
    }
    const errors = (await t.app.inject({ method: 'GET', url: `/api/imports/${run.id}/errors`, headers: leader.headers })).json();
    return { preview: preview.json(), run, errors };
  };

  it.each(crms)('$crm: accounts, contacts and deals import without renaming a column, and a second run adds nothing', async (c) => {
    const ownerMap = `&ownerMap=${encodeURIComponent('Leader Nordlys=leader@nordlys.example')}`;
    for (const [entity, file] of Object.entries(c.files)) {
      const query = entity === 'opportunities' ? ownerMap : '';
      const { preview, run, errors } = await upload(entity, file, query);
      // the preview and the run say which layout was recognised
      expect(preview, file).toMatchObject({ source: c.crm, missingRequired: [] });
      expect(run, `${file}: ${JSON.stringify(errors)}`).toMatchObject({
        source: c.crm,
        status: 'succeeded',
        createdRows: 2,
        failedRows: 0,
      });
      expect(errors, file).toEqual([]);
    }
    const contacts = await rows<{ name: string; account: string }>(sql`
      select c.first_name || ' ' || c.last_name as name, a.name as account
      from contacts c join accounts a on a.id = c.account_id
      where c.source_system = ${c.crm} order by 1`);
    expect(contacts.map((r) => [r.name, r.account])).toEqual([...c.contacts].sort((a, b) => a[0].localeCompare(b[0])));
    const deals = await rows<{ name: string; account: string; stage: string; value: number; owner: string | null }>(sql`
      select o.name, a.name as account, s.key as stage, o.value::float as value, u.email as owner
      from opportunities o join accounts a on a.id = o.account_id join stages s on s.id = o.stage_id
      left join users u on u.id = o.owner_id
      where o.source_system = ${c.crm} order by o.source_id`);
    expect(deals.map((d) => [d.name, d.account, d.stage, d.value])).toEqual(c.deals.map((d) => [...d]));
    expect(deals.every((d) => d.owner === 'leader@nordlys.example')).toBe(true);
    if (c.crm === 'pipedrive') {
      // won on the day Pipedrive says it was won, not on its last expected close date
      const [won] = await rows<{ closed: string }>(sql`
        select (closed_at at time zone 'UTC')::date::text as closed from opportunities where source_system = 'pipedrive' and source_id = '601'`);
      expect(won?.closed).toBe('2025-05-14');
    }
    if (c.country) {
      const [market] = await rows<{ code: string }>(sql`
        select m.code from accounts a join markets m on m.id = a.market_id where a.name = ${c.country[0]}`);
      expect(market?.code).toBe(c.country[1]);
    }

    // the same files again: matched on the CRM's ids, nothing duplicated
    for (const [entity, file] of Object.entries(c.files)) {
      const { run } = await upload(entity, file, entity === 'opportunities' ? ownerMap : '');
      expect(run, file).toMatchObject({ status: 'succeeded', createdRows: 0, updatedRows: 2 });
    }
  });
});
