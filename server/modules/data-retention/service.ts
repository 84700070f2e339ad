/**
 * Data retention (L5): the admin's rules of how long data about people is kept, and the scheduled
 * job that anonymises or deletes what is older, with an audit entry and the count for each rule.
 */
import type { PutRetentionRules, RetentionRules } from '@contract/data-retention';
import { cutoffOf, keepsLongerThan, retentionActions, retentionKinds, type RetentionKind } from '@domain/data-retention';
import { writeAudit } from '../../platform/audit';
import type { Actor } from '../../platform/auth';
import { inTransaction, type AppContext, type TxContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import { getSettings as signalSettings, pruneVisitsBefore } from '../signals/service';
import * as repo from './repo';

/** What each kind's rule does to the rows before its cutoff; how many. */
const applyKind: Record<RetentionKind, (tx: TxContext, cutoff: Date) => Promise<number>> = {
  unconverted_leads: (tx, cutoff) => repo.apply.unconverted_leads(tx.db, cutoff),
  notifications: (tx, cutoff) => repo.apply.notifications(tx.db, cutoff),
  website_visits: (tx, cutoff) => pruneVisitsBefore(tx, cutoff),
};

export async function listRules(ctx: AppContext): Promise<RetentionRules> {
  const rows = await repo.listRules(ctx.db);
  const byKind = new Map(rows.map((r) => [r.kind, r]));
  return {
    items: retentionKinds.map((kind) => {
      const r = byKind.get(kind);
      return {
        kind,
        action: retentionActions[kind],
        months: r?.months ?? null,
        lastRunAt: r?.lastRunAt?.toISOString() ?? null,
        lastCount: r?.lastCount ?? null,
      };
    }),
  };
}

/** Set the rules given (null: keep that kind); each change is in the audit trail. */
export async function putRules(ctx: AppContext, actor: Actor, input: PutRetentionRules): Promise<RetentionRules> {
  const visits = input.items.findIndex((i) => i.kind === 'website_visits');
  const months = input.items[visits]?.months;
  if (months != null) {
    const { quietDays } = await signalSettings(ctx);
    if (!keepsLongerThan(months, quietDays))
      throw errors.invalid('Keep website visits longer than the signals’ quiet period, or no one can ever return.', [
        { path: `body.items.${visits}.months`, message: `more than ${quietDays} days` },
      ]);
  }
  await inTransaction(ctx, async (tx) => {
    const before = new Map((await repo.listRules(tx.db)).map((r) => [r.kind, r.months]));
    const now = tx.clock.now();
    for (const item of input.items) {
      const from = before.get(item.kind) ?? null;
      if (from === item.months) continue;
      await repo.putRule(tx.db, item.kind, item.months, actor.id, now);
      await writeAudit(tx.db, {
        actorId: actor.id,
        action: 'data_retention.rule_changed',
        entityType: 'data_retention',
        entityId: item.kind,
        changes: [{ field: 'months', from, to: item.months }],
        at: now,
      });
    }
  });
  return listRules(ctx);
}

/**
 * Scheduled: apply every rule that is set, each in its own transaction with its audit entry (by the
 * job, with the count and the cutoff) — so one kind's failure does not hold back the others.
 */
export async function applyRetention(ctx: AppContext): Promise<Record<string, number>> {
  const done: Record<string, number> = {};
  for (const rule of await repo.listRules(ctx.db)) {
    done[rule.kind] = await inTransaction(ctx, async (tx) => {
      const now = tx.clock.now();
      const cutoff = cutoffOf(now, rule.months);
      const count = await applyKind[rule.kind](tx, cutoff);
      await repo.recordRun(tx.db, rule.kind, count, now);
      if (count > 0)
        await writeAudit(tx.db, {
          actorId: null,
          action: 'data_retention.applied',
          entityType: 'data_retention',
          entityId: rule.kind,
          data: { action: retentionActions[rule.kind], count, months: rule.months, before: cutoff.toISOString() },
          at: now,
        });
      return count;
    });
  }
  return done;
}
