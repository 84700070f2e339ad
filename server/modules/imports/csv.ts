import { Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import iconv from 'iconv-lite';
import { detectDelimiter } from '@domain/imports/values';
import { AppError } from '../../platform/errors';
import { detectEncoding, type Encoding } from './encoding';

/** The header line may be this long (characters); a longer one is not a CSV header. */
export const MAX_HEADER_CHARS = 64 * 1024;
/** One record (row) may be this long (characters), quoted line breaks included. */
export const MAX_RECORD_CHARS = 1024 * 1024;
/** Text is handed to the parser in slices of this size, so that other requests are served between them. */
const SLICE = 64 * 1024;

export interface CsvRecord {
  record: string[];
  /** The file line the record starts on (the header is line 1). */
  line: number;
}

/** A part of the file the parser could not read: a row error, from `line` to `endLine`. */
export interface CsvReadError {
  error: { line: number; endLine: number; message: string };
}

export type CsvItem = CsvRecord | CsvReadError;

export interface CsvStream {
  delimiter: string;
  encoding: Encoding;
  headers: string[];
  /** Records and, in file order, the rows that could not be read (an unclosed or stray quote, …). */
  records: AsyncIterable<CsvItem>;
}

export const isReadError = (item: CsvItem): item is CsvReadError => 'error' in item;

const unreadable = (message: string, details?: unknown) => new AppError('import_file_unreadable', message, details);

/** Bytes in slices, whatever the input. */
async function* slices(input: Readable | Buffer): AsyncGenerator<Buffer> {
  if (Buffer.isBuffer(input)) {
    for (let i = 0; i < input.length; i += SLICE) yield input.subarray(i, i + SLICE);
    return;
  }
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    for (let i = 0; i < b.length; i += SLICE) yield b.subarray(i, i + SLICE);
  }
}

/** The file as text: its encoding detected from the first 64 KB (or given), decoded as a stream. */
async function decode(input: Readable | Buffer | string, given?: string): Promise<{ encoding: Encoding; text: AsyncIterator<string> }> {
  if (typeof input === 'string') {
    const text = input.replace(/^\uFEFF/, '');
    return {
      encoding: 'utf-8',
      text: (async function* () {
        for (let i = 0; i < text.length; i += SLICE) yield text.slice(i, i + SLICE);
      })(),
    };
  }
  const bytes = slices(input);
  const head: Buffer[] = [];
  let size = 0;
  let ended = false;
  while (size < SLICE) {
    const next = await bytes.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
    size += next.value.length;
  }
  const sample = Buffer.concat(head);
  let encoding: Encoding;
  if (given) {
    const name = given;
    const unknown = `"${name.slice(0, 40)}" is not an encoding Korsa knows (use e.g. utf-8, windows-1252, utf-16le).`;
    if (!iconv.encodingExists(name)) throw unreadable(unknown);
    encoding = name.toLowerCase();
  } else {
    const detected = detectEncoding(sample, ended);
    if ('error' in detected) throw unreadable(detected.error);
    encoding = detected.encoding;
  }
  const decoder = iconv.getDecoder(encoding, { stripBOM: true });
  return {
    encoding,
    text: (async function* () {
      const first = decoder.write(sample);
      if (first) yield first;
      for (let next = await bytes.next(); !next.done; next = await bytes.next()) {
        const s = decoder.write(next.value);
        if (s) yield s;
      }
      const rest = decoder.end();
      if (rest) yield rest;
    })(),
  };
}

/** Our own words for the parser's errors: they never echo the row (it may be megabytes long). */
function describe(e: CsvError, line: number, endLine: number): string {
  switch (e.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return endLine > line
        ? `a quote (") opened on this row is never closed, so lines ${line}–${endLine} (the rest of the file) could not be read`
        : 'a quote (") opened on this row is never closed';
    case 'INVALID_OPENING_QUOTE':
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'a quote (") inside a field that is not quoted as a whole; quote the field and double the quote inside it ("")';
    default:
      return `the row could not be read as CSV (${e.code})`;
  }
}

/**
 * Stream a CSV file of any size: its encoding detected (UTF-8 with or without BOM, UTF-16,
 * Windows-1252/Latin-1) or given, `,` `;` or tab delimited (detected from the header line), quoted
 * fields with line breaks. Rows the parser cannot read come out as row errors in file order; a
 * header or a row longer than the limits stops the file with `import_file_unreadable`, without
 * echoing it. The text reaches the parser in slices, so a huge line never blocks the server.
 */
