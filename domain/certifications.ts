/**
 * Industry knowledge (I2): a seller is certified in an industry (a NACE section, `domain/industries.ts`)
 * from a day, until an expiry day or for good — granted by their leader after an exam or recorded
 * from outside. Three pure rules the server applies and the web only renders:
 * - `isValidOn`: does a certification hold on a day;
 * - `proposeSellers`: whom to propose when an account of an industry is assigned or a tip routed;
 * - `industryCoverage`: per industry, how many sellers hold a valid certification against how many
 *   the industry's accounts call for, and how many expire soon.
 */
import type { IndustryCode } from './industries';

export const certificationSources = ['exam', 'external'] as const;
export type CertificationSource = (typeof certificationSources)[number];

/** Expiring "soon": within this many days of today. */
export const expiringWithinDays = 60;
/** One certified seller per this many accounts of the industry, and never fewer than `minimumCertified`. */
export const accountsPerCertifiedSeller = 40;
export const minimumCertified = 2;
/** How many sellers a proposal names at most. */
export const proposalLimit = 5;

export interface CertificationTerm {
  grantedOn: string;
  expiresOn: string | null;
  revokedAt: Date | string | null;
}

const DAY = 86_400_000;
const addDays = (isoDay: string, days: number) => new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** A certification holds from its grant day up to, not including, its expiry day, unless revoked. */
export function isValidOn(c: CertificationTerm, day: string): boolean {
  return c.revokedAt === null && c.grantedOn <= day && (c.expiresOn === null || day < c.expiresOn);
}

/** Where a certification stands on a day: valid, valid but expiring within `expiringWithinDays`, expired, revoked, or not yet. */
export type CertificationState = 'valid' | 'expiring' | 'expired' | 'revoked' | 'future';
export function certificationState(c: CertificationTerm, day: string): CertificationState {
  if (c.revokedAt !== null) return 'revoked';
  if (day < c.grantedOn) return 'future';
  if (c.expiresOn !== null && day >= c.expiresOn) return 'expired';
  if (c.expiresOn !== null && c.expiresOn <= addDays(day, expiringWithinDays)) return 'expiring';
  return 'valid';
}

/** An expiry must come after the grant (`null`: no expiry). */
export const expiryAfterGrant = (grantedOn: string, expiresOn: string | null) => expiresOn === null || expiresOn > grantedOn;

export interface Candidate {
  id: string;
  name: string;
  marketId: string | null;
  salesGroupId: string | null;
  /** How many accounts they own today. */
  accounts: number;
  certifications: (CertificationTerm & { industry: IndustryCode })[];
}

export type ProposalReason = 'certified' | 'same_market' | 'same_group';
export interface Proposal {
  id: string;
  name: string;
  industry: IndustryCode;
  expiresOn: string | null;
  accounts: number;
  reasons: ProposalReason[];
}

/**
 * The sellers to propose for an account of `industry` in `marketId` (and, for a tip, within the
 * receiving group): only those with a certification in the industry valid today; among them those of
 * the account's market first, then whoever owns fewest accounts (spreading the work), then by name.
 * Each proposal says why (certified; same market; same group when a group is asked for).
 */
export function proposeSellers(
  candidates: readonly Candidate[],
  account: { industry: IndustryCode | null; marketId: string | null },
  today: string,
  options: { salesGroupId?: string | null; limit?: number } = {},
): Proposal[] {
  const { industry } = account;
  if (industry === null) return [];
  const proposals: (Proposal & { sameMarket: boolean })[] = [];
  for (const c of candidates) {
    if (options.salesGroupId && c.salesGroupId !== options.salesGroupId) continue;
    const held = c.certifications.filter((x) => x.industry === industry && isValidOn(x, today));
    if (held.length === 0) continue;
    const expiresOn = held.some((x) => x.expiresOn === null)
      ? null
      : held
          .map((x) => x.expiresOn!)
          .sort()
          .at(-1)!;
    const sameMarket = account.marketId !== null && c.marketId === account.marketId;
    const reasons: ProposalReason[] = ['certified'];
    if (sameMarket) reasons.push('same_market');
    if (options.salesGroupId) reasons.push('same_group');
    proposals.push({ id: c.id, name: c.name, industry, expiresOn, accounts: c.accounts, reasons, sameMarket });
  }
  proposals.sort(
    (a, b) =>
      Number(b.sameMarket) - Number(a.sameMarket) || a.accounts - b.accounts || a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
  );
  return proposals.slice(0, options.limit ?? proposalLimit).map(({ sameMarket: _, ...p }) => p);
}

/** How many certified sellers an industry with this many accounts calls for. */
export const certifiedNeeded = (accounts: number) =>
  accounts === 0 ? 0 : Math.max(minimumCertified, Math.ceil(accounts / accountsPerCertifiedSeller));

export interface IndustryCoverage {
  industry: IndustryCode;
  accounts: number;
  certified: number;
  expiringSoon: number;
  needed: number;
  tooFew: boolean;
}

/**
 * Coverage per industry: the sellers holding a valid certification today, those of them whose every
 * valid certification in it expires within `expiringWithinDays`, against `certifiedNeeded` for the
 * industry's accounts. Industries with too few come first, then by accounts.
 */
export function industryCoverage(
  accountsByIndustry: Partial<Record<IndustryCode, number>>,
  certifications: readonly (CertificationTerm & { userId: string; industry: IndustryCode })[],
  today: string,
): IndustryCoverage[] {
  const soon = addDays(today, expiringWithinDays);
  const holders = new Map<IndustryCode, Map<string, boolean>>(); // seller → still valid after `soon`
  for (const c of certifications) {
    if (!isValidOn(c, today)) continue;
    const lasting = c.expiresOn === null || c.expiresOn > soon;
    const bySeller = holders.get(c.industry) ?? new Map<string, boolean>();
    bySeller.set(c.userId, (bySeller.get(c.userId) ?? false) || lasting);
    holders.set(c.industry, bySeller);
  }
  const industries = new Set<IndustryCode>([...(Object.keys(accountsByIndustry) as IndustryCode[]), ...holders.keys()]);
  const rows = [...industries].map((industry) => {
    const accounts = accountsByIndustry[industry] ?? 0;
    const bySeller = holders.get(industry) ?? new Map<string, boolean>();
    const certified = bySeller.size;
    const needed = certifiedNeeded(accounts);
    return {
      industry,
      accounts,
      certified,
      expiringSoon: [...bySeller.values()].filter((lasting) => !lasting).length,
      needed,
      tooFew: certified < needed,
    };
  });
  return rows.sort((a, b) => Number(b.tooFew) - Number(a.tooFew) || b.accounts - a.accounts || a.industry.localeCompare(b.industry));
}
