import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../shared/api/queryKeys';
import { homeApi } from './api';

export function useHome(scope: 'me' | 'team') {
  return useQuery({
    queryKey: [...queryKeys.home, scope],
    queryFn: ({ signal }) => homeApi.get(scope, signal),
    placeholderData: keepPreviousData,
    refetchInterval: 5 * 60_000,
  });
}

const firstStepsKey = [...queryKeys.home, 'first-steps'] as const;

/** The user's first steps: read afresh each time the home page opens, since what they did elsewhere ticks them. */
export function useFirstSteps() {
  return useQuery({ queryKey: firstStepsKey, queryFn: ({ signal }) => homeApi.firstSteps(signal), staleTime: 0, refetchOnMount: 'always' });
}

export function useDismissFirstSteps() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: homeApi.dismissFirstSteps,
    onSuccess: (steps) => client.setQueryData(firstStepsKey, steps),
  });
}
