import { describe, expect, it } from 'vitest';
import { addMonths, isCloseOverdue, isStale, isTimedOut, pipelineWarning } from './aging';
import { missingForStage, type GateSubject } from './gates';
import { convert, valueLines, valueOpportunity, type LineItem } from './money';

const line = (o: Partial<LineItem>): LineItem => ({
  quantity: 1,
  unitPrice: 0,
  discountPercent: 0,
  recurring: false,
  contractMonths: null,
  terminableAfterMonths: null,
  ...o,
});

describe('opportunity value', () => {
  it('counts one-off lines once, with discount', () => {
    expect(valueLines([line({ quantity: 10, unitPrice: 1000, discountPercent: 10 })])).toEqual({
      value: 9000,
      annualValue: 9000,
      oneOff: 9000,
      monthlyRecurring: 0,
    });
  });
  it('values a 3-year contract of 3.6 M at 1.2 M per year', () => {
    const v = valueLines([line({ recurring: true, unitPrice: 100_000, contractMonths: 36 })]);
    expect(v.value).toBe(3_600_000);
    expect(v.annualValue).toBe(1_200_000);
  });
  it('counts only the committed months when the customer may terminate early', () => {
    const v = valueLines([line({ recurring: true, unitPrice: 100_000, contractMonths: 36, terminableAfterMonths: 12 })]);
    expect(v).toMatchObject({ value: 1_200_000, annualValue: 1_200_000 });
  });
  it('treats a recurring line without length as one year, and a short contract as its whole value', () => {
    expect(valueLines([line({ recurring: true, unitPrice: 500 })]).value).toBe(6000);
    expect(valueLines([line({ recurring: true, unitPrice: 500, contractMonths: 6 })])).toMatchObject({ value: 3000, annualValue: 3000 });
  });
  it('adds one-off and recurring lines; ACV includes the one-off part', () => {
    const v = valueLines([
      line({ unitPrice: 20_000 }),
      line({ recurring: true, quantity: 4, unitPrice: 1000, contractMonths: 24, discountPercent: 25 }),
    ]);
    expect(v).toEqual({ value: 20_000 + 3000 * 24, annualValue: 20_000 + 3000 * 12, oneOff: 20_000, monthlyRecurring: 3000 });
  });
  it('uses the estimate until there are lines', () => {
    expect(valueOpportunity([], 250_000)).toMatchObject({ value: 250_000, annualValue: 250_000 });
    expect(valueOpportunity([], null).value).toBe(0);
  });
  it('converts through the euro', () => {
    expect(convert(1150, { perEuro: 11.5 }, { perEuro: 1 })).toBe(100);
    expect(convert(1150, { perEuro: 11.5 }, { perEuro: 11.75 })).toBe(1175);
  });
});

const subject = (o: Partial<GateSubject>): GateSubject => ({
  estimatedValue: null,
  expectedCloseOn: null,
  contactId: null,
  lineCount: 0,
  startOn: null,
  quoteSentOn: null,
  quoteValidUntil: null,
  signedOn: null,
  lostReason: null,
  competitorId: null,
  ...o,
});

describe('stage gates', () => {
  it('requires value, close date and contact to enter Opportunity identified', () => {
    expect(missingForStage(['estimatedValue', 'expectedCloseOn', 'contactId'], 'open', subject({}))).toEqual([
      'estimatedValue',
      'expectedCloseOn',
      'contactId',
    ]);
    expect(
      missingForStage(
        ['estimatedValue', 'expectedCloseOn', 'contactId'],
        'open',
        subject({ estimatedValue: 0, expectedCloseOn: '2027-01-01', contactId: 'c' }),
      ),
    ).toEqual(['estimatedValue']);
    expect(
      missingForStage(
        ['estimatedValue', 'expectedCloseOn', 'contactId'],
        'open',
        subject({ estimatedValue: 5, expectedCloseOn: '2027-01-01', contactId: 'c' }),
      ),
    ).toEqual([]);
  });
  it('always requires a signing date and lines to win, and a reason (and competitor) to lose', () => {
    expect(missingForStage([], 'won', subject({}))).toEqual(['signedOn', 'lines']);
    expect(missingForStage([], 'lost', subject({}))).toEqual(['lostReason']);
    expect(missingForStage([], 'lost', subject({ lostReason: 'competitor' }))).toEqual(['competitorId']);
    expect(missingForStage([], 'lost', subject({ lostReason: 'disqualified' }))).toEqual([]);
  });
});

describe('aging', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  it('proposes an old opportunity as timed out unless it closes within the next month', () => {
    const old = new Date('2026-05-01T00:00:00Z');
    expect(isTimedOut({ createdAt: old, expectedCloseOn: '2027-03-01', closed: false }, now)).toBe(true);
    expect(isTimedOut({ createdAt: old, expectedCloseOn: '2026-12-15', closed: false }, now)).toBe(false);
    expect(isTimedOut({ createdAt: old, expectedCloseOn: '2026-10-01', closed: false }, now)).toBe(true);
    expect(isTimedOut({ createdAt: old, expectedCloseOn: null, closed: false }, now)).toBe(true);
    expect(isTimedOut({ createdAt: new Date('2026-06-01T00:00:00Z'), expectedCloseOn: '2027-06-01', closed: false }, now)).toBe(false);
    expect(isTimedOut({ createdAt: old, expectedCloseOn: '2027-03-01', closed: true }, now)).toBe(false);
    expect(isTimedOut({ createdAt: old, expectedCloseOn: '2027-03-01', closed: false }, now, { maxAgeMonths: 9, staleAfterDays: 30 })).toBe(
      false,
    );
  });
  it('marks an open opportunity stale after the configured days without activity', () => {
    expect(isStale({ lastActivityAt: new Date('2026-10-20T00:00:00Z'), createdAt: now, closed: false }, now)).toBe(true);
    expect(isStale({ lastActivityAt: new Date('2026-11-20T00:00:00Z'), createdAt: now, closed: false }, now)).toBe(false);
    expect(isStale({ lastActivityAt: null, createdAt: new Date('2026-09-01T00:00:00Z'), closed: true }, now)).toBe(false);
  });
  it('flags a past close date of an open opportunity, not today nor a closed one', () => {
    expect(isCloseOverdue({ expectedCloseOn: '2026-11-22', closed: false }, now)).toBe(true);
    expect(isCloseOverdue({ expectedCloseOn: '2026-11-23', closed: false }, now)).toBe(false);
    expect(isCloseOverdue({ expectedCloseOn: '2026-11-22', closed: true }, now)).toBe(false);
    expect(isCloseOverdue({ expectedCloseOn: null, closed: false }, now)).toBe(false);
  });
  it('shows one warning, the most pressing', () => {
    expect(pipelineWarning({ timedOutProposed: true, closeOverdue: true, stale: true })).toBe('timed_out');
    expect(pipelineWarning({ timedOutProposed: false, closeOverdue: true, stale: true })).toBe('close_overdue');
    expect(pipelineWarning({ timedOutProposed: false, closeOverdue: false, stale: true })).toBe('stale');
    expect(pipelineWarning({ timedOutProposed: false, closeOverdue: false, stale: false })).toBeNull();
  });
  it('adds months at month ends', () => {
    expect(addMonths(new Date('2026-08-31T00:00:00Z'), 1).toISOString().slice(0, 10)).toBe('2026-09-30');
  });
});
