import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rowsOf } from '../../server/db/client';
import { runImport } from '../../server/modules/imports/service';
import { importErrors } from '../../server/modules/imports/service-reports';
import { analytics } from '../../server/modules/opportunities/reports';
import { createSalesGroup } from '../../server/modules/org/service';
import { createTestApp, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';
import { importOptions } from '../helpers/imports';

const datasets = path.resolve(fileURLToPath(new URL('../..', import.meta.url)), '..', 'shared', 'datasets', 'maven-crm');
const present = fs.existsSync(path.join(datasets, 'sales_pipeline.csv'));
if (!present) console.warn(`Skipping the Maven pipeline test: ${datasets} is not there.`);

function median(values: number[]): number {
  const v = [...values].sort((a, b) => a - b);
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}

/** The figures computed straight from the CSV, without Korsa. */
function independent() {
  const rows = parse<Record<string, string>>(fs.readFileSync(path.join(datasets, 'sales_pipeline.csv')), { columns: true, bom: true });
  const days = (r: Record<string, string>) => (Date.parse(r.close_date!) - Date.parse(r.engage_date!)) / 86_400_000;
  const won = rows.filter((r) => r.deal_stage === 'Won');
  const lost = rows.filter((r) => r.deal_stage === 'Lost');
  return {
    rows: rows.length,
    withoutAccount: rows.filter((r) => !r.account).length,
    won: won.length,
    lost: lost.length,
    winRate: won.length / (won.length + lost.length),
    medianWonDays: median(won.map(days)),
    medianLostDays: median(lost.map(days)),
  };
}

describe.skipIf(!present).each(dbKinds)('the Maven pipeline, imported and analysed (%s)', (kind) => {
  let t: TestApp;
  const file = (name: string) => fs.createReadStream(path.join(datasets, name));
  const options = importOptions;
  beforeAll(async () => {
    t = await createTestApp(kind, { demo: false });
    await createSalesGroup(t.ctx, null, { name: 'Hardware', description: '' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('imports 8,800 deals: every one with an account, the rest reported, GTXPro read as GTX Pro', async () => {
    const truth = independent();
    expect((await runImport(t.ctx, options('accounts'), file('accounts.csv'))).createdRows).toBe(85);
    expect((await runImport(t.ctx, options('products', { salesGroup: 'Hardware' }), file('products.csv'))).createdRows).toBe(7);
    const run = await runImport(t.ctx, options('opportunities', { currency: 'USD' }), file('sales_pipeline.csv'));
    expect(run.totalRows).toBe(truth.rows);
    expect(run.failedRows).toBe(truth.withoutAccount);
    expect(run.createdRows).toBe(truth.rows - truth.withoutAccount);
    // through the app's write path: every account with a won deal owns its products; the file's
    // sales agents are not Korsa users, which the report says per row
    const r = rowsOf<{ won: number; holding: number; notProspect: number }>(
      await t.ctx.db.execute(sql`
        select count(distinct o.account_id)::int as won,
               count(distinct h.account_id)::int as holding,
               count(distinct o.account_id) filter (where a.status <> 'prospect')::int as "notProspect"
        from opportunities o join stages s on s.id = o.stage_id and s.key = 'won'
        join accounts a on a.id = o.account_id left join holdings h on h.account_id = o.account_id`),
    )[0]!;
    expect(r.won).toBeGreaterThan(0);
    expect(r.holding).toBe(r.won);
    expect(r.notProspect).toBe(r.won);
    const warnings = await importErrors(t.ctx, run.id, 1000, 0);
    expect(warnings.some((w) => w.severity === 'warning' && w.message.includes('is not a Korsa user'))).toBe(true);
    console.info(
      `Maven: ${run.createdRows} deals through the one write path; ${r.won} accounts with won deals, all holding their products`,
    );
  }, 900_000);

  it('reproduces the win rate and the median engage → close days per outcome', async () => {
    const truth = independent();
    const a = await analytics(t.ctx, { by: 'product' }, { salesGroupId: null, marketId: null });
    expect(a.overall.won).toBe(truth.won);
    expect(a.overall.lost).toBe(truth.lost);
    expect(a.overall.winRate).toBeCloseTo(truth.winRate, 3);
    expect(a.overall.medianCycleDays.won).toBeCloseTo(truth.medianWonDays, 1);
    expect(a.overall.medianCycleDays.lost).toBeCloseTo(truth.medianLostDays, 1);
    expect(a.rows.map((r) => r.name).sort()).toEqual([
      'GTK 500',
      'GTX Basic',
      'GTX Plus Basic',
      'GTX Plus Pro',
      'GTX Pro',
      'MG Advanced',
      'MG Special',
    ]);
    console.info(
      `Maven: win rate ${a.overall.winRate} (CSV ${truth.winRate.toFixed(4)}), median days won ${a.overall.medianCycleDays.won} (CSV ${truth.medianWonDays}), lost ${a.overall.medianCycleDays.lost} (CSV ${truth.medianLostDays})`,
    );
  });
});
