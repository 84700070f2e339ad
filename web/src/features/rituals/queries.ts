import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { IndustryCode } from '@domain/industries';
import { ritualsApi, type VisitData } from './api';

export const ritualKeys = {
  all: ['rituals'] as const,
  schemes: ['rituals', 'schemes'] as const,
  scheme: (id: string) => ['rituals', 'schemes', id] as const,
  visits: (query: object) => ['rituals', 'visits', query] as const,
  visit: (id: string) => ['rituals', 'visit', id] as const,
  meetings: (id: string) => ['rituals', 'visit', id, 'meetings'] as const,
  results: (schemeId: string) => ['rituals', 'results', schemeId] as const,
  feed: ['rituals', 'feed'] as const,
  summary: ['rituals', 'summary'] as const,
  seminars: (when: string) => ['rituals', 'seminars', when] as const,
  seminar: (id: string) => ['rituals', 'seminar', id] as const,
  rounds: (query: object) => ['rituals', 'rounds', query] as const,
  round: (id: string) => ['rituals', 'round', id] as const,
};

export const useSchemes = () => useQuery({ queryKey: ritualKeys.schemes, queryFn: ({ signal }) => ritualsApi.schemes(signal) });
export const useScheme = (id: string) =>
  useQuery({ queryKey: ritualKeys.scheme(id), queryFn: ({ signal }) => ritualsApi.scheme(id, signal) });
export const useVisits = (query: { mine?: boolean; schemeId?: string; period?: string }) =>
  useQuery({ queryKey: ritualKeys.visits(query), queryFn: ({ signal }) => ritualsApi.visits(query, signal) });
export const useVisit = (id: string) => useQuery({ queryKey: ritualKeys.visit(id), queryFn: ({ signal }) => ritualsApi.visit(id, signal) });
export const usePlannedMeetings = (id: string, enabled: boolean) =>
  useQuery({ queryKey: ritualKeys.meetings(id), queryFn: ({ signal }) => ritualsApi.plannedMeetings(id, signal), enabled });
export const useResults = (schemeId: string) =>
  useQuery({ queryKey: ritualKeys.results(schemeId), queryFn: ({ signal }) => ritualsApi.results({ schemeId }, signal) });
export const useFeed = () => useQuery({ queryKey: ritualKeys.feed, queryFn: ({ signal }) => ritualsApi.feed(signal) });

/** Any change to rituals refreshes them all (a visit shows in the lists, the scheme and the results). */
export function useRitualMutation<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: ritualKeys.all }) });
}

export const useVisitAction = <I>(fn: (id: string, input: I) => Promise<VisitData>, id: string) =>
  useRitualMutation((input: I) => fn(id, input));

export const useSummary = () => useQuery({ queryKey: ritualKeys.summary, queryFn: ({ signal }) => ritualsApi.summary(signal) });
export const useSeminars = (when: 'upcoming' | 'past') =>
  useQuery({ queryKey: ritualKeys.seminars(when), queryFn: ({ signal }) => ritualsApi.seminars(when, signal) });
export const useSeminar = (id: string) =>
  useQuery({ queryKey: ritualKeys.seminar(id), queryFn: ({ signal }) => ritualsApi.seminar(id, signal) });
export const useRounds = (query: { q?: string; industry?: IndustryCode }) =>
  useQuery({ queryKey: ritualKeys.rounds(query), queryFn: ({ signal }) => ritualsApi.rounds(query, signal) });
export const useRound = (id: string) => useQuery({ queryKey: ritualKeys.round(id), queryFn: ({ signal }) => ritualsApi.round(id, signal) });
