import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { detectDelimiter } from '../../domain/imports/values';

export interface CsvRecord {
  record: string[];
  /** The file line the record starts on (the header is line 1). */
  line: number;
}

export interface CsvStream {
  delimiter: string;
  headers: string[];
  records: AsyncIterable<CsvRecord>;
  /** Records the parser could not read (e.g. an unclosed quote), with their line. */
  skipped: { line: number; message: string }[];
}

/**
 * Stream a CSV file of any size: UTF-8 with or without BOM, `,` `;` or tab delimited (detected
 * from the header line), quoted fields with line breaks. Bad records are reported, not fatal.
 */
export async function readCsv(input: Readable | string): Promise<CsvStream> {
  const source = typeof input === 'string' ? Readable.from([input]) : input;
  const iterator = source[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  let head = '';
  const buffered: (Buffer | string)[] = [];
  while (!head.includes('\n')) {
    const next = await iterator.next();
    if (next.done) break;
    buffered.push(next.value);
    head += typeof next.value === 'string' ? next.value : next.value.toString('utf8');
    if (head.length > 1_000_000) break;
  }
  const delimiter = detectDelimiter(head.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '');
  const skipped: CsvStream['skipped'] = [];
  const parser = parse({
    bom: true,
    delimiter,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    info: true,
  });
  parser.on('skip', (err: Error & { lines?: number }) => skipped.push({ line: err.lines ?? 0, message: err.message }));
  Readable.from(
    (async function* () {
      yield* buffered;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    })(),
  ).pipe(parser);

  const records = parser[Symbol.asyncIterator]() as AsyncIterator<{ record: string[]; info: { lines: number } }>;
  const first = await records.next();
  const headers = first.done ? [] : first.value.record.map((h) => h.trim());
  return {
    delimiter,
    headers,
    skipped,
    records: {
      async *[Symbol.asyncIterator]() {
        for (let next = await records.next(); !next.done; next = await records.next()) {
          yield { record: next.value.record, line: next.value.info.lines };
        }
      },
    },
  };
}
