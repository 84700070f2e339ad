import { stringify } from 'csv-stringify/sync';
import { detectMapping } from '@domain/imports/layouts';
import { AppError } from '../../platform/errors';
import { isReadError, readCsv } from './csv';

/**
 * An order file and its lines file as one file of order lines: each line with its order's columns
 * (customer, date, owner, currency …) beside its own. The two are joined on the order id (the column
 * each file has for it, e.g. "Order ID" and "OrderNo"). A line whose order is not in the order file
 * keeps empty order columns, so the import reports it. Lines keep their file's order, so the row
 * numbers of the report are the lines file's.
 */
export async function joinOrderFiles(
  orders: Buffer,
  lines: Buffer,
  options: { encoding?: string; orderKey?: string; lineKey?: string } = {},
): Promise<Buffer> {
  const [o, l] = await Promise.all([readCsv(orders, { encoding: options.encoding }), readCsv(lines, { encoding: options.encoding })]);
  const keyOf = (headers: string[], given: string | undefined, which: string) => {
    const column = given ?? detectMapping('orders', headers).sourceId;
    const at = column ? headers.indexOf(column) : -1;
    if (at < 0)
      throw new AppError(
        'import_mapping_incomplete',
        `The ${which} file has no order id column${given ? ` "${given}"` : ''} to join the two files on.`,
        { headers: headers.slice(0, 100), missing: ['sourceId'] },
      );
    return at;
  };
  const orderAt = keyOf(o.headers, options.orderKey, 'order');
  const lineAt = keyOf(l.headers, options.lineKey, 'lines');
  // the order file's columns that the lines file does not have already
  const extra = o.headers.map((h, i) => ({ h, i })).filter(({ h, i }) => i !== orderAt && h !== '' && !l.headers.includes(h));
  // the join needs every row: a row the parser cannot read stops it, as does an order id given twice
  const unreadable = (which: string, e: { line: number; message: string }) =>
    new AppError('import_file_unreadable', `Line ${e.line} of the ${which} file: ${e.message}.`, { line: e.line });
  const byId = new Map<string, string[]>();
  for await (const item of o.records) {
    if (isReadError(item)) throw unreadable('order', item.error);
    const id = item.record[orderAt]?.trim() ?? '';
    if (byId.has(id))
      throw new AppError('import_file_unreadable', `Line ${item.line} of the order file: the order "${id.slice(0, 60)}" is there twice.`, {
        line: item.line,
      });
    byId.set(id, item.record);
  }
  const rows: string[][] = [[...l.headers, ...extra.map((e) => e.h)]];
  for await (const item of l.records) {
    if (isReadError(item)) throw unreadable('lines', item.error);
    const order = byId.get(item.record[lineAt]?.trim() ?? '');
    const own = l.headers.map((_, i) => item.record[i] ?? '');
    rows.push([...own, ...extra.map((e) => order?.[e.i] ?? '')]);
  }
  return Buffer.from(stringify(rows), 'utf8');
}
