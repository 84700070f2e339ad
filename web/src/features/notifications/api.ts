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
] as const;
export type NotificationKind = (typeof kinds)[number] | 'other';

/** `handoff.accepted` → `accepted`, `targets.behind_pace` → `behind_pace`; kinds this version does not know yet → `other`. */
export function kindOf(kind: string): NotificationKind {
  const short = kind.slice(kind.indexOf('.') + 1);
  return kinds.find((k) => k === short) ?? 'other';
}

const text = (v: unknown) => (typeof v === 'string' && v ? v : null);
const num = (v: unknown) => (typeof v === 'number' ? v : 0);

/** The parameters of a notification's sentence. */
export function paramsOf(n: NotificationItem) {
  return { progress: num(n.data.progress), elapsed: num(n.data.elapsed), count: num(n.data.count) };
}

/** The line under the sentence: which customer and who (a tip), or which seller (behind pace). */
export function detailOf(n: NotificationItem): string | null {
  const parts = [text(n.data.accountName), text(n.data.by) ?? text(n.data.seller)].filter((p): p is string => p !== null);
  return parts.length ? parts.join(' · ') : null;
}
