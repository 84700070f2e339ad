import type { Home } from '@contract/home';
import { isLeader, type Viewer } from '@domain/access';
import { defaultAgingRules } from '@domain/pipeline/aging';
import { addDays } from '@domain/tasks';
import type { AppContext } from '../../platform/context';
import { openTasksDueBy, today as todayOf } from '../tasks/service';
import * as repo from './repo';

const DAY = 86_400_000;
/** How far ahead "renewals coming" looks, and how far back "recent" goes. */
const RENEWAL_DAYS = 120;
const RECENT_DAYS = 14;
const iso = (v: string | Date) => new Date(v).toISOString();

function endOfMonth(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
}

/**
 * The home page (a read model): a seller's day — tasks due, tips to answer, deals closing this
 * month or gone quiet, renewals coming, what colleagues did at their customers — or, for a leader,
 * the same over the people they lead with a line per person.
 */
export async function home(ctx: AppContext, viewer: Viewer, scope: 'me' | 'team'): Promise<Home> {
  const now = ctx.clock.now();
  const today = todayOf(ctx);
  const team = scope === 'team' && isLeader(viewer);
  const people = team ? await repo.ledPeople(ctx.db, viewer.leads) : [{ id: viewer.id, name: '' }];
  const ids = people.map((p) => p.id);
  const monthEnd = endOfMonth(today);
  const staleSince = new Date(now.getTime() - defaultAgingRules.staleAfterDays * DAY);
  const [tasks, tips, closing, stale, renewals, recent, figures] = await Promise.all([
    openTasksDueBy(ctx, viewer, team ? 'team' : 'me', addDays(today, 7), 30),
    repo.tipsWaiting(ctx.db, ids, team ? viewer.leads.salesGroupIds : [], 20),
    repo.closingBy(ctx.db, ids, monthEnd, 20),
    repo.staleSince(ctx.db, ids, staleSince, 10),
    repo.renewals(ctx.db, ids, today, addDays(today, RENEWAL_DAYS), 10),
    repo.recentAtCustomers(ctx.db, ids, new Date(now.getTime() - RECENT_DAYS * DAY), 12),
    team ? repo.teamFigures(ctx.db, ids, now, today, monthEnd, staleSince) : Promise.resolve([]),
  ]);
  const deal = (d: repo.DealRow) => ({
    id: d.id,
    name: d.name,
    account: { id: d.accountId, name: d.accountName },
    owner: d.ownerId && d.ownerName ? { id: d.ownerId, name: d.ownerName } : null,
    stageName: d.stageName,
    value: Number(d.value),
    currency: d.currency,
    expectedCloseOn: d.expectedCloseOn,
    pastClose: d.expectedCloseOn !== null && d.expectedCloseOn < today,
    lastActivityAt: d.lastActivityAt ? iso(d.lastActivityAt) : null,
  });
  return {
    scope: team ? 'team' : 'me',
    canViewTeam: isLeader(viewer),
    today,
    tasks: {
      items: tasks.items,
      total: tasks.total,
      overdue: tasks.items.filter((t) => t.state === 'overdue').length,
      dueToday: tasks.items.filter((t) => t.state === 'today').length,
    },
    tips: {
      items: tips.map((h) => ({
        id: h.id,
        account: { id: h.accountId, name: h.accountName },
        status: h.status,
        dueAt: iso(h.dueAt),
        overdue: new Date(h.dueAt).getTime() <= now.getTime(),
        giverName: h.giverName,
        fromGroupName: h.fromGroupName,
        toUserName: h.toUserName,
      })),
      total: tips[0]?.total ?? 0,
    },
    closing: closing.map(deal),
    stale: stale.map(deal),
    renewals: renewals.map((r) => ({
      id: r.id,
      name: r.name,
      account: { id: r.accountId, name: r.accountName },
      ownerName: r.ownerName,
      endsOn: r.endsOn,
      annualValue: Number(r.annualValue),
      currency: r.currency,
    })),
    recent: recent.map((r) => ({
      id: r.id,
      account: { id: r.accountId, name: r.accountName },
      type: r.type,
      subject: r.subject,
      event: r.event,
      data: r.data ?? {},
      occurredAt: iso(r.occurredAt),
      authorName: r.authorName,
    })),
    team: figures,
  };
}
