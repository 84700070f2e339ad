/**
 * Renewal due (K2): a scheduled job tells a customer's seller — the won deal's owner, and the account's
 * owner when another person — that an agreement ends within 60 or 30 days (domain/renewal-alerts.ts),
 * once per agreement and threshold. The alert goes where each person chose (domain/alerts.ts `renewal_due`).
 */
import { DEFAULT_RENEWAL_ALERT_DAYS, daysUntil, thresholdsCrossed } from '@domain/renewal-alerts';
import { inTransaction, type AppContext } from '../../platform/context';
import { notify, type Notice } from '../notifications/service';
import * as repo from './repo-renewals';

const DAY_MS = 86_400_000;

/** Scheduled: alert the renewals that reached a threshold since the last run; how many alerts were raised. */
export async function alertRenewalsDue(ctx: AppContext, thresholds: readonly number[] = DEFAULT_RENEWAL_ALERT_DAYS): Promise<number> {
  if (thresholds.length === 0) return 0;
  return inTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    const today = now.toISOString().slice(0, 10);
    const until = new Date(now.getTime() + Math.max(...thresholds) * DAY_MS).toISOString().slice(0, 10);
    const due = (await repo.agreementsEnding(tx.db, today, until)).map((a) => ({
      ...a,
      daysLeft: daysUntil(today, a.endsOn),
      crossed: thresholdsCrossed(daysUntil(today, a.endsOn), thresholds),
    }));
    // every threshold reached is spent at once; the tightest one is the alert
    const claimed = await repo.claimRenewalAlerts(
      tx.db,
      due.flatMap((a) => a.crossed.map((days) => ({ opportunityId: a.opportunityId, endsOn: a.endsOn, days }))),
      now,
    );
    const notices: Notice[] = due.flatMap((a) => {
      const days = a.crossed[0];
      if (days === undefined || !claimed.has(`${a.opportunityId}:${days}`)) return [];
      const data = { accountName: a.accountName, name: a.name, endsOn: a.endsOn, count: a.daysLeft };
      const people = [...new Set([a.sellerId, a.accountOwnerId].filter((id): id is string => id !== null))];
      return people.map((userId) => ({ userId, kind: 'opportunities.renewal_due', data, link: `/accounts/${a.accountId}` }));
    });
    await notify(tx, notices);
    return notices.length;
  });
}
