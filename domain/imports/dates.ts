/**
 * A file's date format, decided once for the whole file from all its date values — never row by
 * row, so that 03/04/2024 is never read as 3 April on one row and 4 March on the next.
 */
export const dateFormats = ['iso', 'dmy', 'mdy'] as const;
export type DateFormat = (typeof dateFormats)[number];

const dayMonth = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

export type DateFormatDecision =
  { format: DateFormat } | { ambiguous: true; examples: string[] } | { mixed: true; dayFirst: string; monthFirst: string };

/**
 * ISO dates decide nothing (they cannot be misread). For day/month dates: a first number over 12
 * means day first, a second over 12 month first; both in one file is an error. Without such a
 * value, dots are the Nordic and German day-first convention (dd.mm.yyyy); slashes or dashes stay
 * ambiguous (UK 05/03 or US 05/03?) and the format must be given.
 */
export function decideDateFormat(values: Iterable<string>): DateFormatDecision {
  let dayFirst: string | null = null;
  let monthFirst: string | null = null;
  const unclear: string[] = [];
  let dotted = true;
  for (const raw of values) {
    const m = dayMonth.exec(raw.trim());
    if (!m) continue;
    const [, a, sep, b] = m;
    if (sep !== '.') dotted = false;
    if (Number(a) > 12) dayFirst ??= raw;
    else if (Number(b) > 12) monthFirst ??= raw;
    else if (Number(a) !== Number(b) && unclear.length < 3) unclear.push(raw);
  }
  if (dayFirst && monthFirst) return { mixed: true, dayFirst, monthFirst };
  if (dayFirst) return { format: 'dmy' };
  if (monthFirst) return { format: 'mdy' };
  if (unclear.length && !dotted) return { ambiguous: true, examples: unclear };
  return { format: unclear.length ? 'dmy' : 'iso' };
}

/** A day/month date in the given order, with an optional time; null when it is not one or does not exist. */
export function parseDayMonth(raw: string, format: Exclude<DateFormat, 'iso'>): Date | null {
  const m = dayMonth.exec(raw.trim());
  if (!m) return null;
  const [, a, , b, y, h = '0', mi = '0', s = '0'] = m;
  const [d, mo] = format === 'dmy' ? [Number(a), Number(b)] : [Number(b), Number(a)];
  const year = y!.length === 2 ? 2000 + Number(y) : Number(y);
  const date = new Date(Date.UTC(year, mo - 1, d, Number(h), Number(mi), Number(s)));
  return date.getUTCDate() === d && date.getUTCMonth() === mo - 1 ? date : null;
}
