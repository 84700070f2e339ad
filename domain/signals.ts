/**
 * Website signals (C3): page views from the company's own site by people and companies Korsa knows.
 * Two alerts matter, without noise: a known decision-maker coming back to the site after a quiet
 * period (→ the account's sellers), and an existing customer reading about a product it does not own
 * (→ the sales group that sells it, the account's seller in that group). At most one alert per
 * account, subject and week; visits are kept for a limited time (GDPR). Pure rules; the signals
 * module gathers the facts.
 */
import { companyDomain, normaliseEmail } from './leads';
import { isoWeek } from './rituals';

/** The unit of "at most one alert per week": the ISO week, e.g. "2026-W49". */
export { isoWeek };

/** What a stored visit is: a page read, or a form sent on it. */
export const visitKinds = ['page_view', 'form_submit'] as const;
export type VisitKind = (typeof visitKinds)[number];

export const signalKinds = ['returning_decision_maker', 'product_interest'] as const;
export type SignalKind = (typeof signalKinds)[number];

export interface SignalSettings {
  /** A decision-maker "returns" when their previous visit is at least this many days old. */
  quietDays: number;
}
/** How long visits are kept is a data-retention rule (domain/data-retention.ts `website_visits`). */
export const defaultSignalSettings: SignalSettings = { quietDays: 14 };

/**
 * A page rule: a URL path pattern (`*` any characters; otherwise a path prefix) marketing maps to a
 * product, or to a product family (a page about a whole family, such as "/fleet").
 */
export interface PageRule {
  pattern: string;
  productId: string | null;
  family?: string | null;
}

/** What a page is about: a product, or a family of products. */
export type PageSubject = { productId: string; family: null } | { productId: null; family: string };

/** The subject a rule names (exactly one of the two; a rule naming neither says nothing). */
export function subjectOfRule(rule: PageRule | null): PageSubject | null {
  if (rule?.productId) return { productId: rule.productId, family: null };
  if (rule?.family) return { productId: null, family: rule.family };
  return null;
}

/** The path of a URL ("https://x.se/Produkter/Fleet?a=1" → "/produkter/fleet"), lower-case, without a trailing slash. */
export function pathOf(url: string): string {
  const noOrigin = url.trim().replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '');
  const path = (noOrigin.split(/[?#]/)[0] ?? '').toLowerCase();
  const withSlash = path.startsWith('/') ? path : `/${path}`;
  return withSlash.length > 1 ? withSlash.replace(/\/+$/, '') : withSlash;
}

function patternMatches(pattern: string, path: string): boolean {
  const p = pathOf(pattern);
  if (!p.includes('*')) return path === p || path.startsWith(`${p}/`);
  const re = p
    .split('*')
    .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${re}$`).test(path);
}

/** The rule that decides what a page is about: the one with the longest pattern that matches (the most specific). */
export function ruleForUrl<R extends PageRule>(url: string, rules: readonly R[]): R | null {
  const path = pathOf(url);
  let best: R | null = null;
  for (const rule of rules) {
    if (patternMatches(rule.pattern, path) && (!best || rule.pattern.length > best.pattern.length)) best = rule;
  }
  return best;
}

/** What a page is about (see ruleForUrl); marketing's "test a URL" shows the same answer. */
export function subjectForUrl(url: string, rules: readonly PageRule[]): PageSubject | null {
  return subjectOfRule(ruleForUrl(url, rules));
}

/** The product a page is about, when its rule names one product (a family rule names none). */
export function productForUrl(url: string, rules: readonly PageRule[]): string | null {
  return subjectForUrl(url, rules)?.productId ?? null;
}

/** Title words that name someone who decides (en, sv, nb). */
const decisionTitles = [
  'ceo',
  'cfo',
  'coo',
  'cto',
  'cio',
  'chief',
  'director',
  'head of',
  'owner',
  'vd',
  'daglig leder',
  'direktör',
  'direktør',
  'chef',
  'sjef',
  'partner',
];

/** A decision-maker: their buying role says so, or their title does. */
export function isDecisionMaker(contact: { buyingRole: string | null; title: string | null }): boolean {
  if (contact.buyingRole === 'decision_maker' || contact.buyingRole === 'economic_buyer') return true;
  const title = contact.title?.toLowerCase() ?? '';
  return decisionTitles.some((w) => new RegExp(`(^|[^\\p{L}])${w}($|[^\\p{L}])`, 'u').test(title));
}

const DAY = 86_400_000;

/** Did the person come back after a quiet period? (A first visit is not a return.) */
export function isReturn(previousVisitAt: Date | null, at: Date, quietDays: number): boolean {
  return previousVisitAt !== null && at.getTime() - previousVisitAt.getTime() >= quietDays * DAY;
}

/** The key that lets an alert happen once per account, subject (the contact or the product) and week. */
export function alertKey(kind: SignalKind, accountId: string, subjectId: string, at: Date): string {
  return `${kind}:${accountId}:${subjectId}:${isoWeek(at)}`;
}

/** Should a customer's reading about a product alert anyone? Only an existing customer, only a product it does not own. */
export function isProductInterest(account: { status: string }, productId: string | null, owned: ReadonlySet<string>): productId is string {
  return productId !== null && account.status === 'customer' && !owned.has(productId);
}

/**
 * A customer reading about a product family it has nothing of: interest in the family (as for a
 * product, C3) — a customer that owns any of the family's products already has the family.
 */
export function isFamilyInterest(account: { status: string }, familyProductIds: readonly string[], owned: ReadonlySet<string>): boolean {
  return account.status === 'customer' && familyProductIds.length > 0 && !familyProductIds.some((id) => owned.has(id));
}

/** Why a person counts as the account's seller in a group, strongest first. */
export type SellerTie = 'owner' | 'opportunity' | 'activity';
const tieRank: Record<SellerTie, number> = { owner: 0, opportunity: 1, activity: 2 };

/**
 * The account's seller in the group that sells the product: the account's owner if they are in that
 * group, else whoever in the group had an opportunity there most lately, else whoever in the group
 * logged something there most lately; null when the group has never worked the account (the caller
 * then tells the group's leader).
 */
export function sellerInGroup(candidates: readonly { userId: string; tie: SellerTie; lastAt: Date | null }[]): string | null {
  const sorted = [...candidates].sort(
    (a, b) =>
      tieRank[a.tie] - tieRank[b.tie] || (b.lastAt?.getTime() ?? 0) - (a.lastAt?.getTime() ?? 0) || a.userId.localeCompare(b.userId),
  );
  return sorted[0]?.userId ?? null;
}

/**
 * Who a visitor is, as the site or the tool tells it: an e-mail (a contact), and the employer's
 * domain — given, or the e-mail's (never a free mail provider) — for an account.
 */
export function visitorKeys(v: { email?: string | null; domain?: string | null }): { email: string | null; domain: string | null } {
  return { email: normaliseEmail(v.email), domain: companyDomain(v) };
}
