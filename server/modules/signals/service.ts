import type { z } from 'zod';
import type { IngestReceipt, NewSignalSite, PageRules, SignalSettings, SignalSite, SiteEventBatch, SiteVisit } from '@contract/signals';
import {
  alertKey,
  defaultSignalSettings,
  isDecisionMaker,
  isProductInterest,
  isReturn,
  pathOf,
  productForUrl,
  retentionCutoff,
  sellerInGroup,
  visitorKeys,
} from '@domain/signals';
import { isForeignKeyViolation } from '../../db/errors';
import type { Actor } from '../../platform/auth';
import { inTransaction, type AppContext, type TxContext } from '../../platform/context';
import { AppError, errors } from '../../platform/errors';
import { randomToken, sha256 } from '../../platform/tokens';
import { throttle } from '../access/service';
import { recordEvent } from '../activities/service';
import { ownedProducts } from '../matrix/service';
import { notify } from '../notifications/service';
import * as repo from './repo';

// ── Settings, sites, page rules ──────────────────────────────────────────────────────────────

export async function getSettings(ctx: AppContext): Promise<SignalSettings> {
  const row = await repo.settings(ctx.db);
  return row ? { quietDays: row.quietDays, retentionDays: row.retentionDays } : defaultSignalSettings;
}

export async function putSettings(ctx: AppContext, input: SignalSettings): Promise<SignalSettings> {
  await repo.saveSettings(ctx.db, { ...input, updatedAt: ctx.clock.now() });
  return getSettings(ctx);
}

const presentSite = (s: Awaited<ReturnType<typeof repo.listSites>>[number]): z.infer<typeof SignalSite> => ({
  id: s.id,
  name: s.name,
  tokenPrefix: s.tokenPrefix,
  active: s.active,
  createdAt: s.createdAt.toISOString(),
});

export async function listSites(ctx: AppContext) {
  return (await repo.listSites(ctx.db)).map(presentSite);
}

/** A new site: its token is answered once (only its SHA-256 is kept). */
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

export async function getPageRules(ctx: AppContext): Promise<PageRules> {
  return { rules: await repo.pageRules(ctx.db) };
}

export async function putPageRules(ctx: AppContext, input: PageRules): Promise<PageRules> {
  await inTransaction(ctx, (tx) => repo.replacePageRules(tx.db, input.rules, tx.clock.now())).catch((e: unknown) => {
    if (isForeignKeyViolation(e)) throw errors.invalid('A product does not exist.', [{ path: 'body.rules', message: 'unknown product' }]);
    throw e;
  });
  return getPageRules(ctx);
}

// ── Ingesting page views ─────────────────────────────────────────────────────────────────────

const MAX_AGE_MS = 7 * 86_400_000;
const MAX_AHEAD_MS = 5 * 60_000;

/** Who sends: an integration's API key (marketing or admin), or a site's token. */
async function sender(
  ctx: AppContext,
  actor: Actor | null,
  siteToken: string | undefined,
): Promise<{ siteId: string | null; key: string }> {
  if (actor?.via === 'apiKey') {
    if (actor.role !== 'marketing' && actor.role !== 'admin')
      throw errors.forbidden('Only a marketing or admin API key may send page views.');
    return { siteId: null, key: `key:${actor.id}` };
  }
  if (!siteToken) throw new AppError('unauthenticated', 'Send the site token (x-korsa-site-token) or an API key.');
  const site = await repo.siteByTokenHash(ctx.db, sha256(siteToken));
  if (!site?.active) throw new AppError('unauthenticated', 'Unknown or revoked site token.');
  return { siteId: site.id, key: `site:${site.id}` };
}

interface Known {
  accountId: string;
  contact: { id: string; title: string | null; buyingRole: string | null } | null;
  path: string;
  title: string | null;
  at: Date;
  /** The product the page is about (page rules), set while alerts are raised. */
  productId: string | null;
}

/**
 * Page views from the company's site (C3). Only visits by a known contact (their e-mail) or a known
 * company (its domain) are kept; from them, two alerts, each at most once per account, subject and
 * week: a decision-maker back after the quiet period (→ the account's sellers), and an existing
 * customer reading about a product it does not own (→ that product's group: the account's seller in
 * it, else its leader). Alerts go on the account's timeline as signals. Every look-up is by index
 * (the contact's last visit, the account's holdings), never a scan of the visits.
 */
export async function ingest(
  ctx: AppContext,
  from: { actor: Actor | null; siteToken: string | undefined },
  batch: z.infer<typeof SiteEventBatch>,
): Promise<z.infer<typeof IngestReceipt>> {
  const who = await sender(ctx, from.actor, from.siteToken);
  await throttle(ctx, 'signal_ingest', who.key);
  const now = ctx.clock.now();
  const events = batch.events
    .map((e) => ({ ...visitorKeys(e), path: pathOf(e.url), title: e.title ?? null, at: e.at ? new Date(e.at) : now }))
    .filter((e) => now.getTime() - e.at.getTime() <= MAX_AGE_MS && e.at.getTime() - now.getTime() <= MAX_AHEAD_MS);
  return inTransaction(ctx, async (tx) => {
    const emails = [...new Set(events.flatMap((e) => (e.email ? [e.email] : [])))];
    const domains = [...new Set(events.flatMap((e) => (e.domain ? [e.domain] : [])))];
    const { byEmail, byDomain } = await repo.identify(tx.db, emails, domains);
    const contactOf = new Map(byEmail.map((c) => [c.email, c]));
    const accountOfDomain = new Map(byDomain.map((a) => [a.domain, a.id]));
    const known: Known[] = [];
    for (const e of events) {
      const contact = e.email ? (contactOf.get(e.email) ?? null) : null;
      const accountId = contact?.accountId ?? (e.domain ? accountOfDomain.get(e.domain) : undefined);
      if (accountId) known.push({ accountId, contact, path: e.path, title: e.title, at: e.at, productId: null });
    }
    known.sort((a, b) => a.at.getTime() - b.at.getTime());
    const alerts = await raiseAlerts(tx, known);
    await repo.insertVisits(
      tx.db,
      known.map((k) => ({
        siteId: who.siteId,
        accountId: k.accountId,
        contactId: k.contact?.id ?? null,
        path: k.path,
        title: k.title,
        productId: k.productId,
        at: k.at,
      })),
    );
    return { accepted: known.length, ignored: batch.events.length - known.length, alerts };
  });
}

