import { describe, expect, it } from 'vitest';
import { allowedNext, chaseActions, dueAfter, isOpen } from './handoffs';
import { addWorkingDays } from './working-days';

describe('working days', () => {
  it('skips weekends', () => {
    // Friday 2026-11-20 + 1 working day = Monday 23rd; + 5 = Friday 27th
    expect(addWorkingDays(new Date('2026-11-20T10:00:00Z'), 1).toISOString()).toBe('2026-11-23T10:00:00.000Z');
    expect(addWorkingDays(new Date('2026-11-20T10:00:00Z'), 5).toISOString()).toBe('2026-11-27T10:00:00.000Z');
    expect(addWorkingDays(new Date('2026-11-21T10:00:00Z'), 1).toISOString()).toBe('2026-11-23T10:00:00.000Z');
  });
});

describe('handoff feedback', () => {
  it('answers first, then reports back; closed statuses go nowhere', () => {
    expect(allowedNext('sent')).toEqual(['accepted', 'declined']);
    expect(allowedNext('accepted')).toContain('opportunity_created');
    expect(allowedNext('declined')).toEqual([]);
    expect(isOpen('opportunity_created')).toBe(false);
    expect(isOpen('contacted')).toBe(true);
  });
  it('is due in 5 working days for an answer and 10 for the next report', () => {
    const monday = new Date('2026-11-23T09:00:00Z');
    expect(dueAfter('sent', monday).toISOString()).toBe('2026-11-30T09:00:00.000Z');
    expect(dueAfter('accepted', monday).toISOString()).toBe('2026-12-07T09:00:00.000Z');
  });
  it('reminds when overdue, then escalates two working days later, then waits', () => {
    const due = new Date('2026-11-30T09:00:00Z');
    const h = { status: 'sent' as const, dueAt: due, remindedAt: null, escalatedAt: null };
    expect(chaseActions(h, new Date('2026-11-29T09:00:00Z'))).toEqual([]);
    expect(chaseActions(h, new Date('2026-11-30T10:00:00Z'))).toEqual(['remind']);
    const reminded = { ...h, remindedAt: new Date('2026-11-30T10:00:00Z') };
    expect(chaseActions(reminded, new Date('2026-12-01T10:00:00Z'))).toEqual([]);
    expect(chaseActions(reminded, new Date('2026-12-02T10:00:00Z'))).toEqual(['escalate']);
    expect(chaseActions({ ...reminded, escalatedAt: new Date('2026-12-02T10:00:00Z') }, new Date('2026-12-20T10:00:00Z'))).toEqual([]);
    expect(chaseActions({ ...h, status: 'declined' }, new Date('2027-01-01T00:00:00Z'))).toEqual([]);
    // a tip long overdue and never chased: reminded and escalated on the first run
    expect(chaseActions(h, new Date('2026-12-20T10:00:00Z'))).toEqual(['remind', 'escalate']);
  });
});
