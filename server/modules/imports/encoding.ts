import chardet from 'chardet';

/** Encodings the detector answers with (any encoding iconv-lite knows may also be given explicitly). */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | (string & {});

/** Latin alphabets that Windows-1252 reads the same as the Nordic and Western European letters. */
const latin1Family = new Set(['ISO-8859-1', 'ISO-8859-15', 'windows-1252']);
/** Other encodings we accept from the detector when it names one of them first. */
const otherKnown = new Set(['ISO-8859-2', 'windows-1250', 'windows-1251', 'KOI8-R', 'Shift_JIS', 'EUC-JP', 'GB18030', 'Big5', 'EUC-KR']);
/** Bytes Windows-1252 leaves undefined: a file that has them is not Windows-1252. */
const undefinedIn1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** The sample without a UTF-8 sequence cut at its end (when the file goes on). */
function wholeUtf8(sample: Buffer): Buffer {
  let end = sample.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const b = sample[end - back]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    if (need > back) end -= back;
    break;
  }
  return sample.subarray(0, end);
}

const isUtf8 = (bytes: Buffer) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/**
 * The encoding of a CSV file from its first bytes: a byte-order mark decides; then UTF-16 without
 * one (every other byte zero); then UTF-8 when the bytes are valid UTF-8 (all ASCII is UTF-8 too);
 * otherwise `chardet`'s statistics, where the Latin-1 family is read as Windows-1252 (its superset).
 * A file with zero bytes that is not UTF-16 is not text (a spreadsheet, say): an error, as is a
 * file that is none of these.
 */
export function detectEncoding(sample: Buffer, complete: boolean): { encoding: Encoding } | { error: string } {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return { encoding: 'utf-8' };
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf-16le' };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: 'utf-16be' };
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  const pairs = Math.floor(sample.length / 2);
  if (pairs > 0 && oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return { encoding: 'utf-16le' };
  if (pairs > 0 && evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return { encoding: 'utf-16be' };
  if (evenZeros + oddZeros > 0)
    return { error: 'The file is not text (it has zero bytes): save it as CSV (e.g. "CSV UTF-8" in Excel) and try again.' };
  if (isUtf8(complete ? sample : wholeUtf8(sample))) return { encoding: 'utf-8' };
  const candidates = chardet.analyse(sample);
  const has1252Gaps = sample.some((b) => undefinedIn1252.has(b));
  if (!has1252Gaps && candidates.some((c) => latin1Family.has(c.name))) return { encoding: 'windows-1252' };
  const top = candidates.find((c) => otherKnown.has(c.name) || latin1Family.has(c.name));
  if (top && !latin1Family.has(top.name)) return { encoding: top.name.toLowerCase() };
  return {
    error:
      'The file’s character encoding could not be recognised (it is not UTF-8, UTF-16 or Windows-1252/Latin-1). Save it as "CSV UTF-8" and try again, or name its encoding.',
  };
}