async function raiseAlerts(tx: TxContext, known: Known[]): Promise<number> {
  // one after another: a transaction is one connection
  const settings = await getSettings(tx);
  const rules = await repo.pageRules(tx.db);
  const accounts = await repo.accountFacts(tx.db, [...new Set(known.map((k) => k.accountId))]);
  const accountById = new Map(accounts.map((a) => [a.id, a]));
  const lastVisit = new Map<string, Date | null>();
  const owned = new Map<string, Set<string>>();
  let raised = 0;
  for (const visit of known) {
    const account = accountById.get(visit.accountId)!;
    visit.productId = productForUrl(visit.path, rules);
    if (visit.contact) {
      const id = visit.contact.id;
      const previous = lastVisit.has(id) ? lastVisit.get(id)! : await repo.lastVisitOf(tx.db, id, visit.at);
      lastVisit.set(id, visit.at);
      if (isDecisionMaker(visit.contact) && isReturn(previous, visit.at, settings.quietDays)) {
        if (await returningDecisionMaker(tx, account, visit, previous!)) raised++;
      }
    }
    if (visit.productId && account.status === 'customer') {
      if (!owned.has(account.id)) owned.set(account.id, await ownedProducts(tx, account.id));
      if (
        isProductInterest(account, visit.productId, owned.get(account.id)!) &&
        (await productInterest(tx, account, visit, visit.productId))
      ) {
        raised++;
      }
    }
  }
  return raised;
}

type AccountFacts = Awaited<ReturnType<typeof repo.accountFacts>>[number];
const DAY = 86_400_000;

async function returningDecisionMaker(tx: TxContext, account: AccountFacts, visit: Known, previous: Date): Promise<boolean> {
  const contactId = visit.contact!.id;
  const key = alertKey('returning_decision_maker', account.id, contactId, visit.at);
  if (
    !(await repo.claimAlert(tx.db, {
      key,
      kind: 'returning_decision_maker',
      accountId: account.id,
      contactId,
      path: visit.path,
      at: visit.at,
    }))
  ) {
    return false;
  }
  const name = await repo.contactName(tx.db, contactId);
  const days = Math.floor((visit.at.getTime() - previous.getTime()) / DAY);
  const data = { accountId: account.id, accountName: account.name, contactId, name, path: visit.path, days };
  await recordEvent(tx, null, {
    accountId: account.id,
    event: 'signal.returning_decision_maker',
    subject: `${name ?? 'A decision-maker'} is back on the website after ${days} days (${visit.path})`,
    data,
  });
  const sellers = await repo.accountSellers(tx.db, account.id);
  await notify(
    tx,
    sellers.map((userId) => ({ userId, kind: 'signals.returning_decision_maker', data, link: `/accounts/${account.id}` })),
  );
  return true;
}

async function productInterest(tx: TxContext, account: AccountFacts, visit: Known, productId: string): Promise<boolean> {
  const product = await repo.product(tx.db, productId);
  if (!product) return false;
  const seller = sellerInGroup(await repo.groupTiesAt(tx.db, account.id, product.salesGroupId));
  const to = seller ?? product.leaderId;
  const key = alertKey('product_interest', account.id, productId, visit.at);
  const claimed = await repo.claimAlert(tx.db, {
    key,
    kind: 'product_interest',
    accountId: account.id,
    contactId: visit.contact?.id ?? null,
    productId,
    salesGroupId: product.salesGroupId,
    notifiedUserId: to,
    path: visit.path,
    at: visit.at,
  });
  if (!claimed) return false;
  const data = {
    accountId: account.id,
    accountName: account.name,
    productId,
    product: product.name,
    salesGroupId: product.salesGroupId,
    group: product.groupName,
    name: visit.contact ? await repo.contactName(tx.db, visit.contact.id) : null,
    path: visit.path,
  };
  await recordEvent(tx, null, {
    accountId: account.id,
    event: 'signal.product_interest',
    subject: `${account.name} read about ${product.name}, which it does not have (${visit.path})`,
    data,
  });
  if (to) await notify(tx, [{ userId: to, kind: 'signals.product_interest', data, link: `/accounts/${account.id}` }]);
  return true;
}

// ── Retention ────────────────────────────────────────────────────────────────────────────────

/** Scheduled: remove visits older than the retention period (GDPR). */
export async function pruneVisits(ctx: AppContext): Promise<number> {
  const settings = await getSettings(ctx);
  return repo.pruneVisits(ctx.db, retentionCutoff(ctx.clock.now(), settings));
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
      product: r.productId && r.productName ? { id: r.productId, name: r.productName } : null,
      contact: r.contactId && r.contactName ? { id: r.contactId, name: r.contactName } : null,
    })),
  };
}
