import type { z } from 'zod';
import type { NewSignalSite, PageRules, SignalSettings, SignalSite, SignalSiteChange, SiteVisit } from '@contract/signals';
import { defaultSignalSettings } from '@domain/signals';
import { isForeignKeyViolation } from '../../db/errors';
import { inTransaction, type AppContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import { randomToken, sha256 } from '../../platform/tokens';
import { forget } from './cache';
import * as repo from './repo';

// ── Settings, sites, page rules ──────────────────────────────────────────────────────────────

export async function getSettings(ctx: AppContext): Promise<SignalSettings> {
  const row = await repo.settings(ctx.db);
  return row ? { quietDays: row.quietDays } : defaultSignalSettings;
}

export async function putSettings(ctx: AppContext, input: SignalSettings): Promise<SignalSettings> {
  await repo.saveSettings(ctx.db, { ...input, updatedAt: ctx.clock.now() });
  forget(ctx.db);
  return getSettings(ctx);
}

const presentSite = (s: Awaited<ReturnType<typeof repo.listSites>>[number]): z.infer<typeof SignalSite> => ({
  id: s.id,
  name: s.name,
  tokenPrefix: s.tokenPrefix,
  publicKey: s.publicKey,
  active: s.active,
  createdAt: s.createdAt.toISOString(),
});

export async function listSites(ctx: AppContext) {
  return (await repo.listSites(ctx.db)).map(presentSite);
}

/** A new site: its server token is answered once (only its SHA-256 is kept); its public key is for the tracking script. */
export async function createSite(ctx: AppContext, name: string): Promise<z.infer<typeof NewSignalSite>> {
  const token = `kst_${randomToken()}`;
  const row = await repo.insertSite(ctx.db, {
    name,
    tokenHash: sha256(token),
    tokenPrefix: token.slice(0, 10),
    createdAt: ctx.clock.now(),
  });
  return { ...presentSite(row), token };
}

/** Rename a site, or stop (and restart) taking its page views. */
export async function changeSite(ctx: AppContext, id: string, input: z.infer<typeof SignalSiteChange>) {
  const row = await repo.updateSite(ctx.db, id, input);
  if (!row) throw errors.notFound('The site');
  forget(ctx.db);
  return presentSite(row);
}

export async function getPageRules(ctx: AppContext): Promise<PageRules> {
  return { rules: await repo.pageRules(ctx.db) };
}

export async function putPageRules(ctx: AppContext, input: PageRules): Promise<PageRules> {
  const families = [...new Set(input.rules.flatMap((r) => (r.family ? [r.family] : [])))];
  const known = await repo.knownFamilies(ctx.db, families);
  const unknown = input.rules.findIndex((r) => r.family && !known.has(r.family));
  if (unknown >= 0) {
    throw errors.invalid(`No product belongs to the family "${input.rules[unknown]!.family}".`, [
      { path: `body.rules.${unknown}.family`, message: 'unknown product family' },
    ]);
  }
  await inTransaction(ctx, (tx) => repo.replacePageRules(tx.db, input.rules, tx.clock.now())).catch((e: unknown) => {
    if (isForeignKeyViolation(e)) throw errors.invalid('A product does not exist.', [{ path: 'body.rules', message: 'unknown product' }]);
    throw e;
  });
  forget(ctx.db);
  return getPageRules(ctx);
}

// ── Retention ────────────────────────────────────────────────────────────────────────────────

/**
 * Remove visits, and who the script's visitors said they were, from before `cutoff` (GDPR): the data-retention
 * job's `website_visits` rule calls it with its transaction. A bounded slice at a time, until none is left.
 */
export async function pruneVisitsBefore(ctx: AppContext, cutoff: Date): Promise<number> {
  await repo.pruneVisitors(ctx.db, cutoff);
  let count = 0;
  let slice: number;
  do count += slice = await repo.pruneVisits(ctx.db, cutoff);
  while (slice > 0);
  return count;
}

/** What an account's people read on the company's site, newest first (the seller's view of C3's signals). */
export async function siteVisits(ctx: AppContext, query: { accountId: string; contactId?: string }): Promise<{ items: SiteVisit[] }> {
  const rows = await repo.visitsOf(ctx.db, query.accountId, query.contactId, 50);
  return {
    items: rows.map((r) => ({
      id: r.id,
      path: r.path,
      title: r.title,
      at: r.at.toISOString(),
      kind: r.kind,
      product: r.productId && r.productName ? { id: r.productId, name: r.productName } : null,
      contact: r.contactId && r.contactName ? { id: r.contactId, name: r.contactName } : null,
    })),
  };
}
