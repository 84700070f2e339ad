/**
 * Reading amounts the way people type or paste them from a spreadsheet, whatever its locale:
 * "1 200 000", "1,200,000", "1.200.000,50", "1200000.5", "€1,2 M", "500k", "1,5 mkr".
 *
 * - Spaces of every kind (thin, no-break), apostrophes and underscores group digits.
 * - With both "." and ",", the later one is the decimal mark ("1.200.000,50", "1,200,000.50").
 * - With one kind used more than once, it groups digits ("1.200.000", "1,200,000").
 * - Used once and followed by exactly three digits, it groups digits ("1,200" and "1.200" are 1200):
 *   targets are money, and a thousand is far likelier than 1.2. Otherwise it is the decimal mark
 *   ("1,5", "1200.50", "0.125").
 * - A currency (kr, SEK, NOK, DKK, EUR, USD, €, $, £) is ignored; k/t/tkr multiply by a thousand,
 *   m/mn/mio/milj/mkr by a million.
 * - Empty means "no target" (null). Negative numbers and anything else are not amounts.
 */
export type ParsedAmount = { ok: true; value: number | null } | { ok: false };

export const maxAmount = 1e12;

const currencies = /(sek|nok|dkk|eur|usd|gbp|kr\.?|€|\$|£)/gi;
const multipliers: [RegExp, number][] = [
  [/(mkr|milj\.?|miljoner|millioner|million|mio\.?|mn|m)$/i, 1e6],
  [/(tkr|tusen|k|t)$/i, 1e3],
];

function normaliseNumber(text: string): number | null {
  if (!/^\d[\d.,]*$/.test(text) || /[.,]$/.test(text)) return null;
  const dot = text.lastIndexOf('.');
  const comma = text.lastIndexOf(',');
  let integer = text;
  let fraction = '';
  if (dot >= 0 && comma >= 0) {
    const mark = Math.max(dot, comma);
    const group = mark === dot ? ',' : '.';
    integer = text.slice(0, mark);
    fraction = text.slice(mark + 1);
    if (integer.includes(text[mark]!)) return null; // "1.200.000.50,5": a decimal mark twice
    integer = integer.split(group).join('');
  } else if (dot >= 0 || comma >= 0) {
    const sep = dot >= 0 ? '.' : ',';
    const parts = text.split(sep);
    if (parts.length > 2) {
      // grouping: every group after the first has three digits
      if (parts.slice(1).some((p) => p.length !== 3)) return null;
      integer = parts.join('');
    } else {
      const [head = '', tail = ''] = parts;
      const grouping = tail.length === 3 && head.length <= 3 && head !== '0';
      integer = grouping ? head + tail : head;
      fraction = grouping ? '' : tail;
    }
  }
  if (!/^\d+$/.test(integer) || !/^\d*$/.test(fraction)) return null;
  return Number(fraction ? `${integer}.${fraction}` : integer);
}

/** One cell's text as an amount: a number, null for "none", or not an amount. */
export function parseAmount(input: string): ParsedAmount {
  let text = input
    .trim()
    .replace(/^"(.*)"$/s, '$1')
    .replace(/[\s\u00a0\u202f\u2009'’_]/g, '');
  if (text === '' || text === '-' || text === '—' || text === '–') return { ok: true, value: null };
  text = text.replace(currencies, '');
  let factor = 1;
  for (const [pattern, multiplier] of multipliers) {
    if (pattern.test(text)) {
      text = text.replace(pattern, '');
      factor = multiplier;
      break;
    }
  }
  if (text === '') return { ok: false };
  const number = normaliseNumber(text);
  if (number === null || !Number.isFinite(number)) return { ok: false };
  const value = Math.round(number * factor * 100) / 100;
  if (value > maxAmount) return { ok: false };
  return { ok: true, value };
}

/**
 * A block copied from a spreadsheet: rows separated by newlines, cells by tabs (the format Excel,
 * Numbers, LibreOffice and Google Sheets put on the clipboard). A trailing newline is not a row.
 */
export function parseClipboard(text: string): string[][] {
  const rows = text.replace(/\r\n?/g, '\n').split('\n');
  if (rows.length > 1 && rows[rows.length - 1] === '') rows.pop();
  return rows.map((row) => row.split('\t'));
}
