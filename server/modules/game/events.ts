import { oneOf } from '@domain/people';
import { channels } from '@domain/channels';
import type { GameEvent } from '@domain/game';
import { dueAfter, type HandoffStatus, handoffStatuses } from '@domain/handoffs';
import type { AppContext } from '../../platform/context';
import { reportingConverter } from '../pipeline/service';
import * as repo from './repo';

const iso = (v: string | Date) => new Date(v).toISOString();
const isHandoffStatus = (s: string): s is HandoffStatus => oneOf(handoffStatuses, s);
const channelOf = (c: string | null) => (oneOf(channels, c) ? c : null);

export interface Gathered {
  events: GameEvent[];
  labels: Map<string, string>;
  /** Every answer or report by the receiver, with whether it came in time (the behaviour view). */
  reports: { at: string; onTime: boolean }[];
}

/**
 * The verified events of a period, read from the records as they are now: a tip's acceptance, the
 * opportunity it became and its win; every answer or report the receiver gave within the chase
 * rules' window; meetings people logged; joint visits done and recorded (host and guest); deals won
 * (cross-sell and renewal wins too). Soft-deleted deals and accounts count for nothing, so deleting
 * a won deal takes its points back.
 */
export async function gatherEvents(ctx: AppContext, from: string, to: string): Promise<Gathered> {
  const [accepted, deals, updates, meetings, won, visits, fx] = await Promise.all([
    repo.tipsAccepted(ctx.db, from, to),
    repo.tipDeals(ctx.db, from, to),
    repo.tipUpdates(ctx.db, from, to),
    repo.meetingsLogged(ctx.db, from, to),
    repo.dealsWon(ctx.db, from, to),
    repo.jointVisitsDone(ctx.db, from, to),
    reportingConverter(ctx),
  ]);
  const events: GameEvent[] = [];
  const labels = new Map<string, string>();
  const add = (e: GameEvent, label: string) => {
    events.push(e);
    labels.set(e.key, label);
  };
  for (const a of accepted)
    add(
      {
        key: `handoff:${a.handoffId}:accepted`,
        kind: 'tip_accepted',
        at: iso(a.at),
        actorId: a.actorId,
        giverId: a.giverId,
        receiverId: a.receiverId,
        channel: null,
        salesGroupId: a.salesGroupId,
        source: { type: 'handoff', id: a.handoffId },
      },
      a.accountName,
    );
  for (const d of deals) {
    const base = {
      giverId: d.giverId,
      receiverId: d.ownerId,
      actorId: d.ownerId,
      channel: channelOf(d.channel),
      salesGroupId: d.salesGroupId,
      source: { type: 'handoff' as const, id: d.handoffId },
    };
    add({ ...base, key: `handoff:${d.handoffId}:opportunity`, kind: 'tip_opportunity', at: iso(d.createdAt) }, d.accountName);
    if (d.won && d.closedAt)
      add(
        {
          ...base,
          key: `handoff:${d.handoffId}:won`,
          kind: 'tip_won',
          at: iso(d.closedAt),
          value: fx.toReporting(d.annualValue, d.currency),
        },
        d.accountName,
      );
  }
  const reports: Gathered['reports'] = [];
  let previous = null as { handoffId: string; status: HandoffStatus; at: Date } | null;
  for (const u of updates) {
    if (previous?.handoffId !== u.handoffId) previous = { handoffId: u.handoffId, status: 'sent', at: new Date(u.createdAt) };
    const at = new Date(u.at);
    const byReceiver = u.byUserId !== null && u.byUserId !== u.giverId;
    if (byReceiver && u.status !== 'sent') {
      const onTime = at <= dueAfter(previous.status, previous.at);
      reports.push({ at: at.toISOString(), onTime });
      if (onTime)
        add(
          {
            key: `handoff_update:${u.id}`,
            kind: 'report_on_time',
            at: at.toISOString(),
            actorId: u.byUserId,
            giverId: u.giverId,
            receiverId: u.byUserId,
            channel: null,
            salesGroupId: u.salesGroupId,
            source: { type: 'handoff', id: u.handoffId },
          },
          u.accountName,
        );
    }
    if (isHandoffStatus(u.status)) previous = { handoffId: u.handoffId, status: u.status, at };
  }
  for (const m of meetings)
    add(
      {
        key: `activity:${m.id}`,
        kind: 'meeting_logged',
        at: iso(m.at),
        actorId: m.authorId,
        giverId: null,
        receiverId: null,
        channel: null,
        salesGroupId: m.salesGroupId,
        source: { type: 'activity', id: m.id },
      },
      m.accountName,
    );
  for (const v of visits)
    for (const [side, actorId, salesGroupId] of [
      ['host', v.hostId, v.hostGroupId],
      ['guest', v.guestId, v.guestGroupId],
    ] as const)
      add(
        {
          key: `joint_visit:${v.id}:${side}`,
          kind: 'joint_visit_done',
          at: iso(v.at),
          actorId,
          giverId: null,
          receiverId: null,
          channel: null,
          salesGroupId,
          source: { type: 'visit', id: v.id },
        },
        v.accountName ?? '',
      );
  for (const w of won) {
    const base = {
      at: iso(w.at),
      actorId: w.ownerId,
      giverId: null,
      receiverId: null,
      channel: channelOf(w.channel),
      salesGroupId: w.salesGroupId,
      source: { type: 'opportunity' as const, id: w.id },
      value: fx.toReporting(w.annualValue, w.currency),
    };
    add({ ...base, key: `opportunity:${w.id}:won`, kind: 'opportunity_won' }, w.accountName);
    if (w.channel === 'upsell') add({ ...base, key: `opportunity:${w.id}:cross_sell`, kind: 'cross_sell_won' }, w.accountName);
    if (w.channel === 'renewal') add({ ...base, key: `opportunity:${w.id}:renewal`, kind: 'renewal_won' }, w.accountName);
  }
  return { events, labels, reports };
}

