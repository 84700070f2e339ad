import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { gameApi, type NewSeason, type SeasonChange, type StatementFilter } from './api';

export const gameKeys = {
  all: ['game'] as const,
  seasons: ['game', 'seasons'] as const,
  leaderboard: (id: string) => ['game', id, 'leaderboard'] as const,
  player: (id: string, userId: string) => ['game', id, 'player', userId] as const,
  statement: (id: string, filter: StatementFilter) => ['game', id, 'statement', filter] as const,
  behaviour: (id: string) => ['game', id, 'behaviour'] as const,
};

export function useSeasons() {
  return useQuery({ queryKey: gameKeys.seasons, queryFn: ({ signal }) => gameApi.seasons(signal) });
}

/** The standings are computed from the events; they refresh on live events and every half minute. */
export function useLeaderboard(id: string | null) {
  return useQuery({
    queryKey: gameKeys.leaderboard(id ?? ''),
    queryFn: ({ signal }) => gameApi.leaderboard(id!, signal),
    enabled: id !== null,
    refetchInterval: 30_000,
    placeholderData: keepPreviousData,
  });
}

export function usePlayer(id: string, userId: string) {
  return useQuery({ queryKey: gameKeys.player(id, userId), queryFn: ({ signal }) => gameApi.player(id, userId, signal) });
}

export function useStatement(id: string, filter: StatementFilter, enabled = true) {
  return useQuery({ queryKey: gameKeys.statement(id, filter), queryFn: ({ signal }) => gameApi.statement(id, filter, signal), enabled });
}

export function useBehaviour(id: string, enabled: boolean) {
  return useQuery({ queryKey: gameKeys.behaviour(id), queryFn: ({ signal }) => gameApi.behaviour(id, signal), enabled });
}

export function useSaveSeason() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: NewSeason & { version?: number } }) =>
      id ? gameApi.update(id, input as SeasonChange) : gameApi.create(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: gameKeys.all }),
  });
}

export function usePayout(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (filter: StatementFilter) => gameApi.payout(id, filter),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['game', id, 'statement'] }),
  });
}
