import { z } from 'zod';
import { signalKinds } from '@domain/signals';
import { Id, optionalText, text } from './common';

export { signalKinds };
export const SignalKind = z.enum(signalKinds);

/** One page view as the site (or a tag manager, or the company's backend) reports it. */
export const SiteEvent = z.object({
  type: z.literal('page_view').default('page_view'),
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
export const IngestReceipt = z.object({
  /** Stored: the visitor is a known contact or company. */
  accepted: z.number().int(),
  /** Not stored: anonymous, unknown or too old. */
  ignored: z.number().int(),
  /** Alerts raised by this batch (after de-duplication). */
  alerts: z.number().int(),
});

export const SignalSettings = z
  .object({
    quietDays: z.number().int().min(1).max(365),
    retentionDays: z.number().int().min(1).max(730),
  })
  .refine((s) => s.retentionDays > s.quietDays, {
    message: 'Keep visits longer than the quiet period, or no one can ever return.',
    path: ['retentionDays'],
  });
export type SignalSettings = z.infer<typeof SignalSettings>;

export const SignalSiteInput = z.object({ name: text().trim().min(1).max(100) });
export const SignalSite = z.object({
  id: Id,
  name: text(),
  tokenPrefix: text(),
  active: z.boolean(),
  createdAt: z.iso.datetime(),
});
/** Answered once, when the site is made: the token is not shown again. */
export const NewSignalSite = SignalSite.extend({ token: text() });

export const PageRule = z.object({
  /** A path ("/produkter/fleet" and everything under it) or a pattern with * ("/*\/pricing"). */
  pattern: text().trim().min(1).max(300),
  productId: Id,
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
  product: z.object({ id: Id, name: text() }).nullable(),
  contact: z.object({ id: Id, name: text() }).nullable(),
});
export type SiteVisit = z.infer<typeof SiteVisit>;
export const SiteVisits = z.object({ items: z.array(SiteVisit) });
