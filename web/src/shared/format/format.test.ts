import { afterEach, describe, expect, it } from 'vitest';
import { formatCurrency, formatDate, formatNumber, formatRegion, formatWhen } from './format';

// Intl output uses narrow no-break spaces in places; compare with ordinary spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatting by UI language', () => {
  const day = new Date(Date.UTC(2025, 2, 7, 12));

  it('writes dates the local way', () => {
    expect(formatDate(day, 'en')).toBe('7 Mar 2025');
    expect(formatDate(day, 'sv')).toBe('7 mars 2025');
    expect(formatDate(day, 'nb')).toBe('7. mars 2025');
  });

  it('groups digits the local way', () => {
    expect(plain(formatNumber(1234567.5, 'en'))).toBe('1,234,567.5');
    expect(plain(formatNumber(1234567.5, 'sv'))).toBe('1 234 567,5');
    expect(plain(formatNumber(1234567.5, 'nb'))).toBe('1 234 567,5');
  });

  it('shows money in its currency without öre', () => {
    expect(plain(formatCurrency(1250000, 'SEK', 'sv'))).toBe('1 250 000 kr');
    expect(plain(formatCurrency(1250000, 'NOK', 'nb'))).toBe('1 250 000 kr');
    expect(plain(formatCurrency(1250000, 'EUR', 'en'))).toBe('€1,250,000');
  });

  it('names countries in the reader’s language', () => {
    expect(formatRegion('SE', 'sv')).toBe('Sverige');
    expect(formatRegion('NO', 'nb')).toBe('Norge');
    expect(formatRegion('DK', 'en')).toBe('Denmark');
  });
});

describe('when a timeline entry happened', () => {
  const now = new Date(2026, 10, 23, 15);

  it('is relative within a week', () => {
    expect(formatWhen(new Date(2026, 10, 21, 15), 'en', now)).toBe('2 days ago');
    expect(formatWhen(new Date(2026, 10, 21, 15), 'sv', now)).toBe('i förrgår');
  });

  it('is a date after that, with the year only when it is another year', () => {
    expect(formatWhen(new Date(2026, 9, 20, 12), 'sv', now)).toBe('20 okt.');
    expect(formatWhen(new Date(2025, 9, 20, 12), 'nb', now)).toBe('20. okt. 2025');
  });
});

describe('a plain day (a signing, a due day, a chart’s month)', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('is that day for a reader west of UTC and east of it', () => {
    for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati', 'Europe/Stockholm']) {
      process.env.TZ = tz;
      // formats the earlier tests did not build (Intl keeps the zone a formatter was built in)
      expect(formatDate('2026-11-14', 'en', { day: 'numeric', month: 'long', year: 'numeric' })).toBe('14 November 2026');
      expect(formatDate('2026-11', 'nb', { month: 'long', year: 'numeric' })).toBe('november 2026');
    }
  });

  it('is today, yesterday or days ago by the reader’s calendar, then its date', () => {
    process.env.TZ = 'America/Los_Angeles';
    const lateEvening = new Date(2026, 10, 23, 23, 30);
    expect(formatWhen('2026-11-23', 'en', lateEvening)).toBe('today');
    expect(formatWhen('2026-11-22', 'sv', lateEvening)).toBe('i går');
    expect(formatWhen('2026-11-20', 'en', lateEvening)).toBe('3 days ago');
    expect(formatWhen('2026-10-20', 'sv', lateEvening)).toBe('20 okt.');
    expect(formatWhen('2025-10-20', 'nb', lateEvening)).toBe('20. okt. 2025');
  });
});
