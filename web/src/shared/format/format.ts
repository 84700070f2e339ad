import type { Locale } from '@contract/common';

/** The Intl locale for each UI language (en → British conventions: 24 h, day first). */
export const intlLocales: Record<Locale, string> = { en: 'en-GB', sv: 'sv-SE', nb: 'nb-NO' };

type DateInput = string | number | Date;

/**
 * Intl formatters are costly to build (a board or a matrix formats thousands of values), cheap to
 * use: one per locale and options, built once.
 */
function cached<T>(build: (locale: string, options: object | undefined) => T) {
  const made = new Map<string, T>();
  return (locale: string, options?: object): T => {
    const key = options ? `${locale}|${JSON.stringify(options)}` : locale;
    let formatter = made.get(key);
    if (!formatter) {
      formatter = build(locale, options);
      made.set(key, formatter);
    }
    return formatter;
  };
}
const dateFormat = cached((l, o) => new Intl.DateTimeFormat(l, o));
const numberFormat = cached((l, o) => new Intl.NumberFormat(l, o));
const regionNames = cached((l) => new Intl.DisplayNames([l], { type: 'region' }));
const relativeFormat = cached((l) => new Intl.RelativeTimeFormat(l, { numeric: 'auto' }));

/**
 * A plain day (2026-11-14) or month (2026-11), as the API sends a signing, a close date, a due day or
 * a chart's month, is that day wherever the reader is. It is read as UTC midnight and written in UTC,
 * so a reader west of UTC does not see the day before.
 */
const plainDay = /^\d{4}-\d{2}(-\d{2})?$/;
const isPlain = (value: DateInput): value is string => typeof value === 'string' && plainDay.test(value);
const toDate = (value: DateInput) =>
  value instanceof Date ? value : isPlain(value) ? new Date(`${value.length === 7 ? `${value}-01` : value}T00:00:00Z`) : new Date(value);

export function formatDate(value: DateInput, locale: Locale, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  return dateFormat(intlLocales[locale], isPlain(value) ? { ...options, timeZone: 'UTC' } : options).format(toDate(value));
}

export function formatDateTime(value: DateInput, locale: Locale): string {
  return formatDate(value, locale, { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatNumber(value: number, locale: Locale, options?: Intl.NumberFormatOptions): string {
  return numberFormat(intlLocales[locale], options).format(value);
}

/** Money in its own currency, e.g. 1 250 000 kr or NOK 1 250 000 by the reader's conventions. */
export function formatCurrency(amount: number, currency: string, locale: Locale, options?: Intl.NumberFormatOptions): string {
  return numberFormat(intlLocales[locale], { style: 'currency', currency, maximumFractionDigits: 0, ...options }).format(amount);
}

export function formatPercent(ratio: number, locale: Locale): string {
  return numberFormat(intlLocales[locale], { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}

/** A country by its ISO code in the reader's language (SE → Sverige); the fallback when Intl does not know it. */
export function formatRegion(code: string, locale: Locale, fallback = code): string {
  try {
    return regionNames(intlLocales[locale]).of(code) ?? fallback;
  } catch {
    return fallback;
  }
}

/** "2 days ago" / "för 2 dagar sedan" / "for 2 dager siden". */
export function formatRelative(value: DateInput, locale: Locale, now: Date = new Date()): string {
  const seconds = (toDate(value).getTime() - now.getTime()) / 1000;
  const rtf = relativeFormat(intlLocales[locale]);
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['year', 31_536_000],
    ['month', 2_592_000],
    ['week', 604_800],
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
  ];
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return rtf.format(Math.round(seconds / size), unit);
  }
  return rtf.format(Math.round(seconds), 'second');
}

/**
 * When something happened, as a timeline shows it: relative for the last week ("2 days ago"),
 * then the date — without the year when it is this year ("20 Oct", "20 Oct 2025").
 */
export function formatWhen(value: DateInput, locale: Locale, now: Date = new Date()): string {
  if (isPlain(value)) return formatDayWhen(value, locale, now);
  const date = toDate(value);
  const age = now.getTime() - date.getTime();
  if (age >= 0 && age < 7 * 86_400_000) return formatRelative(date, locale, now);
  const options: Intl.DateTimeFormatOptions =
    date.getFullYear() === now.getFullYear() ? { day: 'numeric', month: 'short' } : { day: 'numeric', month: 'short', year: 'numeric' };
  return formatDate(date, locale, options);
}

/** A plain day by the reader's calendar: today, yesterday, 3 days ago, then its date (the year when another year's). */
function formatDayWhen(day: string, locale: Locale, now: Date): string {
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  const days = Math.round((today - toDate(day).getTime()) / 86_400_000);
  if (days >= 0 && days < 7) return relativeFormat(intlLocales[locale]).format(-days, 'day');
  const thisYear = day.slice(0, 4) === String(now.getFullYear());
  return formatDate(day, locale, thisYear ? { day: 'numeric', month: 'short' } : { day: 'numeric', month: 'short', year: 'numeric' });
}
