import type { Locale } from '@domain/people';

/**
 * A day as people type it, in the UI's language: day first with the country's separator in English
 * (British) and Norwegian, the ISO form in Swedish — the Intl short forms of en-GB, nb-NO and sv-SE.
 * The forms keep the ISO day (yyyy-mm-dd) whatever the language.
 */
export const dayFormats: Record<Locale, string> = { en: 'DD/MM/YYYY', sv: 'YYYY-MM-DD', nb: 'DD.MM.YYYY' };

const pad = (n: number) => String(n).padStart(2, '0');

function isoDay(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day > last ? null : `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * A typed day as yyyy-mm-dd, or null: the ISO form in any language ("2026-03-05"), else day before
 * month with any of . / - or a space between ("5.3.2026", "05/03/2026", "5 3 26"; a two-digit
 * year is this century).
 */
export function parseDayText(text: string): string | null {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso) return isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = /^(\d{1,2})[./\- ](\d{1,2})[./\- ](\d{2}|\d{4})$/.exec(t);
  if (!dayFirst) return null;
  const year = dayFirst[3]!.length === 2 ? 2000 + Number(dayFirst[3]) : Number(dayFirst[3]);
  return isoDay(year, Number(dayFirst[2]), Number(dayFirst[1]));
}
