import type { z } from 'zod';
import type { NotificationList } from '@contract/handoffs';
import { api } from '../../shared/api/client';

export type NotificationListData = z.infer<typeof NotificationList>;
export type NotificationItem = NotificationListData['items'][number];

export const notificationsApi = {
  list: (signal?: AbortSignal) => api.get<NotificationListData>('/api/notifications', undefined, signal),
  readAll: () => api.post<{ ok: true }>('/api/notifications/read'),
  read: (id: string) => api.post<{ ok: true }>(`/api/notifications/${id}/read`),
};

const kinds = [
  'received',
  'accepted',
  'declined',
  'contacted',
  'meeting_held',
  'opportunity_created',
  'not_relevant',
  'reminder',
  'escalated',
  'behind_pace',
  'stale',
  'timed_out',
  'due',
  'mention',
  'visit_proposed',
  'visit_planned',
  'visit_accepted',
  'visit_change_requested',
  'visit_cancelled',
  'visit_record_missing',
  'follow_up',
  'taking_part',
  'listener',
  'withdrawn',
  'signal_product_interest',
  'signal_returning_decision_maker',
  'paused',
  'held',
  'outside_opportunity',
  'outside_meeting',
  'review_due',
  'renewal_due',
  'one_to_one_due',
] as const;
const leadKinds = ['handed', 'reminder', 'breached', 'accepted', 'rejected', 'converted', 'assigned', 'at_your_account'] as const;
export type NotificationKind = (typeof kinds)[number] | `lead_${(typeof leadKinds)[number]}` | 'other';

/** `handoff.accepted` → `accepted`, `targets.behind_pace` → `behind_pace`; kinds this version does not know yet → `other`. */
export function kindOf(kind: string): NotificationKind {
  if (kind.startsWith('lead.')) {
    const lead = leadKinds.find((k) => k === kind.slice('lead.'.length));
    return lead ? `lead_${lead}` : 'other';
  }
  if (kind === 'one_to_one.due') return 'one_to_one_due'; // not a task's 'due'
  // joint visits share step names with handoffs ('accepted'): theirs are told apart by a prefix
  if (kind.startsWith('signals.')) return kinds.find((k) => k === `signal_${kind.slice('signals.'.length)}`) ?? 'other';
  const short = kind.startsWith('joint_visit.') ? `visit_${kind.slice('joint_visit.'.length)}` : kind.slice(kind.indexOf('.') + 1);
  return kinds.find((k) => k === short) ?? 'other';
}

const text = (v: unknown) => (typeof v === 'string' && v ? v : null);
const num = (v: unknown) => (typeof v === 'number' ? v : 0);

/** The parameters of a notification's sentence. */
export function paramsOf(n: NotificationItem) {
  return {
    progress: num(n.data.progress),
    elapsed: num(n.data.elapsed),
    count: num(n.data.count),
    title: text(n.data.title) ?? '',
    by: text(n.data.by) ?? '',
    product: text(n.data.product) ?? '',
    seller: text(n.data.seller) ?? '',
  };
}

/** The line under the sentence: which customer and who (a handoff), or which seller (behind pace). */
export function detailOf(n: NotificationItem): string | null {
  const parts = [text(n.data.accountName) ?? text(n.data.company), text(n.data.name), text(n.data.by) ?? text(n.data.seller)].filter(
    (p): p is string => p !== null,
  );
  return parts.length ? parts.join(' · ') : null;
}
