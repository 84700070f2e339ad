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
] as const;
export type NotificationKind = (typeof kinds)[number] | 'other';

/** `handoff.accepted` → `accepted`; kinds this version does not know yet → `other`. */
export function kindOf(kind: string): NotificationKind {
  const short = kind.startsWith('handoff.') ? kind.slice('handoff.'.length) : kind;
  return kinds.find((k) => k === short) ?? 'other';
}
