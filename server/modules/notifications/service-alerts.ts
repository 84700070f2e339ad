/** Deviation alerts (K2): a person's choices of where each alert goes, and the daily digest by e-mail. */
import type { AlertPreferencesView, PutAlertPreferences } from '@contract/alerts';
import { alertKinds, alertNotificationKinds, digestDayAt, preferencesOf } from '@domain/alerts';
import { digestMail } from '@domain/notification-texts';
import { publicBaseUrl } from '../../config';
import type { Actor } from '../../platform/auth';
import { inTransaction, type AppContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import * as repo from './repo-alerts';
import { mailServerUnreachable } from './service';

/** A person's alert choices are theirs alone: not even an admin sets them for someone else. */
function ownOnly(actor: Actor, userId: string) {
  if (actor.id !== userId) throw errors.forbidden('Only the person themselves chooses where their alerts go.');
}

export async function getAlertPreferences(ctx: AppContext, actor: Actor, userId: string): Promise<AlertPreferencesView> {
  ownOnly(actor, userId);
  const chosen = preferencesOf((await repo.preferencesOf(ctx.db, [userId])).get(userId) ?? {});
  return {
    items: alertKinds.map((alert) => ({ alert, ...chosen[alert], kinds: [...alertNotificationKinds[alert]] })),
    emailEnabled: ctx.mailer !== null,
  };
}

export async function putAlertPreferences(
  ctx: AppContext,
  actor: Actor,
  userId: string,
  input: PutAlertPreferences,
): Promise<AlertPreferencesView> {
  ownOnly(actor, userId);
  await inTransaction(ctx, (tx) => repo.savePreferences(tx.db, userId, input.items, ctx.clock.now()));
  return getAlertPreferences(ctx, actor, userId);
}

const DAY_MS = 86_400_000;

/**
 * Scheduled, when SMTP is configured: each person who chose the digest for some alerts gets one
 * e-mail a day with the alerts of the day before (and any earlier ones not yet sent, up to a week),
 * in their language. The day's digest is recorded before it is sent, so it never goes out twice;
 * one that fails is given back and tried again on the next run.
 */
export async function sendDigests(ctx: AppContext): Promise<number> {
  const mailer = ctx.mailer;
  if (!mailer) return 0;
  const now = ctx.clock.now();
  const day = digestDayAt(now);
  const until = new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS);
  const claimed = await inTransaction(ctx, (tx) => repo.claimDigests(tx.db, day, new Date(until.getTime() - 7 * DAY_MS), until, now));
  const byUser = new Map<string, repo.DigestItem[]>();
  for (const c of claimed) byUser.set(c.userId, [...(byUser.get(c.userId) ?? []), c]);
  const base = publicBaseUrl(ctx.config);
  let sent = 0;
  const users = [...byUser.entries()];
  for (const [i, [userId, items]] of users.entries()) {
    const first = items[0]!;
    const mail = digestMail(
      day,
      items.map((n) => ({ kind: n.kind, params: n.data, url: n.link ? `${base}${n.link}` : null })),
      first.locale,
    );
    try {
      await mailer.send({ to: first.email, ...mail });
      sent++;
    } catch (err) {
      ctx.log.warn({ err, userId, day }, 'could not e-mail a daily digest; will try again');
      const giveBack = mailServerUnreachable(err) ? users.slice(i) : [[userId, items] as const];
      for (const [u, its] of giveBack)
        await repo.releaseDigest(
          ctx.db,
          u,
          day,
          its.map((n) => n.id),
        );
      if (giveBack.length > 1) break;
    }
  }
  return sent;
}
