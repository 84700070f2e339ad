/**
 * Ingesting page views (C3): from the tracking script (the site's public key), a server-side tool
 * (the site's secret token) or an integration's API key. One batch is one transaction with a fixed
 * number of statements whatever its size: who the visitors are (two look-ups), the alerts (index
 * look-ups per person, see service-alerts), one multi-row insert.
 */
import type { z } from 'zod';
import type { CollectBatch, IngestReceipt, SiteEvent, SiteEventBatch } from '@contract/signals';
import { pathOf, visitorKeys, type VisitKind } from '@domain/signals';
import type { Actor } from '../../platform/auth';
import { inTransaction, type AppContext } from '../../platform/context';
import { AppError, errors } from '../../platform/errors';
import { sha256 } from '../../platform/tokens';
import { throttleCount } from '../access/service';
import { cachedRules, cachedSettings, cachedSite } from './cache';
import * as repo from './repo';
import { getPageRules, getSettings } from './service';
import { raiseAlerts, type Known } from './service-alerts';

const MAX_AGE_MS = 7 * 86_400_000;
const MAX_AHEAD_MS = 5 * 60_000;

interface Sender {
  siteId: string | null;
  /** The rate limit's key. */
  key: string;
}

/** Who sends with a server-side credential: an integration's API key (marketing or admin), or a site's secret token. */
async function sender(ctx: AppContext, actor: Actor | null, siteToken: string | undefined): Promise<Sender> {
  if (actor?.via === 'apiKey') {
    if (actor.role !== 'marketing' && actor.role !== 'admin')
      throw errors.forbidden('Only a marketing or admin API key may send page views.');
    return { siteId: null, key: `key:${actor.id}` };
  }
  if (!siteToken) throw new AppError('unauthenticated', 'Send the site token (x-korsa-site-token) or an API key.');
  const site = await cachedSite(ctx.db, `token:${siteToken}`, async () => (await repo.siteByTokenHash(ctx.db, sha256(siteToken))) ?? null);
  if (!site?.active) throw new AppError('unauthenticated', 'Unknown or revoked site token.');
  return { siteId: site.id, key: `site:${site.id}` };
}

/** Events from a server-side tool or an integration (x-korsa-site-token or an API key). */
export async function ingest(
  ctx: AppContext,
  from: { actor: Actor | null; siteToken: string | undefined },
  batch: z.infer<typeof SiteEventBatch>,
): Promise<z.infer<typeof IngestReceipt>> {
  const who = await sender(ctx, from.actor, from.siteToken);
  return ingestFrom(ctx, who, batch.events);
}

/** Events from the tracking script in a visitor's browser: the site's public key travels in the body. */
export async function collect(ctx: AppContext, batch: z.infer<typeof CollectBatch>): Promise<z.infer<typeof IngestReceipt>> {
  const site = await cachedSite(ctx.db, `key:${batch.key}`, async () => (await repo.siteByPublicKey(ctx.db, batch.key)) ?? null);
  if (!site?.active) throw new AppError('unauthenticated', 'Unknown or inactive site key.');
  return ingestFrom(ctx, { siteId: site.id, key: `site:${site.id}` }, batch.events);
}

interface Event {
  type: SiteEvent['type'];
  visitorId: string | null;
  email: string | null;
  domain: string | null;
  path: string;
  title: string | null;
  at: Date;
}

/**
 * Only visits by a known contact (their e-mail, given or said earlier by the same visitor) or a known
 * company (its domain) are kept; anonymous visitors stay anonymous. A form sent with an e-mail, or an
 * identify call, ties the script's visitor id to that e-mail, so the visitor's page views from then on
 * belong to the contact.
 */
async function ingestFrom(ctx: AppContext, who: Sender, input: SiteEvent[]): Promise<z.infer<typeof IngestReceipt>> {
  await throttleCount(ctx, 'signal_ingest', who.key, input.length);
  const now = ctx.clock.now();
  const events: Event[] = input
    .map((e) => ({
      type: e.type,
      visitorId: e.visitorId ?? null,
      ...visitorKeys(e),
      path: pathOf(e.url),
      title: (e.type === 'form_submit' ? (e.form ?? e.title) : e.title) ?? null,
      at: e.at ? new Date(e.at) : now,
    }))
    .filter((e) => now.getTime() - e.at.getTime() <= MAX_AGE_MS && e.at.getTime() - now.getTime() <= MAX_AHEAD_MS);
  const settings = await cachedSettings(ctx.db, () => getSettings(ctx));
  const rules = await cachedRules(ctx.db, async () => (await getPageRules(ctx)).rules);
  // who the visitors said they are: in this batch, else earlier (one look-up)
  const said = new Map<string, string>();
  if (who.siteId) for (const e of events) if (e.visitorId && e.email && e.type !== 'page_view') said.set(e.visitorId, e.email);
  if (who.siteId && said.size) await repo.rememberVisitors(ctx.db, who.siteId, [...said], now);
  const unsaid = [...new Set(events.flatMap((e) => (e.visitorId && !e.email && !said.has(e.visitorId) ? [e.visitorId] : [])))];
  const earlier = who.siteId && unsaid.length ? await repo.visitorEmails(ctx.db, who.siteId, unsaid) : new Map<string, string>();
  const emailOf = (e: Event) => e.email ?? (e.visitorId ? (said.get(e.visitorId) ?? earlier.get(e.visitorId) ?? null) : null);

  const visits = events.filter((e) => e.type !== 'identify');
  const emails = [...new Set(visits.flatMap((e) => emailOf(e) ?? []))];
  const domains = [...new Set(visits.flatMap((e) => (e.domain ? [e.domain] : [])))];
  const { byEmail, byDomain } = await repo.identify(ctx.db, emails, domains);
  const contactOf = new Map(byEmail.map((c) => [c.email, c]));
  const accountOfDomain = new Map(byDomain.map((a) => [a.domain, a.id]));
  const known: (Known & { kind: VisitKind })[] = [];
  for (const e of visits) {
    const email = emailOf(e);
    const contact = email ? (contactOf.get(email) ?? null) : null;
    const accountId = contact?.accountId ?? (e.domain ? accountOfDomain.get(e.domain) : undefined);
    if (accountId) {
      const kind: VisitKind = e.type === 'form_submit' ? 'form_submit' : 'page_view';
      known.push({ accountId, contact, kind, path: e.path, title: e.title, at: e.at, productId: null });
    }
  }
  known.sort((a, b) => a.at.getTime() - b.at.getTime());
  // only known visitors' views need a transaction: the alerts they raise and the views, together
  const alerts = known.length
    ? await inTransaction(ctx, async (tx) => {
        await repo.relaxCommit(tx.db);
        const raised = await raiseAlerts(tx, known, { settings, rules });
        await repo.insertVisits(
          tx.db,
          known.map((k) => ({
            siteId: who.siteId,
            accountId: k.accountId,
            contactId: k.contact?.id ?? null,
            kind: k.kind,
            path: k.path,
            title: k.title,
            productId: k.productId,
            at: k.at,
          })),
        );
        return raised;
      })
    : 0;
  const identified = who.siteId ? events.filter((e) => e.type === 'identify' && e.visitorId && e.email).length : 0;
  const accepted = known.length + identified;
  return { accepted, ignored: input.length - accepted, alerts };
}
