import { z } from 'zod';
import { certificationSources } from '@domain/certifications';
import { Id, IndustryCode, text } from './common';

const isoDay = z.iso.date();
const Person = z.object({ id: Id, name: text() });

/** Where a certification stands today (domain/certifications.ts `certificationState`). */
export const CertificationState = z.enum(['valid', 'expiring', 'expired', 'revoked', 'future']);

export const Certification = z.object({
  id: Id,
  industry: IndustryCode,
  grantedOn: isoDay,
  expiresOn: isoDay.nullable(),
  source: z.enum(certificationSources),
  note: text(),
  grantedBy: Person.nullable(),
  revokedAt: z.iso.datetime().nullable(),
  state: CertificationState,
});
export type Certification = z.infer<typeof Certification>;

/** A seller's certifications (current first, then their history), and whether the viewer may grant and revoke them. */
export const SellerCertifications = z.object({
  seller: Person,
  items: z.array(Certification),
  can: z.object({ grant: z.boolean() }),
});
export type SellerCertifications = z.infer<typeof SellerCertifications>;

export const CertificationParams = z.object({ id: Id });

/** Granting (or renewing: it replaces the current one in the industry). The expiry must come after the grant. */
export const GrantCertification = z
  .object({
    industry: IndustryCode,
    grantedOn: isoDay,
    expiresOn: isoDay.nullable().default(null),
    source: z.enum(certificationSources),
    note: text().trim().max(1000).default(''),
  })
  .refine((b) => b.expiresOn === null || b.expiresOn > b.grantedOn, {
    path: ['expiresOn'],
    message: 'The expiry must come after the grant',
  });
export type GrantCertification = z.input<typeof GrantCertification>;

/** A seller proposed for an account or a tip: certified in its industry, with why (domain/certifications.ts `proposeSellers`). */
export const CertifiedSeller = z.object({
  id: Id,
  name: text(),
  industry: IndustryCode,
  expiresOn: isoDay.nullable(),
  accounts: z.number().int(),
  reasons: z.array(z.enum(['certified', 'same_market', 'same_group'])),
});
export const CertifiedSellers = z.object({ industry: IndustryCode.nullable(), items: z.array(CertifiedSeller) });
export type CertifiedSellers = z.infer<typeof CertifiedSellers>;
export const CertifiedSellersQuery = z.object({
  /** Only sellers of this group (the group a tip goes to). */
  salesGroupId: Id.optional(),
});

/** Per industry: certified sellers today against what its accounts call for, and who expires soon. */
export const CertificationCoverage = z.object({
  expiringWithinDays: z.number().int(),
  accountsPerCertifiedSeller: z.number().int(),
  items: z.array(
    z.object({
      industry: IndustryCode,
      accounts: z.number().int(),
      certified: z.number().int(),
      expiringSoon: z.number().int(),
      needed: z.number().int(),
      tooFew: z.boolean(),
    }),
  ),
  /** The certifications expiring soon, to renew. */
  expiring: z.array(z.object({ id: Id, seller: Person, industry: IndustryCode, expiresOn: isoDay })),
});
export type CertificationCoverage = z.infer<typeof CertificationCoverage>;
