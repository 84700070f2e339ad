import { describe, expect, it } from 'vitest';
import { dayFormats, parseDayText } from './dateText';

describe('days as typed', () => {
  it('reads the ISO form in every language and day-first forms with any separator', () => {
    expect(parseDayText('2026-03-05')).toBe('2026-03-05');
    expect(parseDayText(' 2026-3-5 ')).toBe('2026-03-05');
    expect(parseDayText('05/03/2026')).toBe('2026-03-05');
    expect(parseDayText('5.3.2026')).toBe('2026-03-05');
    expect(parseDayText('5-3-26')).toBe('2026-03-05');
    expect(parseDayText('31.12.2026')).toBe('2026-12-31');
  });
  it('refuses days that do not exist and text that is no day', () => {
    for (const text of ['2026-02-30', '31.04.2026', '2026-13-01', '0.1.2026', '', 'tomorrow', '2026/03/05', '05.03'])
      expect([text, parseDayText(text)]).toEqual([text, null]);
    expect(parseDayText('29.02.2028')).toBe('2028-02-29');
  });
  it('shows a day in each language’s short form', () => {
    expect(dayFormats).toEqual({ en: 'DD/MM/YYYY', sv: 'YYYY-MM-DD', nb: 'DD.MM.YYYY' });
  });
});
