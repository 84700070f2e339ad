import { describe, expect, it } from 'vitest';
import type { Viewer } from './access';
import { decay, defaultScoringRules, scoreLead } from './lead-score';
import {
  allowedNextFor,
  chooseMatch,
  companyDomain,
  mayMoveLead,
  missingForMove,
  needsReason,
  normaliseDomain,
  normaliseOrgNumber,
  slaAction,
  slaDeadlines,
  slaFor,
  spamVerdict,
  splitName,
  transitionsFrom,
  type LeadAccess,
} from './leads';
import { addWorkingHours, workingHoursBetween } from './working-days';

const viewer = (over: Partial<Viewer>): Viewer => ({
  id: 'u',
  role: 'seller',
  salesGroupId: null,
  marketId: null,
  leads: { salesGroupIds: [], marketIds: [] },
  ...over,
});
const marketer = viewer({ id: 'm', role: 'marketing' });
const seller = viewer({ id: 's', role: 'seller', salesGroupId: 'fleet', marketId: 'se' });
const otherGroup = viewer({ id: 'o', role: 'seller', salesGroupId: 'digital', marketId: 'se' });
const groupLeader = viewer({ id: 'l', role: 'sales_leader', salesGroupId: 'fleet', leads: { salesGroupIds: ['fleet'], marketIds: [] } });
const lead = (over: Partial<LeadAccess>): LeadAccess => ({
  status: 'new',
  salesGroupId: null,
  assignedUserId: null,
  assignee: null,
  ownerId: 'm',
  ...over,
});

describe('the lead state machine', () => {
  it('goes new → working → qualified → handed → accepted → converted; reasons for disqualify and reject', () => {
    expect(transitionsFrom('new')).toContain('working');
    expect(transitionsFrom('qualified')).toContain('handed_to_sales');
    expect(transitionsFrom('handed_to_sales')).toEqual(['accepted', 'rejected']);
    expect(transitionsFrom('accepted')).toContain('converted');
    expect(transitionsFrom('converted')).toEqual([]);
    expect(transitionsFrom('new')).not.toContain('accepted');
    expect(needsReason('disqualified')).toBe(true);
    expect(needsReason('rejected')).toBe(true);
    expect(needsReason('accepted')).toBe(false);
  });

  it('lets marketing qualify and hand over, and sales accept, reject and convert', () => {
    expect(allowedNextFor(marketer, lead({ status: 'working' }))).toEqual(['qualified', 'disqualified']);
    expect(allowedNextFor(seller, lead({ status: 'working' }))).toEqual([]);
    const handed = lead({ status: 'handed_to_sales', salesGroupId: 'fleet' });
    expect(allowedNextFor(marketer, handed)).toEqual([]);
    expect(allowedNextFor(seller, handed)).toEqual(['accepted', 'rejected']);
    expect(allowedNextFor(otherGroup, handed)).toEqual([]);
    expect(allowedNextFor(groupLeader, handed)).toEqual(['accepted', 'rejected']);
    // handed to a named seller: not their colleague
    const named = lead({
      status: 'handed_to_sales',
      salesGroupId: 'fleet',
      assignedUserId: 'x',
      assignee: { salesGroupId: 'fleet', marketId: 'se' },
    });
    expect(mayMoveLead(seller, named, 'accepted')).toBe(false);
    expect(mayMoveLead(groupLeader, named, 'accepted')).toBe(true);
    const accepted = lead({
      status: 'accepted',
      salesGroupId: 'fleet',
      assignedUserId: 's',
      assignee: { salesGroupId: 'fleet', marketId: 'se' },
    });
    expect(mayMoveLead(seller, accepted, 'converted')).toBe(true);
    expect(mayMoveLead(otherGroup, accepted, 'converted')).toBe(false);
    expect(mayMoveLead(marketer, accepted, 'converted')).toBe(false);
    // a rejected lead is marketing's again
    expect(allowedNextFor(marketer, lead({ status: 'rejected' }))).toContain('working');
  });
});

describe('the agreement', () => {
  it('counts working hours only on weekdays, 08–17', () => {
    // Friday 16:00 + 8 h = Monday 15:00
    expect(addWorkingHours(new Date('2026-11-20T16:00:00Z'), 8).toISOString()).toBe('2026-11-23T15:00:00.000Z');
    // Saturday + 1 h = Monday 09:00
    expect(addWorkingHours(new Date('2026-11-21T12:00:00Z'), 1).toISOString()).toBe('2026-11-23T09:00:00.000Z');
    expect(workingHoursBetween(new Date('2026-11-20T16:00:00Z'), new Date('2026-11-23T15:00:00Z'))).toBe(8);
  });

  it('is due after the market’s hours; reminds before, reports the breach at the deadline, once each', () => {
    const rules = slaFor({ no: 16 }, 'no');
    expect(rules.acceptWithinHours).toBe(16);
    expect(slaFor({ no: 16 }, 'se').acceptWithinHours).toBe(8);
    const handed = new Date('2026-11-23T08:00:00Z'); // Monday
    const { dueAt, remindAt } = slaDeadlines(handed);
    expect(dueAt.toISOString()).toBe('2026-11-23T16:00:00.000Z');
    expect(remindAt.toISOString()).toBe('2026-11-23T14:00:00.000Z');
    const l = { status: 'handed_to_sales' as const, dueAt, remindAt, remindedAt: null, breachedAt: null };
    expect(slaAction(l, new Date('2026-11-23T13:00:00Z'))).toBeNull();
    expect(slaAction(l, new Date('2026-11-23T14:30:00Z'))).toBe('remind');
    expect(slaAction({ ...l, remindedAt: remindAt }, new Date('2026-11-23T15:00:00Z'))).toBeNull();
    expect(slaAction({ ...l, remindedAt: remindAt }, new Date('2026-11-23T16:00:00Z'))).toBe('breach');
    expect(slaAction({ ...l, breachedAt: dueAt }, new Date('2026-11-24T16:00:00Z'))).toBeNull();
    expect(slaAction({ ...l, status: 'accepted' }, new Date('2026-11-24T16:00:00Z'))).toBeNull();
  });
});

