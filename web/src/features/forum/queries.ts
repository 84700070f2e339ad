import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../shared/api/queryKeys';
import { forumsApi, type NewForum, type NewMeeting } from './api';

export const forumKeys = {
  all: queryKeys.forums,
  agenda: (id: string) => [...queryKeys.forums, id, 'agenda'] as const,
  meetings: (id: string) => [...queryKeys.forums, id, 'meetings'] as const,
};

export function useForums() {
  return useQuery({ queryKey: forumKeys.all, queryFn: ({ signal }) => forumsApi.list(signal) });
}

export function useAgenda(id: string) {
  return useQuery({ queryKey: forumKeys.agenda(id), queryFn: ({ signal }) => forumsApi.agenda(id, signal) });
}

export function useMeetings(id: string) {
  return useQuery({ queryKey: forumKeys.meetings(id), queryFn: ({ signal }) => forumsApi.meetings(id, signal) });
}

export function useCreateForum() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewForum) => forumsApi.create(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: forumKeys.all }),
  });
}

/** Recording a meeting starts the next agenda from that day. */
export function useRecordMeeting(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewMeeting) => forumsApi.record(id, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: forumKeys.all }),
  });
}
