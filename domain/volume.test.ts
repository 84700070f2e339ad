import { describe, expect, it } from 'vitest';
import { histogramMedian } from './kpis';
import { volumeParts } from './volume';

const line = (o: Partial<Parameters<typeof volumeParts>[0]['lines'][number]>) => ({
  quantity: 1,
  unitPrice: 100_000,
  discountPercent: 0,
  recurring: false,
  contractMonths: null,
  terminableAfterMonths: null,
  ...o,
});

describe('volumeParts', () => {
  it('counts nothing unless won and signed', () => {
    expect(volumeParts({ won: false, signedOn: '2032-03-01', value: 5, lines: [] })).toEqual([]);
    expect(volumeParts({ won: true, signedOn: null, value: 5, lines: [] })).toEqual([]);
  });
  it('counts a recurring line each contract year in the month it starts, a one-off line once', () => {
    const parts = volumeParts({
      won: true,
      signedOn: '2032-03-15',
      value: 0,
      lines: [line({ recurring: true, contractMonths: 30 }), line({ unitPrice: 500, quantity: 3, discountPercent: 15 })],
    });
    expect(parts).toEqual([
      { month: '2032-03-01', amount: 1_200_000 + 1275 },
      { month: '2033-03-01', amount: 1_200_000 },
      { month: '2034-03-01', amount: 600_000 },
    ]);
  });
  it('counts only the committed months when the customer may terminate, and the value of a deal without lines', () => {
    expect(
      volumeParts({
        won: true,
        signedOn: '2032-02-29',
        value: 0,
        lines: [line({ recurring: true, contractMonths: 36, terminableAfterMonths: 6 })],
      }),
    ).toEqual([{ month: '2032-02-01', amount: 600_000 }]);
    expect(volumeParts({ won: true, signedOn: '2032-07-01', value: 42.5, lines: [] })).toEqual([{ month: '2032-07-01', amount: 42.5 }]);
  });
});

describe('histogramMedian', () => {
  it('interpolates between the middle values like percentile_cont(0.5)', () => {
    expect(histogramMedian([])).toBeNull();
    expect(histogramMedian([{ value: 10, count: 1 }])).toBe(10);
    expect(
      histogramMedian([
        { value: 30, count: 1 },
        { value: 10, count: 1 },
      ]),
    ).toBe(20);
    expect(
      histogramMedian([
        { value: 1, count: 3 },
        { value: 9, count: 1 },
      ]),
    ).toBe(1);
    expect(
      histogramMedian([
        { value: 1, count: 2 },
        { value: 9, count: 2 },
      ]),
    ).toBe(5);
  });
});
