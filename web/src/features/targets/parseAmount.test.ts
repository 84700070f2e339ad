import { describe, expect, it } from 'vitest';
import { parseAmount, parseClipboard } from './parseAmount';

const value = (text: string) => {
  const parsed = parseAmount(text);
  return parsed.ok ? parsed.value : 'invalid';
};

describe('reading an amount typed or pasted from a spreadsheet', () => {
  it('reads plain numbers', () => {
    expect(value('1200000')).toBe(1200000);
    expect(value('0')).toBe(0);
    expect(value('  42 ')).toBe(42);
  });

  it('reads digits grouped with spaces of any kind, as Swedish and Norwegian spreadsheets write them', () => {
    expect(value('1 200 000')).toBe(1200000);
    expect(value('1\u00a0200\u00a0000')).toBe(1200000);
    expect(value('1\u202f200\u202f000')).toBe(1200000);
    expect(value('1 200 000,50')).toBe(1200000.5);
    expect(value("1'200'000")).toBe(1200000);
  });

  it('reads English and continental grouping and decimal marks', () => {
    expect(value('1,200,000')).toBe(1200000);
    expect(value('1.200.000')).toBe(1200000);
    expect(value('1.200.000,50')).toBe(1200000.5);
    expect(value('1,200,000.50')).toBe(1200000.5);
    expect(value('1200000.5')).toBe(1200000.5);
    expect(value('1200000,75')).toBe(1200000.75);
  });

  it('takes a single mark before three digits as grouping (money: a thousand is likelier than 1.2)', () => {
    expect(value('1,200')).toBe(1200);
    expect(value('1.200')).toBe(1200);
    expect(value('250.000')).toBe(250000);
    expect(value('0.250')).toBe(0.25);
    expect(value('1,5')).toBe(1.5);
    expect(value('1234.567')).toBe(1234.57);
  });

  it('ignores the currency and understands thousands and millions', () => {
    expect(value('€1,200,000')).toBe(1200000);
    expect(value('1 200 000 kr')).toBe(1200000);
    expect(value('SEK 500 000')).toBe(500000);
    expect(value('1,2 M')).toBe(1200000);
    expect(value('1.5m')).toBe(1500000);
    expect(value('1,5 mkr')).toBe(1500000);
    expect(value('2 milj')).toBe(2000000);
    expect(value('500k')).toBe(500000);
    expect(value('750 tkr')).toBe(750000);
  });

  it('takes an empty cell or a dash for "no target"', () => {
    expect(value('')).toBeNull();
    expect(value('   ')).toBeNull();
    expect(value('-')).toBeNull();
    expect(value('—')).toBeNull();
  });

  it('strips the quotes a spreadsheet may put around a cell', () => {
    expect(value('"1,200,000"')).toBe(1200000);
  });

  it('refuses what is not an amount, negative amounts and absurdly large ones', () => {
    for (const text of ['abc', '-5', '1,2,3', '1.2.3,4.5', '12,', 'k', '1e6', '(500)', '1 000 000 000 000 000']) {
      expect(value(text), text).toBe('invalid');
    }
  });

  it('rounds to hundredths', () => {
    expect(value('10,005')).toBe(10005);
    expect(value('10.0049')).toBe(10);
  });
});

describe('reading a block copied from a spreadsheet', () => {
  it('splits rows on newlines and cells on tabs', () => {
    expect(parseClipboard('1\t2\n3\t4')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('takes Windows line ends and ignores the trailing newline spreadsheets add', () => {
    expect(parseClipboard('1 200\t300\r\n400\t\r\n')).toEqual([
      ['1 200', '300'],
      ['400', ''],
    ]);
  });

  it('reads one value as a block of one cell', () => {
    expect(parseClipboard('1,200,000')).toEqual([['1,200,000']]);
  });
});
