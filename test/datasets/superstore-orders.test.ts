import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../server/db/client';
import { runImport } from '../../server/modules/imports/service';
import { importErrors } from '../../server/modules/imports/service-reports';
import { createSalesGroup } from '../../server/modules/org/service';
import { createTestApp, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';
import { importOptions } from '../helpers/imports';

const datasets = path.resolve(fileURLToPath(new URL('../..', import.meta.url)), '..', 'shared', 'datasets', 'superstore');
const file = path.join(datasets, 'superstore.csv');
const present = fs.existsSync(file);
if (!present) console.warn(`Skipping the Superstore order-history test: ${file} is not there.`);

type Line = Record<string, string>;

/**
 * The file's facts, computed without Korsa. Two orders (CA-2021-121465, CA-2022-130494) have lines
 * under four customer ids each: such an order cannot be anyone's purchase and is reported.
 */
function independent(all: Line[]) {
  const customersOf = new Map<string, Set<string>>();
  for (const l of all) customersOf.set(l['Order ID']!, (customersOf.get(l['Order ID']!) ?? new Set()).add(l['Customer ID']!));
  const mixed = all.filter((l) => customersOf.get(l['Order ID']!)!.size > 1);
  const lines = all.filter((l) => customersOf.get(l['Order ID']!)!.size === 1);
  const customers = new Set(lines.map((l) => l['Customer ID']));
  const pairs = new Set(lines.map((l) => `${l['Customer ID']}|${l['Product ID']}`));
  const firstDay = new Map<string, string>();
  const iso = (d: string) => `20${d.slice(6, 8)}-${d.slice(3, 5)}-${d.slice(0, 2)}`; // dd/mm/yy
  for (const l of lines) {
    const day = iso(l['Order Date']!);
    const c = l['Customer ID']!;
    if (!firstDay.has(c) || day < firstDay.get(c)!) firstDay.set(c, day);
  }
  return {
    lines: lines.length,
    mixed: { lines: mixed.length, orders: new Set(mixed.map((l) => l['Order ID'])).size },
    allCustomers: new Set(all.map((l) => l['Customer ID'])).size,
    held: new Set(lines.map((l) => `${l['Customer ID']}|${l['Product ID']}`)),
    orders: new Set(lines.map((l) => l['Order ID'])).size,
    customers: customers.size,
    pairs: pairs.size,
    sales: lines.reduce((s, l) => s + Number(l.Sales), 0),
    firstDay,
  };
}

describe.skipIf(!present).each(dbKinds)('Superstore order lines as purchase history (%s)', (kind) => {
  let t: TestApp;
  let lines: Line[];
  const options = importOptions;
  /** The file's customers or products, once each, under the file's own headers (as a company would export them). */
  const distinct = (key: string, columns: string[]) => {
    const seen = new Map<string, Line>();
    for (const l of lines) if (!seen.has(l[key]!)) seen.set(l[key]!, l);
    return stringify([columns, ...[...seen.values()].map((l) => columns.map((c) => l[c] ?? ''))]);
  };

  beforeAll(async () => {
    lines = parse<Line>(fs.readFileSync(file), { columns: true, bom: true });
    t = await createTestApp(kind, { demo: false });
    await createSalesGroup(t.ctx, null, { name: 'Office', description: '' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('imports 10,194 lines as 5,109 won orders (two that name four customers each are reported): every customer owns what it bought', async () => {
    const truth = independent(lines);
    const accounts = await runImport(
      t.ctx,
      options('accounts'),
      distinct('Customer ID', ['Customer ID', 'Customer Name', 'Segment', 'City']),
    );
    expect(accounts.createdRows).toBe(truth.allCustomers);
    const products = await runImport(
      t.ctx,
      options('products', { salesGroup: 'Office' }),
      distinct('Product ID', ['Product ID', 'Product Name', 'Category', 'Sub-Category']),
    );
    expect(products.createdRows).toBe(new Set(lines.map((l) => l['Product ID'])).size);

    // the order lines as they are: lines of one order are spread over the file; dates are dd/mm/yy
    const started = Date.now();
    const run = await runImport(t.ctx, options('orders', { currency: 'USD' }), () => fs.createReadStream(file));
    const seconds = (Date.now() - started) / 1000;
    expect(run).toMatchObject({
      status: 'partial',
      totalRows: truth.lines + truth.mixed.lines,
      createdRows: truth.orders,
      lines: truth.lines,
      failedRows: truth.mixed.lines,
    });
    const reported = await importErrors(t.ctx, run.id, 100, 0);
    expect(reported).toHaveLength(truth.mixed.lines);
    expect(reported.filter((e) => e.message.includes('name different customers or dates'))).toHaveLength(truth.mixed.orders);
    const facts = rowsOf<{ orders: number; won: number; sales: number; pairs: number; prospects: number; customers: number }>(
      await t.ctx.db.execute(sql`
        select (select count(*)::int from opportunities) as orders,
               (select count(*)::int from opportunities o join stages s on s.id = o.stage_id where s.key = 'won') as won,
               (select sum(value)::float from opportunities) as sales,
               (select count(distinct (h.account_id, h.product_id))::int from holdings h) as pairs,
               (select count(*)::int from accounts where status = 'prospect') as prospects,
               (select count(distinct account_id)::int from holdings) as customers`),
    )[0]!;
    expect(facts).toMatchObject({
      orders: truth.orders,
      won: truth.orders,
      pairs: truth.pairs,
      prospects: truth.allCustomers - truth.customers,
      customers: truth.customers,
    });
    // unit prices are kept to the cent: the total within a cent a line
    expect(Math.abs(facts.sales - truth.sales)).toBeLessThan(truth.lines * 0.01);

    // the customer × product matrix: each customer's products are those of its lines
    const held = rowsOf<{ customer: string; product: string }>(
      await t.ctx.db.execute(sql`
        select distinct a.source_id as customer, p.code as product
        from holdings h join accounts a on a.id = h.account_id join products p on p.id = h.product_id`),
    );
    expect(new Set(held.map((h) => `${h.customer}|${h.product}`))).toEqual(truth.held);

    // a customer's first orders are new business, none after them (the channel on each order's day)
    const channels = rowsOf<{ customer: string; signed: string; channel: string }>(
      await t.ctx.db.execute(sql`
        select a.source_id as customer, o.signed_on::text as signed, o.channel
        from opportunities o join accounts a on a.id = o.account_id`),
    );
    const wrong = channels.filter((c) => (c.channel === 'new') !== (c.signed === truth.firstDay.get(c.customer)));
    expect(wrong).toEqual([]);
    console.info(
      `Superstore: ${truth.lines} lines → ${facts.orders} won orders in ${seconds.toFixed(1)} s (${Math.round(truth.lines / seconds)} lines/s); ` +
        `${facts.pairs} customer × product pairs owned, as in the file`,
    );

    // the same file again adds nothing
    const again = await runImport(t.ctx, options('orders', { currency: 'USD' }), () => fs.createReadStream(file));
    expect(again).toMatchObject({ createdRows: 0, updatedRows: truth.orders, lines: truth.lines, failedRows: truth.mixed.lines });
  }, 900_000);
});
