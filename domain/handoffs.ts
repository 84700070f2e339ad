/**
 * Handoff feedback (D3): the receiver answers (accept or decline with a reason), then reports back
 * as it goes — contacted, meeting held, opportunity created, or not relevant. Won and lost follow
 * from the linked opportunity. A handoff past its due date is chased: first a reminder to the
 * receiver, then, `escalateAfterDays` working days later, an escalation to the receiving group's leader.
 * (The UI calls a handoff a "tip".)
 */
import { addWorkingDays } from './working-days';

export const handoffStatuses = [
  'sent',
  'accepted',
  'declined',
  'contacted',
  'meeting_held',
  'opportunity_created',
  'not_relevant',
  /** The giver took it back while it was open. */
  'withdrawn',
] as const;
export type HandoffStatus = (typeof handoffStatuses)[number];
/** What a receiver can report: every status but the one a handoff starts in and the giver's withdrawal. */
export type ReportStatus = Exclude<HandoffStatus, 'sent' | 'withdrawn'>;
export const reportStatuses = handoffStatuses.filter((s): s is ReportStatus => s !== 'sent' && s !== 'withdrawn');

export const handoffUrgencies = ['low', 'normal', 'high'] as const;
export type HandoffUrgency = (typeof handoffUrgencies)[number];

/** Won or lost, read from the linked opportunity. */
export const handoffOutcomes = ['won', 'lost'] as const;

const next: Record<HandoffStatus, readonly ReportStatus[]> = {
  sent: ['accepted', 'declined'],
  accepted: ['contacted', 'meeting_held', 'opportunity_created', 'not_relevant'],
  contacted: ['meeting_held', 'opportunity_created', 'not_relevant'],
  meeting_held: ['opportunity_created', 'not_relevant'],
  opportunity_created: [],
  declined: [],
  not_relevant: [],
  withdrawn: [],
};

/** The statuses a receiver may report next from `status` (none once the handoff is closed). */
export function allowedNext(status: HandoffStatus): readonly ReportStatus[] {
  return next[status];
}

/** Declining and "not relevant" need a reason in words, so the giver learns from it. */
export function needsReason(status: HandoffStatus): boolean {
  return status === 'declined' || status === 'not_relevant';
}

/** Still waiting for something from the receiver (an answer or a report). */
export function isOpen(status: HandoffStatus): boolean {
  return next[status].length > 0;
}

/** The open statuses, for queries. */
export const openHandoffStatuses = handoffStatuses.filter(isOpen);
/** An answer: the receiver accepted or declined. */
export const answerStatuses = next.sent;
/** A report back after accepting: what came of it. */
export const reportBackStatuses = next.accepted;

/**
 * What an update tells about its handoff, kept on the handoff for the ledger and the overview: an
 * answer (the first one's time is the response time), an acceptance, a report back.
 */
export function updateFacts(status: HandoffStatus): { answers: boolean; accepts: boolean; reports: boolean } {
  return {
    answers: (answerStatuses as readonly HandoffStatus[]).includes(status),
    accepts: status === 'accepted',
    reports: (reportBackStatuses as readonly HandoffStatus[]).includes(status),
  };
}

/** The road a handoff travels when all goes well. */
export const mainPath: readonly HandoffStatus[] = ['sent', 'accepted', 'contacted', 'meeting_held', 'opportunity_created'];

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

/** Open and past its due date. */
export function isOverdue(h: { status: HandoffStatus; dueAt: Date }, now: Date): boolean {
  return isOpen(h.status) && now >= h.dueAt;
}

export type ChaseAction = 'remind' | 'escalate';

/**
 * What to do now about an open handoff: remind the receiver once it is overdue, and escalate to
 * the receiving group's leader once it is `escalateAfterDays` working days past its due date —
 * both at once for one long overdue (a tip a month late reaches the leader on the first run).
 */
export function chaseActions(
  h: { status: HandoffStatus; dueAt: Date; remindedAt: Date | null; escalatedAt: Date | null },
  now: Date,
  rules: ChaseRules = defaultChaseRules,
): ChaseAction[] {
  if (!isOverdue(h, now)) return [];
  const actions: ChaseAction[] = [];
  if (!h.remindedAt) actions.push('remind');
  if (!h.escalatedAt && now >= addWorkingDays(h.dueAt, rules.escalateAfterDays)) actions.push('escalate');
  return actions;
}
