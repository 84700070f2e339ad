/**
 * Consent and lawful basis by CSV import (GDPR, L3/L5, #21): a contacts file's consent columns are
 * mapped by their headers, read in en/sv/nb or as codes, each row checked as the contact page checks
 * them (a clear message per row and column), and in all-or-nothing mode a bad row writes nothing.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../server/db/client';
import { runImport } from '../../server/modules/imports/service';
import { importErrors } from '../../server/modules/imports/service-reports';
import { createTestApp, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';
import { importOptions } from '../helpers/imports';

describe.each(dbKinds)('consent by CSV import (%s)', (kind) => {
  let t: TestApp;
  let account: string;
  beforeAll(async () => {
    t = await createTestApp(kind);
    account = rowsOf<{ name: string }>(
      await t.ctx.db.execute(sql`select name from accounts where name not like '%,%' order by name limit 1`),
    )[0]!.name;
  });
  afterAll(async () => {
    await t.close();
  });

  const consentOf = async (email: string) =>
    rowsOf<{ marketing_basis: string | null; consent_status: string | null; consent_on: string | null; consent_source: string | null }>(
      await t.ctx.db.execute(
        sql`select marketing_basis, consent_status, consent_on::text, consent_source from contacts where lower(email) = ${email}`,
      ),
    )[0];

  const header = 'Account,First name,Last name,Email,Lawful basis,Consent,Consent date,Consent source';

  it('imports the lawful basis and consent, read as codes or in en/sv/nb', async () => {
    const csv = [
      header,
      `${account},Sara,Samtycke,sara@samtycke.se,Samtycke,ja,2026-03-01,mässa`,
      `${account},Lars,Intresse,lars@samtycke.se,Legitimate interest,,,`,
      `${account},Nina,Nei,nina@samtycke.se,berettiget interesse,withdrawn,2026-04-02,`,
      `${account},Olle,Utan,olle@samtycke.se,,,,`,
    ].join('\n');
    const run = await runImport(t.ctx, importOptions('contacts', { mode: 'all' }), csv);
    expect(run, JSON.stringify(run)).toMatchObject({ status: 'succeeded', createdRows: 4, failedRows: 0 });
    expect(await consentOf('sara@samtycke.se')).toEqual({
      marketing_basis: 'consent',
      consent_status: 'given',
      consent_on: '2026-03-01',
      consent_source: 'mässa',
    });
    expect(await consentOf('lars@samtycke.se')).toMatchObject({ marketing_basis: 'legitimate_interest', consent_status: null });
    expect(await consentOf('nina@samtycke.se')).toMatchObject({
      marketing_basis: 'legitimate_interest',
      consent_status: 'withdrawn',
      consent_source: 'import',
    });
    expect(await consentOf('olle@samtycke.se')).toMatchObject({ marketing_basis: null, consent_status: null });
  });

  it('refuses bad consent values row by row, and in all-or-nothing mode writes nothing', async () => {
    const csv = [
      header,
      `${account},Anna,Ok,anna@fel.se,contract,,,`,
      `${account},Bo,Bas,bo@fel.se,because,,,`,
      `${account},Cia,Status,cia@fel.se,,maybe,2026-01-01,`,
      `${account},Dan,Dag,dan@fel.se,,given,,`,
      `${account},Eva,Basis,eva@fel.se,consent,,,`,
      `${account},Fia,Fel,fia@fel.se,,given,2099-01-01,`,
    ].join('\n');
    const run = await runImport(t.ctx, importOptions('contacts', { mode: 'all' }), csv);
    expect(run).toMatchObject({ status: 'failed', createdRows: 0, failedRows: 5 });
    expect(await consentOf('anna@fel.se')).toBeUndefined();
    const errors = (await importErrors(t.ctx, run.id, 100, 0)).map((e) => [e.row, e.column, e.message]);
    expect(errors).toEqual([
      [3, 'Lawful basis', expect.stringContaining('"because" is not a lawful basis')],
      [4, 'Consent', expect.stringContaining('"maybe" is not a consent status')],
      [5, 'Consent date', 'the consent status needs the day it was given or withdrawn'],
      [6, 'Lawful basis', expect.stringContaining('consent as the lawful basis needs the consent')],
      [7, 'Consent date', 'the day is in the future'],
    ]);
  });
});
