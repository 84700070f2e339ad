import { z } from 'zod';
import { signalKinds, visitKinds } from '@domain/signals';
import { Id, optionalText, text } from './common';

export { signalKinds, visitKinds };
export const SignalKind = z.enum(signalKinds);

/** The tracking script's first-party visitor id (random, kept in the site's own localStorage after consent). */
export const VisitorId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'letters, digits, - and _ (8–64)');

/**
 * One event as the site (the tracking script, a tag manager, or the company's backend) reports it: a
 * page view, a form sent on a page, or an identify call (the visitor said who they are: `email`).
 */
export const SiteEvent = z.object({
  type: z.enum(['page_view', 'form_submit', 'identify']).default('page_view'),
  /** The script's visitor id: once identified (a form fill with an e-mail, an identify call), their page views belong to the contact. */
  visitorId: VisitorId.optional(),
  /** A form's name or id (form_submit). */
  form: optionalText(200),
  /** The page's address (or path). */
  url: text().trim().min(1).max(2000),
  title: optionalText(300),
  /** Who: a known contact's e-mail (after a form fill, a tracked link or an identify call)… */
  email: z.email().max(254).optional(),
  /** …or the company's domain (e.g. from a reverse-IP service). */
  domain: optionalText(200),
  /** When it happened (defaults to now); at most a week old, not in the future. */
  at: z.iso.datetime({ offset: true }).optional(),
});
export type SiteEvent = z.infer<typeof SiteEvent>;

/** A batch of events (at most 100). */
export const SiteEventBatch = z.object({ events: z.array(SiteEvent).min(1).max(100) });
/** What the tracking script sends (as text/plain, so that sendBeacon needs no preflight): the site's public key and a batch. */
export const CollectBatch = SiteEventBatch.extend({ key: z.string().trim().min(8).max(100) });
export const IngestReceipt = z.object({
  /** Stored: the visitor is a known contact or company. */
  accepted: z.number().int(),
  /** Not stored: anonymous, unknown or too old. */
  ignored: z.number().int(),
  /** Alerts raised by this batch (after de-duplication). */
  alerts: z.number().int(),
});

/** The quiet period; how long visits are kept is a data-retention rule (`website_visits`, /api/data-retention). */
export const SignalSettings = z.object({ quietDays: z.number().int().min(1).max(365) });
export type SignalSettings = z.infer<typeof SignalSettings>;

export const SignalSiteInput = z.object({ name: text().trim().min(1).max(100) });
export const SignalSiteChange = z.object({ name: text().trim().min(1).max(100).optional(), active: z.boolean().optional() });
export const SignalSite = z.object({
  id: Id,
  name: text(),
  tokenPrefix: text(),
  /** The tracking script's key (public: it is in the site's pages). */
  publicKey: text(),
  active: z.boolean(),
  createdAt: z.iso.datetime(),
});
/** Answered once, when the site is made: the token is not shown again. */
export const NewSignalSite = SignalSite.extend({ token: text() });

export const PageRule = z
  .object({
    /** A path ("/produkter/fleet" and everything under it) or a pattern with * ("/*\/pricing"). */
    pattern: text().trim().min(1).max(300),
    /** The product the pages are about — or, instead, the product family. */
    productId: Id.nullable().default(null),
    family: text().trim().min(1).max(100).nullable().default(null),
  })
  .refine((r) => (r.productId === null) !== (r.family === null), {
    message: 'Give a rule either a product or a product family.',
    path: ['productId'],
  });
export const PageRules = z.object({ rules: z.array(PageRule).max(500) });
export type PageRules = z.infer<typeof PageRules>;

/** Whose visits: an account's, or one of its contacts'. */
export const SiteVisitQuery = z.object({ accountId: Id, contactId: Id.optional() });
/** One page a known visitor read on the company's site. */
export const SiteVisit = z.object({
  id: Id,
  path: text(),
  title: text().nullable(),
  at: z.iso.datetime(),
  kind: z.enum(visitKinds),
  product: z.object({ id: Id, name: text() }).nullable(),
  contact: z.object({ id: Id, name: text() }).nullable(),
});
export type SiteVisit = z.infer<typeof SiteVisit>;
export const SiteVisits = z.object({ items: z.array(SiteVisit) });
