import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Market, SalesGroup } from '@contract/org';
import type { UserPage } from '@contract/users';
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

/** Active colleagues (the first 200), for the owner and seller filters and pickers. */
export function useActiveUsers() {
  return useQuery({
    queryKey: queryKeys.activeUsers,
    queryFn: ({ signal }) => api.get<z.infer<typeof UserPage>>('/api/users', { pageSize: 200, active: 'true' }, signal),
    staleTime: LONG,
  });
}
