import { keepPreviousData, useQuery } from '@tanstack/react-query';
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
