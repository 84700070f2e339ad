import { describe, expect, it } from 'vitest';
import { demoGroups } from './catalogue';
import { planDemo } from './generate';

describe('demo organisation plan', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(planDemo(7, 'small')).toEqual(planDemo(7, 'small'));
    expect(planDemo(7, 'small').users.map((u) => u.name)).not.toEqual(planDemo(8, 'small').users.map((u) => u.name));
  });

  it('has about 30 users with unique e-mails, every role, and the three fixed sign-ins', () => {
    const { users } = planDemo(1, 'small');
    expect(users.length).toBeGreaterThanOrEqual(25);
    expect(users.length).toBeLessThanOrEqual(35);
    expect(new Set(users.map((u) => u.email)).size).toBe(users.length);
    expect(new Set(users.map((u) => u.role))).toEqual(new Set(['seller', 'sales_leader', 'marketing', 'management', 'admin']));
    const byEmail = new Map(users.map((u) => [u.email, u]));
    expect(byEmail.get('admin@nordlys.example')?.role).toBe('admin');
    expect(byEmail.get('leader@nordlys.example')?.leadsGroupKey).toBe(demoGroups[0]!.key);
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
});
