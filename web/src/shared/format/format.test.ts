import { describe, expect, it } from 'vitest';
import { formatCurrency, formatDate, formatNumber, formatRegion } from './format';

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
