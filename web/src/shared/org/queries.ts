import { useQuery } from '@tanstack/react-query';
import type { Market, SalesGroup } from '@contract/org';
import { api } from '../api/client';
import { queryKeys } from '../api/queryKeys';

const LONG = 10 * 60_000;

/** The organisation's sales groups: they change seldom. */
export function useSalesGroups() {
  return useQuery({
    queryKey: queryKeys.salesGroups,
    queryFn: ({ signal }) => api.get<SalesGroup[]>('/api/sales-groups', undefined, signal),
    staleTime: LONG,
  });
}

export function useMarkets() {
  return useQuery({
    queryKey: queryKeys.markets,
    queryFn: ({ signal }) => api.get<Market[]>('/api/markets', undefined, signal),
    staleTime: LONG,
  });
}
