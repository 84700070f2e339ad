import type { Handoff } from './api';

export type HandoffStatus = Handoff['status'];
export type ReportStatus = Exclude<HandoffStatus, 'sent'>;

/** What a receiver may report next (mirrors server/domain/handoffs.ts; the server still decides). */
const next: Record<HandoffStatus, readonly ReportStatus[]> = {
  sent: ['accepted', 'declined'],
  accepted: ['contacted', 'meeting_held', 'opportunity_created', 'not_relevant'],
  contacted: ['meeting_held', 'opportunity_created', 'not_relevant'],
  meeting_held: ['opportunity_created', 'not_relevant'],
  declined: [],
  opportunity_created: [],
  not_relevant: [],
};
export const allowedNext = (status: HandoffStatus) => next[status];

/** Declining and "not relevant" need a reason, so the giver learns from it. */
export const needsReason = (status: ReportStatus) => status === 'declined' || status === 'not_relevant';

/** The road a tip travels when all goes well. */
export const mainPath: readonly HandoffStatus[] = ['sent', 'accepted', 'contacted', 'meeting_held', 'opportunity_created'];

export const statusColors: Record<HandoffStatus, string> = {
  sent: 'blue',
  accepted: 'cyan',
  declined: 'red',
  contacted: 'indigo',
  meeting_held: 'violet',
  opportunity_created: 'teal',
  not_relevant: 'gray',
};

const statuses = Object.keys(next) as HandoffStatus[];
export const isHandoffStatus = (v: unknown): v is HandoffStatus => typeof v === 'string' && (statuses as string[]).includes(v);
