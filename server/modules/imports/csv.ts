import type { Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import iconv from 'iconv-lite';
import { detectDelimiter } from '@domain/imports/values';
import { AppError } from '../../platform/errors';
import { detectEncoding, type Encoding } from './encoding';

/** The header line may be this long (characters); a longer one is not a CSV header. */
export const MAX_HEADER_CHARS = 64 * 1024;
/** One record (row) may be this long (characters), quoted line breaks included. */
export const MAX_RECORD_CHARS = 1024 * 1024;
/** Bytes are read in slices of this size. */
const SLICE = 64 * 1024;
/** Text is handed to the parser in pieces of about this size (whole lines), so that other work is done between them. */
const PIECE = 16 * 1024;

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
  /** The same, a piece of the file at a time (read at once, so that the loop over them costs less). */
  batches: AsyncIterable<CsvItem[]>;
}

/** csv-parse's parser behind its stream (`Parser.api`), used without the stream. */
interface ParserApi {
  info: { lines: number };
  parse(buf: Buffer | undefined, end: boolean, push: (record: string[]) => void, close: () => void): Error | undefined;
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
  });
  // csv-parse's parser is driven directly, slice by slice: its records come back synchronously, with
  // the line they end on read from its counters (no stream, no info object per record).
  const api = (parser as unknown as { api?: ParserApi }).api;
  if (typeof api?.parse !== 'function' || typeof api.info?.lines !== 'number') throw new Error('csv-parse: unsupported version');
  const pending: CsvReadError[] = [];
  /** The line the parser last finished (a record or an error): an unclosed quote opened after it. */
  let lastLine = 0;
  let tooLong: number | null = null;
  let stopped = false;
  parser.on('skip', (e: CsvError & { lines?: number }) => {
    if (e.code === 'CSV_MAX_RECORD_SIZE') {
      // csv-parse cannot resume after an oversized record: stop reading the file here
      tooLong ??= lastLine + 1;
      stopped = true;
      return;
    }
    const endLine = e.lines ?? lastLine + 1;
    const line = e.code === 'CSV_QUOTE_NOT_CLOSED' ? Math.min(lastLine + 1, endLine) : endLine;
    lastLine = endLine;
    if (pending.at(-1)?.error.line === line) return; // one error a row is enough
    pending.push({ error: { line, endLine, message: describe(e, line, endLine) } });
  });
  /** Parse a piece of text (whole lines), or the end of the file: its records, in order. */
  const parsePiece = (piece: string | undefined): CsvRecord[] => {
    const out: CsvRecord[] = [];
    if (stopped) return out;
    const failed = api.parse(
      piece === undefined ? undefined : Buffer.from(piece, 'utf8'),
      piece === undefined,
      (record) => {
        if (stopped) return;
        lastLine = api.info.lines;
        out.push({ record, line: lastLine });
      },
      () => undefined,
    );
    if (failed !== undefined && !stopped) throw unreadable('The file could not be read as CSV.');
    return out;
  };
  // Whole lines, in pieces of about PIECE characters. A line longer than the limit stops the file
  // there: what came before it is read, nothing after.
  const pieces = (async function* () {
    let tail = '';
    let lines = 0;
    const complete = function* (chunk: string) {
      const text = tail + chunk;
      const cut = text.lastIndexOf('\n');
      if (cut === -1) {
        tail = text;
      } else {
        tail = text.slice(cut + 1);
        let from = 0;
        let piece = 0;
        for (let at = text.indexOf('\n'); at !== -1 && at <= cut; at = text.indexOf('\n', from)) {
          if (at - from > MAX_RECORD_CHARS) {
            tooLong = lines + 1;
            if (from > piece) yield text.slice(piece, from);
            return;
          }
          lines++;
          from = at + 1;
          if (from - piece >= PIECE) {
            yield text.slice(piece, from);
            piece = from;
          }
        }
        if (from > piece) yield text.slice(piece, from);
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
  })();
  /** The records of the next piece; none when the file has ended. */
  let ended = false;
  const nextRecords = async (): Promise<CsvRecord[] | null> => {
    while (!stopped && !ended) {
      const next = await pieces.next();
      if (next.done) {
        ended = true;
        const last = parsePiece(undefined);
        return last.length ? last : null;
      }
      const records = parsePiece(next.value);
      if (stopped) return records.length ? records : null;
      if (records.length) return records;
    }
    return null;
  };
  let first = await nextRecords();
  if (tooLong === 1)
    throw unreadable(
      `The first line of the file is longer than ${MAX_HEADER_CHARS.toLocaleString('en')} characters: it is not a CSV header.`,
    );
  const headers = first?.length ? first.shift()!.record.map((h) => h.trim().replace(/^\uFEFF/, '')) : [];
  const stopError = () =>
    unreadable(
      `Line ${String(tooLong)} is longer than ${MAX_RECORD_CHARS.toLocaleString('en')} characters; the file was not read past it.`,
      { line: tooLong },
    );
  const batches: AsyncIterable<CsvItem[]> = {
    async *[Symbol.asyncIterator]() {
      for (let records = first ?? (await nextRecords()); records; records = await nextRecords()) {
        first = null;
        const items: CsvItem[] = [];
        for (const r of records) {
          while (pending.length && pending[0]!.error.line < r.line) items.push(pending.shift()!);
          items.push(r);
        }
        if (items.length) yield items;
        // let other work (a request, the database's answer to the batch being written) in between pieces
        await new Promise((resolve) => setImmediate(resolve));
      }
      if (tooLong !== null) throw stopError();
      pending.sort((a, b) => a.error.line - b.error.line);
      if (pending.length) yield pending.splice(0);
    },
  };
  return {
    delimiter,
    encoding,
    headers,
    batches,
    records: {
      async *[Symbol.asyncIterator]() {
        for await (const items of batches) yield* items;
      },
    },
  };
}
