import { parseDayMonth, type DateFormat } from './dates';
/** Parsing the values people put in CSV files: decimal commas, Nordic and ISO dates, employee counts. */

/** "1 234,50", "1.234,50", "1,234.50", "1234.5" → 1234.5; null when it is not a number. */
export function parseDecimal(raw: string): number | null {
  let s = raw.trim().replace(/[\s\u00a0']/g, '');
  if (s === '') return null;
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma > -1 && lastDot > -1) {
    s = lastComma > lastDot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  } else if (lastComma > -1) {
    const decimals = s.length - lastComma - 1;
    s = (s.match(/,/g) ?? []).length === 1 && decimals !== 3 ? s.replace(',', '.') : s.replace(/,/g, '');
  }
  if (!/^[-+]?\d+(\.\d+)?$/.test(s)) return null;
  return Number(s);
}

/**
 * ISO dates and date-times, "2024-03-05 14:30", "05.03.2024", "5/3/2024" (day first, as in the
 * Nordics). Years before 1900 or after 2200 are typos in a CRM, not dates.
 */
export function parseDate(raw: string, format: DateFormat = 'dmy'): Date | null {
  const date = parseAnyDate(raw) ?? (format === 'iso' ? null : parseDayMonth(raw, format));
  if (!date) return null;
  const year = date.getUTCFullYear();
  return year >= 1900 && year <= 2200 ? date : null;
}

function parseAnyDate(raw: string): Date | null {
  const s = raw.trim();
  if (s === '') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(s);
  if (m) {
    const [, y, mo, d, h = '00', mi = '00', se = '00', zone] = m;
    const iso = `${y}-${mo}-${d}T${h}:${mi}:${se}${zone ? (zone === 'Z' ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone) : 'Z'}`;
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return null;
    if (!zone && date.toISOString().slice(0, 10) !== `${y}-${mo}-${d}`) return null; // 2024-02-30
    return date;
  }
  return null;
}

export type CompanySize = 'micro' | 'small' | 'medium' | 'large' | 'enterprise';

/** The EU's size classes by headcount, with "enterprise" for 1,000+. */
export function sizeFromEmployees(employees: number): CompanySize {
  if (employees < 10) return 'micro';
  if (employees < 50) return 'small';
  if (employees < 250) return 'medium';
  if (employees < 1000) return 'large';
  return 'enterprise';
}

/** `;` or `,` (or tab): whichever splits the header line into more columns outside quotes. */
export function detectDelimiter(headerLine: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const c of headerLine) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && c in counts) counts[c as keyof typeof counts]++;
  }
  return (Object.entries(counts).sort((a, b) => b[1] - a[1])[0]![0] as ',' | ';' | '\t') ?? ',';
}

/** Activity types from other CRMs' words ("Call", "Meeting", "Email", "Task", "Note", "Samtal", "Møte" …). */
export function activityTypeOf(raw: string | undefined): 'call' | 'meeting' | 'email' | 'note' | 'visit' | 'task' | null {
  const s = (raw ?? '').trim().toLowerCase();
  if (s === '') return 'note';
  if (/call|phone|samtal|telefon|ring/.test(s)) return 'call';
  if (/meet|möte|møte|lunch|lunsj/.test(s)) return 'meeting';
  if (/mail|e-post|epost/.test(s)) return 'email';
  if (/visit|besök|besøk|befaring/.test(s)) return 'visit';
  if (/task|todo|to-do|uppgift|oppgave|deadline/.test(s)) return 'task';
  if (/note|anteckning|notat/.test(s)) return 'note';
  return null;
}
