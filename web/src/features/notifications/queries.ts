import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../shared/api/queryKeys';
import { useLiveEvents } from '../../shared/live/useLiveEvents';
import { notificationsApi, type NotificationListData } from './api';

/** How often the bell asks for news when the live stream is down. */
const POLL = 60_000;

/** The bell's list: fetched at once when the server says there is something new for you, polled as a fallback. */
export function useNotifications() {
  const queryClient = useQueryClient();
  useLiveEvents((event) => {
    if (event.type === 'notification') void queryClient.invalidateQueries({ queryKey: queryKeys.notifications });
  });
  return useQuery({
    queryKey: queryKeys.notifications,
    queryFn: ({ signal }) => notificationsApi.list(signal),
    refetchInterval: POLL,
    staleTime: POLL / 2,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string | null) => (id ? notificationsApi.read(id) : notificationsApi.readAll()),
    onMutate: (id) =>
      queryClient.setQueryData<NotificationListData>(queryKeys.notifications, (data) => {
        if (!data) return data;
        const items = data.items.map((n) => (id === null || n.id === id ? { ...n, read: true } : n));
        return { items, unread: items.filter((n) => !n.read).length };
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.notifications }),
  });
}
