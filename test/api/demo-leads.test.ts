import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

interface Lead {
  id: string;
  name: string;
  status: string;
  score: number;
  mql: boolean;
  overdue: boolean;
  account: { id: string; name: string } | null;
  statusReason: string | null;
}

describe.each(dbKinds)('the demo’s leads, made through the leads service (%s)', (kind) => {
  let t: TestApp;
  let marketing: Session;
  let leader: Session;
  let leads: Lead[];
  let total: number;
  const get = (url: string, s: Session) => t.app.inject({ method: 'GET', url, headers: s.headers });

  beforeAll(async () => {
    t = await createTestApp(kind);
    marketing = await t.signIn('marketing@nordlys.example');
    leader = await t.signIn('leader@nordlys.example');
    // the newest first: the demo's leads of the last weeks, before the year of past leads the tuning page learns from
    const page = (await get('/api/leads?pageSize=23', marketing)).json();
    leads = page.items;
    total = page.total;
  });
  afterAll(async () => {
    await t.close();
  });

  it('fill the lead list in every status, matched ones at their accounts, the qualified ones marketing-qualified', () => {
    const count = (s: string) => leads.filter((l) => l.status === s).length;
    expect(leads.length).toBe(23);
    expect(total).toBe(23 + 500);
    expect([
      count('new'),
      count('working'),
      count('qualified'),
      count('disqualified'),
      count('handed_to_sales'),
      count('accepted'),
      count('rejected'),
      count('converted'),
    ]).toEqual([7, 3, 4, 2, 2, 2, 2, 1]);
    expect(leads.filter((l) => l.account && l.status !== 'converted').length).toBe(3);
    for (const l of leads.filter((x) => x.status === 'qualified')) expect(l.mql).toBe(true);
    for (const l of leads.filter((x) => x.status === 'disqualified' || x.status === 'rejected')) expect(l.statusReason).toBeTruthy();
    expect(leads.filter((l) => l.overdue)).toHaveLength(1);
  });

  it('explain a score in its parts: fit and behaviour', async () => {
    const top = leads.find((l) => l.status === 'qualified')!;
    const detail = (await get(`/api/leads/${top.id}`, marketing)).json();
    expect(detail.fitScore).toBeGreaterThan(0);
    expect(detail.behaviourScore).toBeGreaterThan(0);
    const kinds = detail.scoreParts.filter((p: { type: string }) => p.type === 'behaviour').map((p: { kind: string }) => p.kind);
    expect(kinds).toEqual(expect.arrayContaining(['pricing_view', 'download', 'form_fill']));
    expect(detail.events.length).toBeGreaterThanOrEqual(5);
  });

  it('show the agreement kept and broken in the SLA report, and the overdue lead’s leader was told', async () => {
    const report = (await get('/api/leads/sla-report?by=salesGroup', leader)).json();
    const sum = (k: string) => report.rows.reduce((n: number, r: Record<string, number>) => n + r[k]!, 0);
    expect(sum('handed')).toBe(7);
    expect(sum('overdue')).toBe(1);
    expect(sum('rejected')).toBe(2);
    expect(sum('acceptedInTime')).toBeGreaterThanOrEqual(2);
    expect(sum('acceptedLate')).toBe(1);
    const notices = (await get('/api/notifications', leader)).json();
    expect(JSON.stringify(notices)).toContain('lead.breached');
  });

  it('converted one lead into an account with an opportunity', async () => {
    const converted = leads.find((l) => l.status === 'converted')!;
    const detail = (await get(`/api/leads/${converted.id}`, marketing)).json();
    expect(detail.account).not.toBeNull();
    expect(detail.opportunityId).toBeTruthy();
  });
});
