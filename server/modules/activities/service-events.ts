import { channelOf, type AuditChannel } from '@domain/audit';
import { writeAudits } from '../../platform/audit';
import type { TxContext } from '../../platform/context';
import * as repo from './repo';

/*
 * The timeline's system events, apart from the rest of the activities' use cases so that modules the
 * activities call (coverage) can write events too without an import cycle.
 */

export interface TimelineEvent {
  accountId: string;
  event: string;
  subject: string;
  data?: Record<string, unknown>;
  /** Through which door the change came when the actor does not say (an import). */
  channel?: AuditChannel;
}

/** The record a timeline event is about: the deal, contact, tip, lead or visit it names, else the account. */
function subjectOf(e: TimelineEvent): { entityType: string; entityId: string } {
  const d = e.data ?? {};
  const kind = e.event.slice(0, e.event.indexOf('.'));
  const idOf: Record<string, unknown> = {
    opportunity: d.opportunityId,
    contact: d.contactId,
    handoff: d.handoffId,
    lead: d.leadId,
    joint_visit: d.visitId,
  };
  const id = idOf[kind];
  return typeof id === 'string' ? { entityType: kind, entityId: id } : { entityType: 'account', entityId: e.accountId };
}

/**
 * A system event on the shared timeline, written in the transaction that made the change — and in the
 * audit trail (with the webhooks' outbox) by the same step, so the three never disagree.
 */
export async function recordEvent(
  tx: TxContext,
  actor: { id: string; salesGroupId: string | null; via?: 'session' | 'apiKey' } | null,
  e: TimelineEvent,
) {
  await recordEvents(tx, actor, [{ ...e, at: tx.clock.now() }]);
}

/** Events on their own moments (imported history), in one statement per few thousand. */
export async function recordEvents(
  tx: TxContext,
  actor: { id: string; salesGroupId: string | null; via?: 'session' | 'apiKey' } | null,
  events: readonly (TimelineEvent & { at: Date })[],
) {
  await repo.insertActivities(
    tx.db,
    events.map((e) => ({
      accountId: e.accountId,
      type: 'event' as const,
      subject: e.subject,
      event: e.event,
      data: e.data ?? {},
      occurredAt: e.at,
      authorId: actor?.id ?? null,
      salesGroupId: actor?.salesGroupId ?? null,
    })),
  );
  await writeAudits(
    tx.db,
    events.map((e) => ({
      actorId: actor?.id ?? null,
      action: e.event,
      ...subjectOf(e),
      data: { accountId: e.accountId, ...e.data },
      channel: e.channel ?? channelOf(actor),
      at: e.at,
    })),
  );
}
