import { Readable, pipeline } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { FastifyReply } from 'fastify';
import { industryName, type IndustryCode } from '@domain/industries';
import type { Locale } from '@domain/people';

export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | number | boolean | null | undefined;
}

/**
 * A record's industry as two columns: `Industry`, the NACE section's letter (what an import reads
 * first, in any language), and `Industry name`, the section's name in the exporting user's language
 * (an import reads it when the letter's column is gone: domain/imports/layouts.ts).
 */
export function industryCsvColumns<T>(locale: Locale, codeOf: (row: T) => IndustryCode | null | undefined): CsvColumn<T>[] {
  return [
    { header: 'Industry', value: codeOf },
    {
      header: 'Industry name',
      value: (row) => {
        const code = codeOf(row);
        return code ? industryName(code, locale) : null;
      },
    },
  ];
}

/**
 * A text cell that a spreadsheet program would run as a formula — beginning with `=`, `+`, `-`,
 * `@`, a tab or a carriage return — gets a leading `'`, so it is shown as the text it is (OWASP's
 * advice on CSV injection). Numbers stay numbers.
 */
export function neutraliseCell(value: string | number | boolean | null | undefined): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(value)) return `'${value}`;
  return value;
}

/**
 * Stream rows as a CSV download (UTF-8 with BOM, so spreadsheet programs read å, ä, ö right).
 * The first row is read before the response starts, so a failing query is answered as any failing
 * request is (platform/errors.ts); an error later, when the status has gone out, ends the download
 * early and is logged — it never escapes as an unhandled stream error.
 */
export async function sendCsv<T>(reply: FastifyReply, fileName: string, columns: CsvColumn<T>[], rows: AsyncIterable<T>) {
  const iterator = rows[Symbol.asyncIterator]();
  const first = await iterator.next();
  const cells = (row: T) => columns.map((c) => neutraliseCell(c.value(row)));
  const records = Readable.from(
    (async function* () {
      if (first.done) return;
      yield cells(first.value);
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        yield cells(next.value);
      }
    })(),
  );
  const csv = stringify({ header: true, columns: columns.map((c) => c.header), bom: true });
  pipeline(records, csv, (err) => {
    if (err) reply.log.error({ err }, 'CSV export failed after it started; the download was cut short');
  });
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
