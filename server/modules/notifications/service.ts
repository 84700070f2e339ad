import { alertOf, deliveryOf } from '@domain/alerts';
import { notificationMail } from '@domain/notification-texts';
import { publicBaseUrl } from '../../config';
import { inTransaction, type AppContext } from '../../platform/context';
import { publish } from '../live/service';
import * as repo from './repo';
import * as alertsRepo from './repo-alerts';

export interface Notice {
  userId: string;
  kind: string;
  data: Record<string, unknown>;
  link?: string;
}

/**
 * Notify people; call it with the transaction of the change that warrants it. Each person's choices
 * for deviation alerts (domain/alerts.ts) decide whether one reaches the bell and how it is e-mailed.
 */
export async function notify(ctx: AppContext, notices: Notice[]): Promise<void> {
  const unique = [...new Map(notices.map((n) => [`${n.userId}|${n.kind}|${JSON.stringify(n.data)}`, n])).values()];
  const choosers = [...new Set(unique.filter((n) => alertOf(n.kind) !== null).map((n) => n.userId))];
  const chosen = await alertsRepo.preferencesOf(ctx.db, choosers);
  const rows = unique.flatMap((n) => {
    const to = deliveryOf(n.kind, chosen.get(n.userId) ?? {});
    return to.store ? [{ ...n, link: n.link ?? null, inApp: to.inApp, email: to.email, createdAt: ctx.clock.now() }] : [];
  });
  await repo.insertNotifications(ctx.db, rows);
  for (const userId of new Set(rows.filter((r) => r.inApp).map((r) => r.userId))) await publish(ctx, { type: 'notification', userId });
}

/**
 * Alerts that a daily job raises again and again while the situation lasts (behind pace, stale
 * deals): notify only those who have not had the same alert (kind and link) since `since`.
 */
export async function notifyUnlessSentSince(ctx: AppContext, notices: Notice[], since: Date): Promise<number> {
  if (notices.length === 0) return 0;
  const sent = await repo.sentSince(ctx.db, [...new Set(notices.map((n) => n.kind))], since);
  const fresh = notices.filter((n) => !sent.has(`${n.userId}|${n.kind}|${n.link ?? ''}`));
  await notify(ctx, fresh);
  return fresh.length;
}

export async function listNotifications(ctx: AppContext, userId: string) {
  const [items, unread] = await Promise.all([repo.listFor(ctx.db, userId, 50), repo.unreadCount(ctx.db, userId)]);
  return {
    unread,
    items: items.map((n) => ({
      id: n.id,
      kind: n.kind,
      data: n.data as Record<string, unknown>,
      link: n.link,
      read: n.readAt !== null,
      createdAt: n.createdAt.toISOString(),
    })),
  };
}

export async function markRead(ctx: AppContext, userId: string, id: string | null) {
  await repo.markRead(ctx.db, userId, id, ctx.clock.now());
}

/** Errors that mean the mail server cannot be reached: stop this run and try again later. */
const unreachable = new Set(['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ECONNREFUSED']);
export function mailServerUnreachable(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' && unreachable.has(code);
}

/**
 * Scheduled, when SMTP is configured: e-mail what the notification centre shows, in each person's
 * language, with the link. Notifications are claimed and committed first and sent after, outside
 * any transaction; one that fails is given back and tried again (five times, for a day).
 */
export async function emailNotifications(ctx: AppContext): Promise<number> {
  const mailer = ctx.mailer;
  if (!mailer) return 0;
  const now = ctx.clock.now();
  const base = publicBaseUrl(ctx.config);
  const claimed = await inTransaction(ctx, (tx) => repo.claimUnsent(tx.db, new Date(now.getTime() - 86_400_000), now, 100));
  let sent = 0;
  for (const [i, n] of claimed.entries()) {
    const mail = notificationMail(n.kind, n.data, n.locale, n.link ? `${base}${n.link}` : null);
    try {
      await mailer.send({ to: n.email, ...mail });
      sent++;
    } catch (err) {
      ctx.log.warn({ err, notification: n.id }, 'could not e-mail a notification; will try again');
      await repo.releaseClaim(ctx.db, [n.id], true);
      if (mailServerUnreachable(err)) {
        await repo.releaseClaim(
          ctx.db,
          claimed.slice(i + 1).map((c) => c.id),
          false,
        );
        break;
      }
    }
  }
  return sent;
}
