import type {
  Certification,
  CertificationCoverage,
  CertifiedSellers,
  GrantCertification,
  SellerCertifications,
} from '@contract/certifications';
import { isAdmin, leadsPerson, type Viewer } from '@domain/access';
import {
  accountsPerCertifiedSeller,
  certificationState,
  expiringWithinDays,
  expiryAfterGrant,
  industryCoverage,
  proposeSellers,
} from '@domain/certifications';
import type { IndustryCode } from '@domain/industries';
import { sells } from '@domain/people';
import { channelOf } from '@domain/audit';
import { writeAudit } from '../../platform/audit';
import type { Actor } from '../../platform/auth';
import { inTransaction, type AppContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import { getUser } from '../users/service';
import * as repo from './repo';

const day = (d: Date) => d.toISOString().slice(0, 10);
type Seller = Awaited<ReturnType<typeof getUser>>;
const loadSeller = getUser;

/** Granting, renewing and revoking a seller's certifications: the seller's leaders (not their own) and admins. */
export const mayGrant = (v: Viewer, seller: Seller) => isAdmin(v) || (v.id !== seller.id && leadsPerson(v, seller));

const present = (r: repo.CertificationRow, today: string): Certification => ({
  id: r.id,
  industry: r.industry,
  grantedOn: r.grantedOn,
  expiresOn: r.expiresOn,
  source: r.source,
  note: r.note,
  grantedBy: r.grantedById && r.grantedByName ? { id: r.grantedById, name: r.grantedByName } : null,
  revokedAt: r.revokedAt,
  state: certificationState(r, today),
});

/** A seller's certifications, as everyone may read them (their profile); `can.grant` for their leaders and admins. */
export async function sellerCertifications(ctx: AppContext, viewer: Viewer, sellerId: string): Promise<SellerCertifications> {
  const seller = await loadSeller(ctx, sellerId);
  const today = day(ctx.clock.now());
  const rows = await repo.ofSeller(ctx.db, sellerId);
  return {
    seller: { id: seller.id, name: seller.name },
    items: rows.map((r) => present(r, today)),
    can: { grant: mayGrant(viewer, seller) && sells(seller) },
  };
}

/**
 * Grant a certification after an exam, or record one from outside. A current certification in the
 * same industry is replaced (renewal): revoked and a new one added, in one transaction with the audit.
 */
export async function grant(ctx: AppContext, actor: Actor, sellerId: string, input: GrantCertification): Promise<SellerCertifications> {
  const seller = await loadSeller(ctx, sellerId);
  if (!mayGrant(actor, seller)) throw errors.forbidden('Only the seller’s sales leader or an admin can grant their certifications.');
  if (!seller.active || !sells(seller))
    throw errors.invalid('Only active sellers and sales leaders are certified.', [
      { path: 'params.sellerId', message: 'not an active seller' },
    ]);
  const expiresOn = input.expiresOn ?? null;
  if (!expiryAfterGrant(input.grantedOn, expiresOn))
    throw errors.invalid('The expiry must come after the grant.', [{ path: 'body.expiresOn', message: 'before the grant' }]);
  await inTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    const old = await repo.currentFor(tx.db, sellerId, input.industry);
    if (old) await repo.revoke(tx.db, old.id, actor.id, now);
    const id = await repo.insert(tx.db, {
      userId: sellerId,
      industry: input.industry,
      grantedOn: input.grantedOn,
      expiresOn,
      source: input.source,
      note: input.note ?? '',
      grantedById: actor.id,
      createdAt: now,
    });
    await writeAudit(tx.db, {
      actorId: actor.id,
      action: old ? 'certification.renewed' : 'certification.granted',
      entityType: 'certification',
      entityId: id,
      data: { sellerId, industry: input.industry, grantedOn: input.grantedOn, expiresOn, source: input.source, replaces: old?.id ?? null },
      channel: channelOf(actor),
      at: now,
    });
  });
  return sellerCertifications(ctx, actor, sellerId);
}

/** Revoke a current certification (ended early, or recorded by mistake); it stays in the seller's history. */
export async function revoke(ctx: AppContext, actor: Actor, id: string): Promise<SellerCertifications> {
  const row = await repo.byId(ctx.db, id);
  if (!row) throw errors.notFound('The certification');
  const seller = await loadSeller(ctx, row.userId);
  if (!mayGrant(actor, seller)) throw errors.forbidden('Only the seller’s sales leader or an admin can revoke their certifications.');
  if (row.revokedAt === null) {
    await inTransaction(ctx, async (tx) => {
      const now = tx.clock.now();
      await repo.revoke(tx.db, id, actor.id, now);
      await writeAudit(tx.db, {
        actorId: actor.id,
        action: 'certification.revoked',
        entityType: 'certification',
        entityId: id,
        data: { sellerId: row.userId, industry: row.industry },
        channel: channelOf(actor),
        at: now,
      });
    });
  }
  return sellerCertifications(ctx, actor, row.userId);
}

/** The sellers Korsa proposes for an account (assigning it, routing a tip about it): certified in its industry. */
export async function certifiedSellers(
  ctx: AppContext,
  accountId: string,
  options: { salesGroupId?: string | undefined } = {},
): Promise<CertifiedSellers> {
  const account = await repo.account(ctx.db, accountId);
  if (!account) throw errors.notFound('The account');
  if (!account.industry) return { industry: null, items: [] };
  return { industry: account.industry, items: await proposalsFor(ctx, account.industry, account.marketId, options.salesGroupId) };
}

async function proposalsFor(ctx: AppContext, industry: IndustryCode, marketId: string | null, salesGroupId?: string) {
  const candidates = await repo.candidates(ctx.db, industry);
  return proposeSellers(candidates, { industry, marketId }, day(ctx.clock.now()), { salesGroupId: salesGroupId ?? null });
}

/** Coverage for leaders: per industry, certified sellers against what its accounts call for; what expires soon. */
export async function coverage(ctx: AppContext): Promise<CertificationCoverage> {
  const today = day(ctx.clock.now());
  const [accounts, current] = await Promise.all([repo.accountsByIndustry(ctx.db), repo.current(ctx.db)]);
  const items = industryCoverage(
    Object.fromEntries(accounts.map((a) => [a.industry, a.accounts])),
    current.map((c) => ({ ...c, revokedAt: null })),
    today,
  );
  const expiring = current
    .filter((c) => certificationState({ ...c, revokedAt: null }, today) === 'expiring')
    .sort((a, b) => a.expiresOn!.localeCompare(b.expiresOn!) || a.name.localeCompare(b.name))
    .map((c) => ({ id: c.id, seller: { id: c.userId, name: c.name }, industry: c.industry, expiresOn: c.expiresOn! }));
  return { expiringWithinDays, accountsPerCertifiedSeller, items, expiring };
}
