import { describe, expect, it } from 'vitest';
import { missingForMove, transitionsFrom, type LeadStatus } from '@domain/leads';
import { planDemo } from './generate';
import { planLeads } from './leads';

const today = new Date('2026-11-23T12:00:00Z');

describe('demo leads', () => {
  const plan = planDemo(1, 'small', today);

  it('are the same for a seed, planned from the accounts and users alone (no random draws)', () => {
    expect(planDemo(1, 'small', today).leads).toEqual(plan.leads);
    expect(planLeads(plan.accounts, plan.users)).toEqual(plan.leads);
  });

  it('spread over every status, with a few matched to known customers', () => {
    const count = (s: LeadStatus) => plan.leads.filter((l) => l.status === s).length;
    expect(plan.leads.length).toBeGreaterThanOrEqual(20);
    expect(plan.leads.length).toBeLessThanOrEqual(30);
    expect({
      new: count('new'),
      working: count('working'),
      qualified: count('qualified'),
      disqualified: count('disqualified'),
      handed_to_sales: count('handed_to_sales'),
      accepted: count('accepted'),
      rejected: count('rejected'),
      converted: count('converted'),
    }).toEqual({ new: 7, working: 3, qualified: 4, disqualified: 2, handed_to_sales: 2, accepted: 2, rejected: 2, converted: 1 });
    expect(new Set(plan.leads.map((l) => l.source))).toEqual(new Set(['web_form', 'event', 'list', 'referral']));
    expect(new Set(plan.leads.map((l) => l.marketCode))).toEqual(new Set(['SE', 'NO', 'DK', 'FI']));
    expect(new Set(plan.leads.map((l) => l.email)).size).toBe(plan.leads.length);

    const matched = plan.leads.filter((l) => l.matchesAccountKey !== null);
    expect(matched).toHaveLength(3);
    for (const l of matched) {
      const account = plan.accounts[l.matchesAccountKey!]!;
      expect(account.website).toContain(l.email.split('@')[1]);
    }
    expect(matched.some((l) => plan.accounts[l.matchesAccountKey!]!.contacts.some((c) => c.email === l.email))).toBe(true);
    // the others are strangers: no customer's domain
    const domains = new Set(plan.accounts.map((a) => new URL(a.website).hostname.replace(/^www\./, '')));
    for (const l of plan.leads.filter((x) => x.matchesAccountKey === null)) expect(domains.has(l.email.split('@')[1]!)).toBe(false);
  });

  it('move as the app lets them: allowed steps in order, in the past, with the reasons and groups a move asks for, by marketing or the group', () => {
    for (const l of plan.leads) {
      let status: LeadStatus = 'new';
      let last = l.createdDaysAgo * 24;
      for (const step of l.steps) {
        expect(transitionsFrom(status)).toContain(step.status);
        expect(missingForMove(step.status, { reason: step.reason, note: step.note, salesGroupId: step.groupKey })).toEqual([]);
        expect(step.hoursAgo).toBeLessThan(last);
        expect(step.hoursAgo).toBeGreaterThan(0);
        const by = plan.users[step.byIndex]!;
        if (step.status === 'accepted' || step.status === 'rejected') expect(by.groupKey).toBe(l.steps.find((s) => s.groupKey)?.groupKey);
        else expect(by.role).toBe('marketing');
        status = step.status;
        last = step.hoursAgo;
      }
      if (l.convert) {
        expect(status).toBe('accepted');
        expect(l.convert.hoursAgo).toBeLessThan(last);
      }
      for (const e of l.events) expect(e.daysAgo).toBeGreaterThanOrEqual(0);
    }
  });

  it('hand one lead within the deadline and leave one overdue', () => {
    const handed = plan.leads.filter((l) => l.status === 'handed_to_sales').map((l) => l.steps.at(-1)!.hoursAgo);
    expect(Math.min(...handed)).toBeLessThanOrEqual(2);
    expect(Math.max(...handed)).toBeGreaterThanOrEqual(24 * 5);
  });

  it('give the qualified leads what scores high: visits to pricing, a download and a form fill this month', () => {
    for (const l of plan.leads.filter((x) => x.status === 'qualified')) {
      const kinds = new Set(l.events.filter((e) => e.daysAgo <= 30).map((e) => e.kind));
      expect(['pricing_view', 'download', 'form_fill'].every((k) => kinds.has(k as never))).toBe(true);
    }
  });
});
