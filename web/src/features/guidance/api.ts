import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Guidance } from '@contract/guidance';
import type { TourKey } from '@domain/guidance';
import { api } from '../../shared/api/client';
import { useSession } from '../../shared/session/session';

const key = ['guidance'];
const base = (userId: string) => `/api/users/${userId}/guidance`;

/** The signed-in person's tours seen and the releases they have not read about (kept on the server). */
export function useGuidance() {
  const me = useSession();
  return useQuery({
    queryKey: key,
    queryFn: ({ signal }) => api.get<Guidance>(base(me.user.id), undefined, signal),
    staleTime: Infinity,
  });
}

export function useTourSeen() {
  const me = useSession();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (tour: TourKey) => api.put<Guidance>(`${base(me.user.id)}/tours/${tour}`, { seen: true }),
    onSuccess: (data) => client.setQueryData(key, data),
  });
}

export function useAcknowledgeRelease() {
  const me = useSession();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (version: string) => api.put<Guidance>(`${base(me.user.id)}/release`, { version }),
    onSuccess: (data) => client.setQueryData(key, data),
  });
}
