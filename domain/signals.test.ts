import { describe, expect, it } from 'vitest';
import {
  alertKey,
  isDecisionMaker,
  isFamilyInterest,
  isProductInterest,
  isReturn,
  isoWeek,
  pathOf,
  productForUrl,
  sellerInGroup,
  subjectForUrl,
  visitorKeys,
} from './signals';

describe('website signals', () => {
  it('reads a page’s path from a URL or a path', () => {
    expect(pathOf('https://www.Acme.se/Produkter/Fleet/?utm_source=x#top')).toBe('/produkter/fleet');
    expect(pathOf('/pricing')).toBe('/pricing');
    expect(pathOf('pricing')).toBe('/pricing');
    expect(pathOf('https://acme.se')).toBe('/');
  });

  it('maps a page to the product of the most specific rule', () => {
    const rules = [
      { pattern: '/products', productId: 'all' },
      { pattern: '/products/fleet', productId: 'fleet' },
      { pattern: '/*/pricing', productId: 'pricing' },
    ];
    expect(productForUrl('https://x.se/products/fleet/leasing', rules)).toBe('fleet');
    expect(productForUrl('/products/other', rules)).toBe('all');
    expect(productForUrl('/products-old', rules)).toBeNull();
    expect(productForUrl('/sv/pricing', rules)).toBe('pricing');
    expect(productForUrl('/about', rules)).toBeNull();
  });

  it('knows a decision-maker by buying role or title, in three languages', () => {
    expect(isDecisionMaker({ buyingRole: 'decision_maker', title: null })).toBe(true);
    expect(isDecisionMaker({ buyingRole: null, title: 'VD och grundare' })).toBe(true);
    expect(isDecisionMaker({ buyingRole: null, title: 'Daglig leder' })).toBe(true);
    expect(isDecisionMaker({ buyingRole: null, title: 'Head of Fleet' })).toBe(true);
    expect(isDecisionMaker({ buyingRole: 'user', title: 'Advokat' })).toBe(false);
    expect(isDecisionMaker({ buyingRole: null, title: 'Assistant' })).toBe(false);
  });

  it('counts a return only after the quiet period, never a first visit', () => {
    const at = new Date('2026-11-20T10:00:00Z');
    expect(isReturn(null, at, 14)).toBe(false);
    expect(isReturn(new Date('2026-11-10T10:00:00Z'), at, 14)).toBe(false);
    expect(isReturn(new Date('2026-11-06T10:00:00Z'), at, 14)).toBe(true);
  });

  it('keys alerts by ISO week, so one per account, subject and week', () => {
    expect(isoWeek(new Date('2026-01-01T00:00:00Z'))).toBe('2026-W01');
    expect(isoWeek(new Date('2027-01-01T00:00:00Z'))).toBe('2026-W53');
    expect(isoWeek(new Date('2026-11-02T08:00:00Z'))).toBe('2026-W45');
    expect(isoWeek(new Date('2026-11-08T23:59:00Z'))).toBe('2026-W45');
    const monday = alertKey('product_interest', 'a', 'p', new Date('2026-11-02T08:00:00Z'));
    expect(alertKey('product_interest', 'a', 'p', new Date('2026-11-06T08:00:00Z'))).toBe(monday);
    expect(alertKey('product_interest', 'a', 'p', new Date('2026-11-09T08:00:00Z'))).not.toBe(monday);
  });

  it('alerts only an existing customer about a product it lacks', () => {
    const owned = new Set(['fleet']);
    expect(isProductInterest({ status: 'customer' }, 'insurance', owned)).toBe(true);
    expect(isProductInterest({ status: 'customer' }, 'fleet', owned)).toBe(false);
    expect(isProductInterest({ status: 'prospect' }, 'insurance', owned)).toBe(false);
    expect(isProductInterest({ status: 'customer' }, null, owned)).toBe(false);
  });

  it('picks the account’s seller in the group: owner, then latest opportunity, then latest activity', () => {
    const d = (s: string) => new Date(s);
    expect(sellerInGroup([])).toBeNull();
    expect(
      sellerInGroup([
        { userId: 'act', tie: 'activity', lastAt: d('2026-11-01') },
        { userId: 'opp-old', tie: 'opportunity', lastAt: d('2025-01-01') },
        { userId: 'opp-new', tie: 'opportunity', lastAt: d('2026-06-01') },
      ]),
    ).toBe('opp-new');
    expect(
      sellerInGroup([
        { userId: 'opp', tie: 'opportunity', lastAt: d('2026-06-01') },
        { userId: 'own', tie: 'owner', lastAt: null },
      ]),
    ).toBe('own');
  });

  it('identifies a visitor by e-mail and the employer’s domain, never a free mail provider', () => {
    expect(visitorKeys({ email: ' Anna@Acme.SE ' })).toEqual({ email: 'anna@acme.se', domain: 'acme.se' });
    expect(visitorKeys({ email: 'anna@gmail.com' })).toEqual({ email: 'anna@gmail.com', domain: null });
    expect(visitorKeys({ domain: 'https://www.acme.se/x' })).toEqual({ email: null, domain: 'acme.se' });
  });
});

describe('pages about a product family', () => {
  const rules = [
    { pattern: '/fleet', productId: null, family: 'Fleet' },
    { pattern: '/fleet/tracker', productId: 'p-tracker', family: null },
  ];
  it('says what a page is about: the most specific rule, a product or a family', () => {
    expect(subjectForUrl('https://x.se/fleet/leasing?a=1', rules)).toEqual({ productId: null, family: 'Fleet' });
    expect(subjectForUrl('/fleet/tracker/pricing', rules)).toEqual({ productId: 'p-tracker', family: null });
    expect(productForUrl('/fleet/leasing', rules)).toBeNull();
    expect(subjectForUrl('/about', rules)).toBeNull();
  });
  it('is interest when a customer has nothing of the family', () => {
    const customer = { status: 'customer' };
    expect(isFamilyInterest(customer, ['a', 'b'], new Set(['c']))).toBe(true);
    expect(isFamilyInterest(customer, ['a', 'b'], new Set(['b']))).toBe(false);
    expect(isFamilyInterest({ status: 'prospect' }, ['a'], new Set())).toBe(false);
    expect(isFamilyInterest(customer, [], new Set())).toBe(false);
  });
});