describe('matching on arrival', () => {
  it('normalises domains, e-mail domains and organisation numbers; free mail says nothing', () => {
    expect(normaliseDomain('https://www.Acme.se/about')).toBe('acme.se');
    expect(companyDomain({ email: 'anna@acme.se' })).toBe('acme.se');
    expect(companyDomain({ email: 'anna@gmail.com' })).toBeNull();
    expect(normaliseOrgNumber('556677-8899')).toBe(normaliseOrgNumber('5566778899'));
    expect(normaliseOrgNumber('12')).toBeNull();
  });
  it('prefers the contact with the e-mail, then the organisation number, then the domain', () => {
    expect(chooseMatch({ contactByEmail: { id: 'c', accountId: 'a1' }, accountByOrgNumber: 'a2', accountByDomain: 'a3' })).toEqual({
      accountId: 'a1',
      contactId: 'c',
      matchedBy: 'email',
    });
    expect(chooseMatch({ contactByEmail: null, accountByOrgNumber: 'a2', accountByDomain: 'a3' })?.matchedBy).toBe('org_number');
    expect(chooseMatch({ contactByEmail: null, accountByOrgNumber: null, accountByDomain: 'a3' })?.matchedBy).toBe('domain');
    expect(chooseMatch({ contactByEmail: null, accountByOrgNumber: null, accountByDomain: null })).toBeNull();
    expect(splitName('Anna Maria Berg')).toEqual({ firstName: 'Anna Maria', lastName: 'Berg' });
  });
});

describe('the score', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);
  it('adds fit and decayed behaviour, with its parts, and marks an MQL at the threshold', () => {
    const s = scoreLead(
      { title: 'CEO', size: 'large', source: 'web_form' },
      [
        { kind: 'pricing_view', at: daysAgo(0) },
        { kind: 'pricing_view', at: daysAgo(7) },
        { kind: 'form_fill', at: daysAgo(0) },
      ],
      defaultScoringRules,
      now,
    );
    expect(s.fit).toBe(20 + 15 + 5);
    expect(s.parts).toContainEqual({ type: 'behaviour', kind: 'pricing_view', count: 2, points: 12 }); // 8 + 4
    expect(s.parts).toContainEqual({ type: 'behaviour', kind: 'form_fill', count: 1, points: 15 });
    expect(s.total).toBe(40 + 12 + 15);
    expect(s.mql).toBe(true);
  });
  it('counts a title word, not a part of one, and each field once', () => {
    expect(scoreLead({ title: 'Advokat' }, [], defaultScoringRules, now).fit).toBe(0);
    expect(scoreLead({ title: 'VD och grundare' }, [], defaultScoringRules, now).fit).toBe(20);
    expect(scoreLead({ title: 'CEO and Director' }, [], defaultScoringRules, now).fit).toBe(20);
  });
  it('decays behaviour and costs points after a quiet month', () => {
    expect(decay(14, 7)).toBeCloseTo(0.25);
    const quiet = scoreLead({}, [{ kind: 'form_fill', at: daysAgo(60) }], defaultScoringRules, now);
    expect(quiet.parts).toContainEqual({ type: 'inactive', days: 60, points: -5 });
    expect(quiet.behaviour).toBe(Math.round(15 * 0.25) - 5);
  });
});

describe('the web form’s spam guard', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  it('drops a filled honeypot, a form sent in under two seconds and a wall of links', () => {
    expect(spamVerdict({ honeypot: 'http://spam' }, now)).toBe('honeypot');
    expect(spamVerdict({ renderedAt: now.getTime() - 500 }, now)).toBe('too_fast');
    expect(spamVerdict({ message: 'http://a http://b http://c http://d' }, now)).toBe('links');
    expect(spamVerdict({ renderedAt: now.getTime() - 30_000, message: 'Call me' }, now)).toBeNull();
  });
});

describe('what a move asks for (missingForMove: the server and the lead page ask the same)', () => {
  it('disqualifying and rejecting need a reason from their own list, and words for "other"', () => {
    expect(missingForMove('disqualified', {})).toEqual(['reason']);
    expect(missingForMove('disqualified', { reason: 'wrong_group' })).toEqual(['reason']); // a rejection's reason
    expect(missingForMove('rejected', { reason: 'wrong_group' })).toEqual([]);
    expect(missingForMove('rejected', { reason: 'other', note: '  ' })).toEqual(['note']);
    expect(missingForMove('rejected', { reason: 'other', note: 'They bought last week' })).toEqual([]);
  });
  it('handing to sales needs the group; other moves need nothing', () => {
    expect(missingForMove('handed_to_sales', {})).toEqual(['salesGroupId']);
    expect(missingForMove('handed_to_sales', { salesGroupId: 'g' })).toEqual([]);
    expect(missingForMove('working', {})).toEqual([]);
    expect(missingForMove('accepted', {})).toEqual([]);
  });
});