export async function readCsv(input: Readable | Buffer | string, options: { encoding?: string } = {}): Promise<CsvStream> {
  const { encoding, text } = await decode(input, options.encoding);
  let head = '';
  const buffered: string[] = [];
  while (!head.includes('\n')) {
    const next = await text.next();
    if (next.done) break;
    buffered.push(next.value);
    head += next.value;
    if (head.indexOf('\n') === -1 && head.length > MAX_HEADER_CHARS) break;
  }
  const firstBreak = head.indexOf('\n');
  if ((firstBreak === -1 ? head.length : firstBreak) > MAX_HEADER_CHARS) {
    throw unreadable(
      `The first line of the file is longer than ${MAX_HEADER_CHARS.toLocaleString('en')} characters: it is not a CSV header. Is this a CSV file with one record per line?`,
    );
  }
  const delimiter = detectDelimiter(head.split(/\r?\n/)[0] ?? '');
  const parser = parse({
    delimiter,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    // a backstop for quoted fields with line breaks: lines themselves are limited below
    max_record_size: 8 * MAX_RECORD_CHARS,
    info: true,
    on_record: (record: string[], context: { lines: number }) => {
      lastLine = context.lines;
      return record;
    },
  });
  const pending: CsvReadError[] = [];
  /** The line the parser last finished (a record or an error): an unclosed quote opened after it. */
  let lastLine = 0;
  let tooLong: number | null = null;
  parser.on('skip', (e: CsvError & { lines?: number }) => {
    if (e.code === 'CSV_MAX_RECORD_SIZE') {
      // csv-parse cannot resume after an oversized record: stop reading the file here
      tooLong ??= lastLine + 1;
      parser.destroy();
      return;
    }
    const endLine = e.lines ?? lastLine + 1;
    const line = e.code === 'CSV_QUOTE_NOT_CLOSED' ? Math.min(lastLine + 1, endLine) : endLine;
    lastLine = endLine;
    if (pending.at(-1)?.error.line === line) return; // one error a row is enough
    pending.push({ error: { line, endLine, message: describe(e, line, endLine) } });
  });
  // Feed the parser whole lines, slice by slice (yielding to the event loop between slices). A line
  // longer than the limit stops the file there: what came before it is read, nothing after.
  const feed = Readable.from(
    (async function* () {
      let tail = '';
      let lines = 0;
      const complete = function* (chunk: string) {
        const text = tail + chunk;
        const cut = text.lastIndexOf('\n');
        if (cut === -1) {
          tail = text;
        } else {
          const whole = text.slice(0, cut + 1);
          tail = text.slice(cut + 1);
          let from = 0;
          for (let at = whole.indexOf('\n'); at !== -1; at = whole.indexOf('\n', from)) {
            if (at - from > MAX_RECORD_CHARS) {
              tooLong = lines + 1;
              if (from > 0) yield whole.slice(0, from);
              return;
            }
            lines++;
            from = at + 1;
          }
          yield whole;
        }
        if (tail.length > MAX_RECORD_CHARS) tooLong = lines + 1;
      };
      for (const chunk of buffered) {
        yield* complete(chunk);
        if (tooLong !== null) return;
      }
      for (let next = await text.next(); !next.done; next = await text.next()) {
        yield* complete(next.value);
        if (tooLong !== null) return;
      }
      if (tail) yield tail;
    })(),
  );
  feed.on('error', (e) => parser.destroy(e));
  feed.pipe(parser);

  const records = parser[Symbol.asyncIterator]() as AsyncIterator<{ record: string[]; info: { lines: number } }>;
  const nextRecord = async () => {
    try {
      return await records.next();
    } catch (e) {
      if (tooLong !== null) return { done: true as const, value: undefined };
      if (e instanceof AppError) throw e;
      throw unreadable('The file could not be read as CSV.');
    }
  };
  const first = await nextRecord();
  if (tooLong === 1)
    throw unreadable(
      `The first line of the file is longer than ${MAX_HEADER_CHARS.toLocaleString('en')} characters: it is not a CSV header.`,
    );
  const headers = first.done ? [] : first.value.record.map((h) => h.trim().replace(/^\uFEFF/, ''));
  const stopped = () =>
    unreadable(
      `Line ${String(tooLong)} is longer than ${MAX_RECORD_CHARS.toLocaleString('en')} characters; the file was not read past it.`,
      { line: tooLong },
    );
  return {
    delimiter,
    encoding,
    headers,
    records: {
      async *[Symbol.asyncIterator]() {
        for (let next = await nextRecord(); !next.done; next = await nextRecord()) {
          const line = next.value.info.lines;
          while (pending.length && pending[0]!.error.line < line) yield pending.shift()!;
          yield { record: next.value.record, line };
        }
        if (tooLong !== null) throw stopped();
        pending.sort((a, b) => a.error.line - b.error.line);
        yield* pending.splice(0);
      },
    },
  };
}
