import { notificationMail } from '../../domain/notification-texts';
import type { AppContext } from '../../platform/context';
import { publish } from '../live/service';
import * as repo from './repo';

export interface Notice {
  userId: string;
  kind: string;
  data: Record<string, unknown>;
  link?: string;
}

/** Notify people in-app; call it with the transaction of the change that warrants it. */
export async function notify(ctx: AppContext, notices: Notice[]): Promise<void> {
  const unique = new Map(notices.map((n) => [`${n.userId}|${n.kind}|${JSON.stringify(n.data)}`, n]));
  await repo.insertNotifications(
    ctx.db,
    [...unique.values()].map((n) => ({ ...n, link: n.link ?? null, createdAt: ctx.clock.now() })),
  );
  for (const userId of new Set(notices.map((n) => n.userId))) await publish(ctx, { type: 'notification', userId });
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

/**
 * Scheduled, when SMTP is configured: e-mail what the notification centre shows, in each person's
 * language, with the link. A notification older than a day is not sent any more; one that fails is
 * tried again on the next run.
 */
export async function emailNotifications(ctx: AppContext): Promise<number> {
  const mailer = ctx.mailer;
  if (!mailer) return 0;
  const now = ctx.clock.now();
  const base = (ctx.config.PUBLIC_URL ?? `http://localhost:${ctx.config.PORT}`).replace(/\/$/, '');
  let sent = 0;
  for (const n of await repo.unsent(ctx.db, new Date(now.getTime() - 86_400_000), 200)) {
    const mail = notificationMail(n.kind, n.data as Record<string, unknown>, n.locale, n.link ? `${base}${n.link}` : null);
    try {
      await mailer.send({ to: n.email, ...mail });
    } catch (err) {
      ctx.log.warn({ err, notification: n.id }, 'could not e-mail a notification; will try again');
      continue;
    }
    await repo.markEmailed(ctx.db, n.id, now);
    sent++;
  }
  return sent;
}
