import type { CustomFieldRule } from '@domain/custom-fields';
import type { DateFormat } from '@domain/imports/dates';
import type { ImportEntity, Mapping } from '@domain/imports/layouts';
import { isReadError, type CsvStream } from './csv';
import { readCustomCells } from './custom-fields';
import { recordProblems } from './file';
import type { OrderGroup } from './repo';
import { rowReader, type OrderLineRow, type RowError } from './rows';

// The import's pipeline: the file is read and validated cut by cut, and each cut is handed to one
// writer at a time, in the file's order, while the next one is read.

/** Valid rows per batch. */
export const BATCH = 2000;

/**
 * What the parser read since the last cut: its rows and the lines, errors and skips that go with
 * them. The writer adds a cut to the run's counts in the transaction that writes its rows, so a
 * batch's checkpoint never counts rows that are not yet written.
 */
export interface Cut {
  rows: unknown[];
  /** Rows, or order lines for orders. */
  size: number;
  lines: number;
  /** Lines after the first of a part the parser could not read (an unclosed quote swallows the rest). */
  unread: number;
  skipped: number;
  errors: RowError[];
}

const newCut = (): Cut => ({ rows: [], size: 0, lines: 0, unread: 0, skipped: 0, errors: [] });

export interface PipelineFile {
  csv: CsvStream;
  entity: ImportEntity;
  mapping: Mapping;
  dateFormat: DateFormat;
  custom: readonly CustomFieldRule[];
  /** Orders: the line each order ends on (a first pass) and the order a record belongs to. */
  orders: { lastLine: Map<string, number>; keyOf: (record: string[]) => string } | null;
}

/**
 * Read, validate and `write` the whole file. One cut is written while the next is read and
 * validated (the database and the parser work at the same time); cuts are written one after
 * another, in the file's order. If the file stops being readable, the cut in flight finishes first.
 */
export async function readInCuts(file: PipelineFile, write: (cut: Cut) => Promise<void>): Promise<void> {
  const { csv, mapping, custom, orders } = file;
  const read = rowReader(file.entity, mapping, csv.headers, file.dateFormat);
  let cut = newCut();
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    const done = cut;
    cut = newCut();
    await writing;
    writing = write(done);
    // awaited at the next flush; until then a failure must not count as unhandled
    writing.catch(() => undefined);
  };
  // orders: lines wait for the rest of their order (its last line is known from the first pass)
  const pending = new Map<string, { lines: OrderLineRow[]; failedAt: number | null }>();
  const orderDone = (key: string) => {
    const order = pending.get(key)!;
    pending.delete(key);
    if (order.failedAt !== null) {
      cut.errors.push(
        ...order.lines.map((r) => ({
          row: r.line,
          column: null,
          message: `not imported: another line of the order (row ${order.failedAt}) has an error`,
        })),
      );
    } else if (order.lines.length) {
      cut.rows.push({ key, lines: order.lines } satisfies OrderGroup);
      cut.size += order.lines.length;
    }
  };
  const orderLine = (record: string[], line: number, row: OrderLineRow | undefined) => {
    const key = orders!.keyOf(record);
    const order = pending.get(key) ?? pending.set(key, { lines: [], failedAt: null }).get(key)!;
    if (row) order.lines.push(row);
    else order.failedAt ??= line;
    if ((orders!.lastLine.get(key) ?? line) <= line) orderDone(key);
  };
  try {
    for await (const items of csv.batches) {
      for (const item of items) {
        if (isReadError(item)) {
          const { line, endLine, message } = item.error;
          cut.lines += endLine - line + 1;
          cut.unread += endLine - line;
          cut.errors.push({ row: line, column: null, message });
          continue;
        }
        const { record, line } = item;
        cut.lines++;
        const problems = recordProblems(csv.headers, record, line);
        if (problems.length) {
          cut.errors.push(...problems);
          if (orders) orderLine(record, line, undefined);
          continue;
        }
        const parsed = read(record, line);
        if (parsed.errors.length) cut.errors.push(...parsed.errors);
        if (custom.length) {
          const cells = readCustomCells(custom, mapping, csv.headers, record, line);
          if (cells.errors.length) {
            cut.errors.push(...cells.errors);
            parsed.row = undefined;
          } else if (parsed.row && Object.keys(cells.values).length) Object.assign(parsed.row, { customFields: cells.values });
        }
        if (parsed.skipped) cut.skipped++;
        if (orders)
          orderLine(record, line, parsed.errors.some((e) => e.severity !== 'warning') ? undefined : (parsed.row as OrderLineRow));
        else if (parsed.row) {
          cut.rows.push(parsed.row);
          cut.size++;
        }
        // a long run of bad or empty lines is reported as it goes, not held in memory
        if (cut.size >= BATCH || cut.lines >= 10 * BATCH) await flush();
      }
    }
  } catch (e) {
    // the file stopped being readable: let the batch in flight finish before the run is closed
    await writing.catch(() => undefined);
    throw e;
  }
  // orders whose last line could not be read
  for (const key of [...pending.keys()]) orderDone(key);
  await flush();
  await writing;
}
