import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../server/db/client';
import { runImport } from '../../server/modules/imports/service';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';
import { importOptions } from '../helpers/imports';

/** A multipart form of files, as a browser sends it: its bytes and its content type (with the boundary). */
async function form(files: Record<string, string>) {
  const data = new FormData();
  for (const [part, text] of Object.entries(files)) data.append(part, new Blob([text], { type: 'text/csv' }), `${part}.csv`);
  const request = new Request('http://localhost/', { method: 'POST', body: data });
  return { payload: Buffer.from(await request.arrayBuffer()), contentType: request.headers.get('content-type')! };
}

const orders = 'Order No;Customer ID;Order Date;Currency\nSO-3001;UP-1;15.05.2025;SEK\nSO-3002;UP-2;16.05.2025;SEK\n';
const lines = 'Line;OrderNo;Product ID;Qty;Sales\n1;SO-3001;UP-ROOF;2;1000\n2;SO-3001;UP-HARN;1;450\n3;SO-3002;UP-HARN;4;1800\n';

describe.each(dbKinds)('orders with a separate lines file through the API (%s)', (kind) => {
  let t: TestApp;
  let leader: Session;
  beforeAll(async () => {
    t = await createTestApp(kind, { demo: true });
    leader = await t.signIn('leader@nordlys.example');
    const [group] = rowsOf<{ name: string }>(await t.ctx.db.execute(sql`select name from sales_groups order by name limit 1`));
    await runImport(t.ctx, importOptions('accounts'), 'Customer ID,Customer\nUP-1,Uppsala Lager AB\nUP-2,Umeå Hamn AB\n');
    await runImport(
      t.ctx,
      importOptions('products', { salesGroup: group!.name }),
      'Product ID,Product\nUP-ROOF,Upload Roof Kit\nUP-HARN,Upload Harness\n',
    );
  });
  afterAll(async () => {
    await t.close();
  });

  const post = async (url: string, files: Record<string, string>, session = leader) => {
    const { payload, contentType } = await form(files);
    return t.app.inject({ method: 'POST', url, headers: { ...session.headers, 'content-type': contentType }, payload });
  };
  const finished = async (id: string) => {
    for (let i = 0; i < 200; i++) {
      const run = (await t.app.inject({ method: 'GET', url: `/api/imports/${id}`, headers: leader.headers })).json();
      if (run.status !== 'running') return run;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('the import did not finish');
  };
  const deals = async () =>
    rowsOf<{ order: string; value: number; lines: number }>(
      await t.ctx.db.execute(sql`
        select o.source_id as order, o.value::float as value,
               (select count(*)::int from opportunity_lines l where l.opportunity_id = o.id) as lines
        from opportunities o where o.source_id like 'order:SO-30%' order by 1`),
    );

  it('previews and imports the two files joined on the order id, all or nothing: orders counted as orders', async () => {
    const preview = await post('/api/imports/preview?entity=orders', { file: orders, lines });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({
      rows: 3, // the lines, each with its order's columns
      missingRequired: [],
      mapping: { sourceId: 'OrderNo', accountSourceId: 'Customer ID', orderedOn: 'Order Date', productCode: 'Product ID' },
      unusedColumns: ['Line'],
      errors: [],
    });

    // a line of an order the order file does not have: mode all imports nothing, not even the good orders
    const broken = await post('/api/imports?entity=orders&fileName=orders.csv%20%2B%20lines.csv', {
      file: orders,
      lines: `${lines}4;SO-9999;UP-HARN;1;450\n`,
    });
    expect(broken.statusCode, broken.body).toBe(202);
    expect(await finished(broken.json().id)).toMatchObject({ status: 'failed', totalRows: 4, createdRows: 0, failedRows: 1, lines: null });
    expect(await deals()).toEqual([]);

    const started = await post('/api/imports?entity=orders&fileName=orders.csv%20%2B%20lines.csv', { file: orders, lines });
    expect(started.statusCode, started.body).toBe(202);
    const run = await finished(started.json().id);
    expect(run).toMatchObject({
      status: 'succeeded',
      fileName: 'orders.csv + lines.csv',
      totalRows: 3,
      createdRows: 2,
      updatedRows: 0,
      lines: 3,
      unusedColumns: ['Line'],
    });
    expect(await deals()).toEqual([
      { order: 'order:SO-3001', value: 1450, lines: 2 },
      { order: 'order:SO-3002', value: 1800, lines: 1 },
    ]);
    const again = await finished((await post('/api/imports?entity=orders', { file: orders, lines })).json().id);
    expect(again).toMatchObject({ status: 'succeeded', createdRows: 0, updatedRows: 2, lines: 3 });
    expect(await deals()).toHaveLength(2);
  });

  it('refuses a lines file for anything but orders, a form without the file, and a pair it cannot join; sellers may not import', async () => {
    const accounts = await post('/api/imports?entity=accounts', { file: 'Name\nA AB\n', lines });
    expect(accounts.statusCode).toBe(400);
    expect(accounts.json().error).toMatchObject({
      code: 'validation_failed',
      message: expect.stringContaining('lines file is for orders'),
    });
    const noFile = await post('/api/imports/preview?entity=orders', { lines });
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json().error.code).toBe('validation_failed');
    const noOrderId = await post('/api/imports?entity=orders', { file: 'Customer ID;Order Date\nUP-1;15.05.2025\n', lines });
    expect(noOrderId.statusCode).toBe(400);
    expect(noOrderId.json().error).toMatchObject({ code: 'import_mapping_incomplete', message: expect.stringContaining('order file') });
    const twice = await post('/api/imports?entity=orders', { file: `${orders}SO-3001;UP-2;17.05.2025;SEK\n`, lines });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error).toMatchObject({
      code: 'import_file_unreadable',
      message: expect.stringContaining('"SO-3001" is there twice'),
    });
    const threeFiles = await post('/api/imports?entity=orders', { file: orders, lines, extra: lines });
    expect(threeFiles.statusCode).toBe(413);
    expect(await deals()).toHaveLength(2); // none of these wrote anything

    const seller = await t.signIn('seller@nordlys.example');
    const denied = await post('/api/imports?entity=orders', { file: orders, lines }, seller);
    expect(denied.statusCode).toBe(403);
  });
});
