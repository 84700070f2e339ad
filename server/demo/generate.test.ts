import { describe, expect, it } from 'vitest';
import { demoGroups } from './catalogue';
import { planDemo } from './generate';

const today = new Date('2026-11-23T12:00:00Z');

describe('demo organisation plan', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(planDemo(7, 'small', today)).toEqual(planDemo(7, 'small', today));
    expect(planDemo(7, 'small', today).users.map((u) => u.name)).not.toEqual(planDemo(8, 'small', today).users.map((u) => u.name));
  });

  it('has about 30 users with unique e-mails, every role, and the four fixed sign-ins', () => {
    const { users } = planDemo(1, 'small');
    expect(users.length).toBeGreaterThanOrEqual(25);
    expect(users.length).toBeLessThanOrEqual(35);
    expect(new Set(users.map((u) => u.email)).size).toBe(users.length);
    expect(new Set(users.map((u) => u.role))).toEqual(new Set(['seller', 'sales_leader', 'marketing', 'management', 'admin']));
    const byEmail = new Map(users.map((u) => [u.email, u]));
    expect(byEmail.get('admin@nordlys.example')?.role).toBe('admin');
    expect(byEmail.get('leader@nordlys.example')?.leadsGroupKey).toBe(demoGroups[0]!.key);
    expect(byEmail.get('marketing@nordlys.example')).toMatchObject({ role: 'marketing', marketCode: 'SE' });
    expect(byEmail.get('seller@nordlys.example')).toMatchObject({ role: 'seller', groupKey: 'fleet', marketCode: 'SE', locale: 'sv' });
    for (const u of users) expect(u.email).toMatch(/^[a-z0-9.-]+@nordlys\.example$/);
  });

  it('gives every group and market its sellers and a leader; medium has more sellers', () => {
    const { users } = planDemo(1, 'small');
    for (const g of demoGroups) expect(users.some((u) => u.leadsGroupKey === g.key)).toBe(true);
    for (const m of ['SE', 'NO', 'DK', 'FI']) expect(users.some((u) => u.leadsMarketCode === m)).toBe(true);
    const sellers = (size: 'small' | 'medium') => planDemo(1, size).users.filter((u) => u.role === 'seller').length;
    expect(sellers('small')).toBe(16);
    expect(sellers('medium')).toBe(48);
  });

  it('has 40 products, 10 per sales group, each with a unique code', () => {
    const products = demoGroups.flatMap((g) => g.families.flatMap((f) => f.products));
    expect(products).toHaveLength(40);
    expect(new Set(products.map(([code]) => code)).size).toBe(40);
    for (const g of demoGroups) expect(g.families.flatMap((f) => f.products)).toHaveLength(10);
  });

  it('has a few hundred customers in four markets, with global groups and subsidiaries in other markets', () => {
    const { accounts } = planDemo(1, 'small', today);
    expect(accounts.length).toBe(240);
    expect(new Set(accounts.map((a) => a.marketCode))).toEqual(new Set(['SE', 'NO', 'DK', 'FI']));
    const globals = accounts.filter((a) => a.isGlobal);
    expect(globals.length).toBeGreaterThanOrEqual(4);
    for (const g of globals) {
      const subs = accounts.filter((a) => a.parentKey === g.key);
      expect(subs.length).toBeGreaterThanOrEqual(2);
    }
    expect(new Set(accounts.map((a) => a.name)).size).toBe(accounts.length);
    const statuses = new Set(accounts.map((a) => a.status));
    expect(statuses).toEqual(new Set(['prospect', 'customer', 'passive', 'lost']));
    for (const a of accounts) expect(a.contacts.length).toBeGreaterThanOrEqual(2);
  });

  it('has a history written by several groups, in the sellers’ languages', () => {
    const plan = planDemo(1, 'small', today);
    expect(plan.activities.length).toBeGreaterThan(1000);
    const byAccount = new Map<number, Set<string | null>>();
    for (const a of plan.activities) {
      const groups = byAccount.get(a.accountKey) ?? new Set();
      groups.add(plan.users[a.authorIndex]!.groupKey);
      byAccount.set(a.accountKey, groups);
    }
    const multiGroup = [...byAccount.values()].filter((g) => g.size > 1).length;
    expect(multiGroup / byAccount.size).toBeGreaterThan(0.4);
    expect(plan.activities.some((a) => /Ringde|Möte/.test(a.subject))).toBe(true);
    expect(plan.activities.some((a) => /Ringte|Møte/.test(a.subject))).toBe(true);
    for (const a of plan.activities) expect(a.occurredAt.getTime()).toBeLessThan(today.getTime());
  });
});

describe('demo tasks', () => {
  it('gives every seller open tasks: some overdue, one today, some later this week, about their own customers and deals', () => {
    const plan = planDemo(1, 'small', today);
    const sellerIndex = plan.users.findIndex((u) => u.email === 'seller@nordlys.example');
    const mine = plan.tasks.filter((t) => t.ownerIndex === sellerIndex);
    expect(mine.map((t) => t.dueInDays)).toEqual([-6, -2, 0, 2, 5]);
    expect(mine.some((t) => t.opportunityIndex !== null)).toBe(true);
    for (const t of mine) {
      expect(plan.ownerIndex.get(t.accountKey)).toBe(sellerIndex);
      if (t.opportunityIndex !== null)
        expect(plan.opportunities[t.opportunityIndex]).toMatchObject({ accountKey: t.accountKey, closedAt: null });
    }
    const sellers = plan.users.flatMap((u, i) => (u.role === 'seller' ? [i] : []));
    expect(new Set(plan.tasks.map((t) => t.ownerIndex))).toEqual(new Set(sellers));
  });
});
