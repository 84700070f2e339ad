/**
 * Handoff feedback (D3): the receiver answers (accept or decline with a reason), then reports back
 * as it goes — contacted, meeting held, opportunity created, or not relevant. Won and lost follow
 * from the linked opportunity. A handoff past its due date is chased: first a reminder to the
 * receiver, then, `escalateAfterDays` working days later, an escalation to the receiving group's leader.
 */
import { addWorkingDays } from './working-days';

export type HandoffStatus = 'sent' | 'accepted' | 'declined' | 'contacted' | 'meeting_held' | 'opportunity_created' | 'not_relevant';

const next: Record<HandoffStatus, HandoffStatus[]> = {
  sent: ['accepted', 'declined'],
  accepted: ['contacted', 'meeting_held', 'opportunity_created', 'not_relevant'],
  contacted: ['meeting_held', 'opportunity_created', 'not_relevant'],
  meeting_held: ['opportunity_created', 'not_relevant'],
  opportunity_created: [],
  declined: [],
  not_relevant: [],
};

export function allowedNext(status: HandoffStatus): HandoffStatus[] {
  return next[status];
}

/** Statuses that need a reason in words. */
export const needsReason: HandoffStatus[] = ['declined', 'not_relevant'];

/** Still waiting for something from the receiver (an answer or a report). */
export function isOpen(status: HandoffStatus): boolean {
  return next[status].length > 0;
}

export interface ChaseRules {
  respondWithinDays: number;
  reportEveryDays: number;
  escalateAfterDays: number;
}

export const defaultChaseRules: ChaseRules = { respondWithinDays: 5, reportEveryDays: 10, escalateAfterDays: 2 };

/** When the next answer or report is due after entering `status` at `at`. */
export function dueAfter(status: HandoffStatus, at: Date, rules: ChaseRules = defaultChaseRules): Date {
  return addWorkingDays(at, status === 'sent' ? rules.respondWithinDays : rules.reportEveryDays);
}

export type ChaseAction = 'remind' | 'escalate' | null;

/** What to do now about an open handoff: nothing, remind the receiver, or escalate to their leader. */
export function chaseAction(
  h: { status: HandoffStatus; dueAt: Date; remindedAt: Date | null; escalatedAt: Date | null },
  now: Date,
  rules: ChaseRules = defaultChaseRules,
): ChaseAction {
  if (!isOpen(h.status) || now < h.dueAt) return null;
  if (!h.remindedAt) return 'remind';
  if (!h.escalatedAt && now >= addWorkingDays(h.remindedAt, rules.escalateAfterDays)) return 'escalate';
  return null;
}
