import { describe, expect, it } from 'vitest';
import { alertKinds, alertNotificationKinds, alertOf, deliveryOf, digestDayAt, preferencesOf } from './alerts';

describe('deviation alerts: where a notification goes (K2)', () => {
  it('maps notification kinds to the alert a person chooses about', () => {
    expect(alertOf('opportunities.stale')).toBe('stalled_deal');
    expect(alertOf('handoff.escalated')).toBe('unanswered_handoff');
    expect(alertOf('lead.breached')).toBe('sla_breach');
    expect(alertOf('targets.behind_pace')).toBe('behind_pace');
    expect(alertOf('plans.review_due')).toBe('plan_review_due');
    expect(alertOf('one_to_one.due')).toBe('one_to_one_due');
    expect(alertOf('coverage.outside_meeting')).toBe('coverage_conflict');
    expect(alertOf('handoff.received')).toBeNull();
  });

  it('a notification kind belongs to one alert at most', () => {
    const all = alertKinds.flatMap((a) => alertNotificationKinds[a]);
    expect(new Set(all).size).toBe(all.length);
  });

  it('without a choice: the bell and an e-mail at once, as before', () => {
    expect(deliveryOf('targets.behind_pace', {})).toEqual({ inApp: true, email: 'instant', store: true });
  });

  it('follows the person’s choice for the alert, and only for it', () => {
    const chosen = { behind_pace: { inApp: false, email: 'digest' as const }, stalled_deal: { inApp: false, email: 'off' as const } };
    expect(deliveryOf('targets.behind_pace', chosen)).toEqual({ inApp: false, email: 'digest', store: true });
    expect(deliveryOf('opportunities.timed_out', chosen)).toEqual({ inApp: false, email: 'off', store: false });
    expect(deliveryOf('handoff.reminder', chosen)).toEqual({ inApp: true, email: 'instant', store: true });
  });

  it('notifications that are not alerts are not subject to the choices', () => {
    const off = Object.fromEntries(alertKinds.map((a) => [a, { inApp: false, email: 'off' as const }]));
    expect(deliveryOf('comments.mention', off)).toEqual({ inApp: true, email: 'instant', store: true });
  });

  it('fills in the defaults for the alerts not chosen', () => {
    const all = preferencesOf({ sla_breach: { inApp: true, email: 'off' } });
    expect(Object.keys(all)).toEqual([...alertKinds]);
    expect(all.sla_breach.email).toBe('off');
    expect(all.coverage_conflict).toEqual({ inApp: true, email: 'instant' });
  });

  it('the digest of yesterday is due from the morning hour on', () => {
    expect(digestDayAt(new Date('2026-12-03T04:59:00Z'))).toBe('2026-12-01');
    expect(digestDayAt(new Date('2026-12-03T05:00:00Z'))).toBe('2026-12-02');
    expect(digestDayAt(new Date('2027-01-01T23:00:00Z'))).toBe('2026-12-31');
  });
});
