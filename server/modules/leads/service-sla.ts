import type { z } from 'zod';
import type { SlaReport, SlaReportQuery } from '@contract/leads';
import { answeredInTime, slaAction } from '@domain/leads';
import { isoWeek } from '@domain/rituals';
import { workingHoursBetween } from '@domain/working-days';
import { inTransaction, type AppContext } from '../../platform/context';
import { recordEvent } from '../activities/service';
import { notify } from '../notifications/service';
import * as repo from './repo';

// The sales–marketing agreement (K2): chasing a handed lead before and after its deadline, and the report of how it is kept.

/** Scheduled: remind sales before a handed lead's deadline, and tell the group's leader when it passes unanswered. */
export async function chaseLeads(ctx: AppContext): Promise<{ reminded: number; breached: number }> {
  const now = ctx.clock.now();
  let reminded = 0;
  let breached = 0;
  for (const lead of await repo.slaCandidates(ctx.db, now)) {
    const action = slaAction(lead, now);
    if (!action || !lead.salesGroupId) continue;
    const salesGroupId = lead.salesGroupId;
    const data = { leadId: lead.id, name: lead.name, company: lead.company, dueAt: lead.dueAt?.toISOString() ?? null };
    const link = `/leads/${lead.id}`;
    await inTransaction(ctx, async (tx) => {
      if (action === 'remind') {
        const to = lead.assignedUserId ? [lead.assignedUserId] : await repo.groupSellers(tx.db, salesGroupId, lead.marketId);
        await notify(
          tx,
          to.map((userId) => ({ userId, kind: 'lead.reminder', data, link })),
        );
        await repo.updateLead(tx.db, lead.id, { remindedAt: now }, now);
        reminded++;
      } else {
        const leader = await repo.groupLeader(tx.db, salesGroupId);
        const to = [leader, lead.ownerId].filter((x): x is string => !!x);
        await notify(
          tx,
          to.map((userId) => ({ userId, kind: 'lead.breached', data, link })),
        );
        await repo.updateLead(tx.db, lead.id, { breachedAt: now, remindedAt: lead.remindedAt ?? now }, now);
        if (lead.accountId) {
          await recordEvent(tx, null, {
            accountId: lead.accountId,
            event: 'lead.sla_breached',
            subject: `Lead ${lead.name} not answered in time`,
            data: { leadId: lead.id, name: lead.name },
          });
        }
        breached++;
      }
    });
  }
  return { reminded, breached };
}

const median = (xs: number[]) => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Per sales group or seller: leads handed, accepted in time and late, rejected (by reason), overdue, and the median time to accept. */
export async function slaReport(ctx: AppContext, query: z.infer<typeof SlaReportQuery>): Promise<z.infer<typeof SlaReport>> {
  const now = ctx.clock.now();
  const rows = await repo.handings(ctx.db, query.from, query.to);
  const by = new Map<string, { id: string | null; name: string | null; week: string | null; rows: typeof rows }>();
  for (const r of rows) {
    const id = query.by === 'seller' ? r.sellerId : r.salesGroupId;
    const name = query.by === 'seller' ? r.sellerName : r.groupName;
    const week = query.per === 'week' ? isoWeek(new Date(r.handedAt)) : null;
    const key = `${id ?? '-'}|${week ?? ''}`;
    const entry = by.get(key) ?? { id, name, week, rows: [] };
    entry.rows.push(r);
    by.set(key, entry);
  }
  const date = (d: string | Date | null) => (d === null ? null : new Date(d));
  return {
    rows: [...by.values()]
      .sort((a, b) => (b.week ?? '').localeCompare(a.week ?? '') || (a.name ?? '').localeCompare(b.name ?? ''))
      .map((e) => {
        const accepted = e.rows.filter((r) => r.answer === 'accepted');
        const inTime = accepted.filter((r) => r.dueAt && answeredInTime(date(r.answeredAt)!, date(r.dueAt)!));
        const rejected = e.rows.filter((r) => r.answer === 'rejected');
        const waiting = e.rows.filter((r) => !r.answer);
        const byReason: Record<string, number> = {};
        for (const r of rejected) byReason[r.reason ?? 'other'] = (byReason[r.reason ?? 'other'] ?? 0) + 1;
        const hours = median(accepted.map((r) => workingHoursBetween(date(r.handedAt)!, date(r.answeredAt)!)));
        return {
          id: e.id,
          name: e.name,
          week: e.week,
          handed: e.rows.length,
          acceptedInTime: inTime.length,
          acceptedLate: accepted.length - inTime.length,
          rejected: rejected.length,
          overdue: waiting.filter((r) => r.dueAt && date(r.dueAt)! <= now).length,
          waiting: waiting.length,
          rejectedByReason: byReason,
          medianHoursToAccept: hours === null ? null : Math.round(hours * 10) / 10,
        };
      }),
  };
}
