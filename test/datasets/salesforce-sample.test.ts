import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'csv-stringify/sync';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../server/db/client';
import { runImport } from '../../server/modules/imports/service';
import { importErrors } from '../../server/modules/imports/service-reports';
import { createTestApp, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';
import { importOptions } from '../helpers/imports';

const dir = path.resolve(fileURLToPath(new URL('../..', import.meta.url)), '..', 'shared', 'datasets', 'salesforce-sample');
const present = ['Accounts.json', 'Contacts.json', 'Opportunities.json'].every((f) => fs.existsSync(path.join(dir, f)));
if (!present) console.warn(`Skipping the Salesforce sample test: ${dir} is not there (it sits beside the repository in CI).`);

/** A record of Salesforce's sObject tree (`sf data import tree`): its fields, its reference id, references as "@Ref". */
type TreeRecord = { attributes: { type: string; referenceId: string } } & Record<string, unknown>;
const tree = (file: string) => (JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as { records: TreeRecord[] }).records;

/**
 * The tree as a Salesforce data export would have it: one CSV per object under the API field names,
 * the reference id as the record's Id and "@AccountRef1" as the AccountId it points to.
 */
function asExport(records: TreeRecord[]): string {
  const fields = [...new Set(records.flatMap((r) => Object.keys(r).filter((k) => k !== 'attributes')))];
  const cell = (v: unknown) =>
    typeof v === 'string' ? v.replace(/^@/, '') : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
  return stringify([['Id', ...fields], ...records.map((r) => [r.attributes.referenceId, ...fields.map((f) => cell(r[f]))])]);
}

describe.skipIf(!present).each(dbKinds)('the Salesforce sample (sObject tree) through the import (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind, { demo: false });
  });
  afterAll(async () => {
    await t.close();
  });
  const rows = async <T>(query: ReturnType<typeof sql>) => rowsOf<T>(await t.ctx.db.execute(query));

  it('imports its accounts, contacts and opportunities linked to their accounts; a second run adds nothing', async () => {
    const accounts = tree('Accounts.json');
    const contacts = tree('Contacts.json');
    const opportunities = tree('Opportunities.json');
    // the file's facts, read without Korsa
    const accountName = new Map(accounts.map((a) => [a.attributes.referenceId, String(a.Name)]));
    const ref = (r: TreeRecord) => String(r.AccountId).replace(/^@/, '');
    const stages = opportunities.map((o) => String(o.StageName));

    const files = [
      ['accounts', asExport(accounts), accounts.length],
      ['contacts', asExport(contacts), contacts.length],
      ['opportunities', asExport(opportunities), opportunities.length],
    ] as const;
    for (const [entity, csv, n] of files) {
      const run = await runImport(t.ctx, importOptions(entity, { mode: 'all' }), csv);
      expect(run, `${entity}: ${JSON.stringify(await importErrors(t.ctx, run.id, 5, 0))}`).toMatchObject({
        source: 'salesforce', // recognised by its API names (AccountId, StageName …)
        status: 'succeeded',
        totalRows: n,
        createdRows: n,
        failedRows: 0,
      });
    }
    expect(files.map(([, , n]) => n)).toEqual([10, 6, 20]);

    // every contact and deal belongs to the account its AccountId names
    const linkedContacts = await rows<{ email: string; account: string }>(sql`
      select c.email, a.name as account from contacts c join accounts a on a.id = c.account_id where c.source_system = 'salesforce'`);
    expect(new Map(linkedContacts.map((c) => [c.email, c.account]))).toEqual(
      new Map(contacts.map((c) => [String(c.Email), accountName.get(ref(c))])),
    );
    const linkedDeals = await rows<{ ref: string; account: string; stage: string; value: number; close: string }>(sql`
      select o.source_id as ref, a.name as account, s.key as stage, o.value::float as value,
             coalesce(o.signed_on, o.expected_close_on)::text as close
      from opportunities o join accounts a on a.id = o.account_id join stages s on s.id = o.stage_id
      where o.source_system = 'salesforce'`);
    expect(new Map(linkedDeals.map((d) => [d.ref, [d.account, d.value, d.close]]))).toEqual(
      new Map(opportunities.map((o) => [o.attributes.referenceId, [accountName.get(ref(o)), Number(o.Amount), String(o.CloseDate)]])),
    );
    // Salesforce's standard stages: the closed ones are won and lost, the rest open in Korsa's process
    const count = (key: string) => linkedDeals.filter((d) => d.stage === key).length;
    expect(count('won')).toBe(stages.filter((s) => s === 'Closed Won').length);
    expect(count('lost')).toBe(stages.filter((s) => s === 'Closed Lost').length);
    expect([count('won'), count('lost')]).toEqual([2, 1]);
    expect(linkedDeals.filter((d) => !['won', 'lost'].includes(d.stage))).toHaveLength(17);

    // again: matched on the Salesforce ids, nothing new
    const tables = sql`select (select count(*)::int from accounts) as a, (select count(*)::int from contacts) as c,
                              (select count(*)::int from opportunities) as o, (select count(*)::int from activities) as e`;
    const before = await rows<Record<string, number>>(tables);
    expect(before[0]).toMatchObject({ a: 10, c: 6, o: 20 });
    for (const [entity, csv, n] of files) {
      const again = await runImport(t.ctx, importOptions(entity, { mode: 'all' }), csv);
      expect(again, entity).toMatchObject({ status: 'succeeded', createdRows: 0, updatedRows: n, failedRows: 0 });
    }
    expect(await rows<Record<string, number>>(tables)).toEqual(before);
  }, 120_000);
});
