import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { FastifyReply } from 'fastify';

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | number | boolean | null | undefined;
}

/** Stream rows as a CSV download (UTF-8 with BOM, so spreadsheet programs read å, ä, ö right). */
export function sendCsv<T>(reply: FastifyReply, fileName: string, columns: CsvColumn<T>[], rows: AsyncIterable<T>) {
  const records = Readable.from(
    (async function* () {
      for await (const row of rows) yield columns.map((c) => c.value(row) ?? '');
    })(),
  );
  const csv = records.pipe(stringify({ header: true, columns: columns.map((c) => c.header), bom: true }));
  return reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .send(csv);
}

/** Every item of a paged list, page by page. */
export async function* allPages<T>(
  fetchPage: (page: number) => Promise<{ items: T[]; total: number }>,
  pageSize: number,
): AsyncIterable<T> {
  for (let page = 1; ; page++) {
    const { items } = await fetchPage(page);
    yield* items;
    if (items.length < pageSize) return;
  }
}

/** A whole filtered list as a CSV download, fetched a thousand rows at a time. */
export function sendListAsCsv<T>(
  reply: FastifyReply,
  fileName: string,
  columns: CsvColumn<T>[],
  fetchPage: (page: number, pageSize: number) => Promise<{ items: T[]; total: number }>,
) {
  const pageSize = 1000;
  return sendCsv(
    reply,
    fileName,
    columns,
    allPages((page) => fetchPage(page, pageSize), pageSize),
  );
}
