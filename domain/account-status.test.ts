import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accountStatus, lastBusinessOn, lastPassiveDay, passiveFrom } from './account-status';

const today = new Date('2026-11-23T10:00:00Z');
const status = (holdings: { startedOn: string; endsOn: string | null }[], lostAt: Date | null = null, months = 18) =>
  accountStatus({ holdings, lostAt }, today, months);

describe('account status', () => {
  it('is prospect with no business', () => {
    expect(status([])).toBe('prospect');
  });
  it('is customer while an agreement runs, however old', () => {
    expect(status([{ startedOn: '2015-01-01', endsOn: null }])).toBe('customer');
    expect(status([{ startedOn: '2020-01-01', endsOn: '2027-12-31' }])).toBe('customer');
  });
  it('is passive once every agreement has ended: a customer owns something (issue 14)', () => {
    expect(status([{ startedOn: '2024-01-01', endsOn: '2026-11-22' }])).toBe('passive');
    expect(status([{ startedOn: '2024-01-01', endsOn: '2026-11-23' }])).toBe('customer');
  });
  it('counts a one-off purchase as owned until the passive threshold passes', () => {
    expect(status([{ startedOn: '2025-05-24', endsOn: '2025-05-24' }])).toBe('customer');
    expect(status([{ startedOn: '2025-05-23', endsOn: '2025-05-23' }])).toBe('passive');
    expect(status([{ startedOn: '2025-05-23', endsOn: '2025-05-23' }], null, 24)).toBe('customer');
  });
  it('is lost when declared lost with no business since, and customer again after new business', () => {
    const lostAt = new Date('2026-01-10T00:00:00Z');
    expect(status([{ startedOn: '2023-01-01', endsOn: '2025-12-31' }], lostAt)).toBe('lost');
    expect(status([], lostAt)).toBe('lost');
    expect(
      status(
        [
          { startedOn: '2023-01-01', endsOn: '2025-12-31' },
          { startedOn: '2026-06-01', endsOn: null },
        ],
        lostAt,
      ),
    ).toBe('customer');
  });
  it('counts a future start as business (a signed deal not yet started)', () => {
    expect(lastBusinessOn([{ startedOn: '2027-01-01', endsOn: null }], today)).toBe('2027-01-01');
    expect(status([{ startedOn: '2027-01-01', endsOn: null }])).toBe('customer');
  });
  it('adds months to month ends sensibly', () => {
    expect(passiveFrom('2025-08-31', 6)).toBe('2026-02-28');
    expect(passiveFrom('2024-02-29', 12)).toBe('2025-02-28');
    expect(passiveFrom('2025-01-15', 18)).toBe('2026-07-15');
  });
  it('never calls an account with a running agreement passive or prospect (property)', () => {
    const day = fc
      .date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.array(fc.record({ startedOn: day, endsOn: fc.option(day) }), { maxLength: 5 }),
        fc.integer({ min: 1, max: 60 }),
        (holdings, months) => {
          const s = status([...holdings, { startedOn: '2020-01-01', endsOn: null }], null, months);
          expect(s).toBe('customer');
        },
      ),
    );
  });
});

describe('lastPassiveDay', () => {
  it('agrees with the status rule for every day around it (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2001-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 48 }),
        (day, months) => {
          const cutoff = lastPassiveDay(day, months);
          expect(passiveFrom(cutoff, months) <= day.toISOString().slice(0, 10)).toBe(true);
          const next = new Date(new Date(`${cutoff}T00:00:00Z`).getTime() + 86_400_000).toISOString().slice(0, 10);
          expect(passiveFrom(next, months) > day.toISOString().slice(0, 10)).toBe(true);
        },
      ),
    );
  });
});
