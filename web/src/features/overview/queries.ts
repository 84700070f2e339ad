import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { overviewApi, type OverviewQuery, type RenewalsFilter, type WinsFilter } from './api';

/** Everything under `overview` refreshes together when an opportunity is won (see useLiveOverview). */
export const overviewKeys = {
  all: ['overview'] as const,
  overview: (query: OverviewQuery) => ['overview', 'kpis', query] as const,
  wins: (filter: WinsFilter) => ['overview', 'wins', filter] as const,
  renewals: (filter: RenewalsFilter) => ['overview', 'renewals', filter] as const,
};

export function useOverview(query: OverviewQuery) {
  return useQuery({
    queryKey: overviewKeys.overview(query),
    queryFn: ({ signal }) => overviewApi.overview(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useWins(filter: WinsFilter) {
  return useQuery({
    queryKey: overviewKeys.wins(filter),
    queryFn: ({ signal }) => overviewApi.wins(filter, signal),
    placeholderData: keepPreviousData,
  });
}

export function useRenewals(filter: RenewalsFilter) {
  return useQuery({
    queryKey: overviewKeys.renewals(filter),
    queryFn: ({ signal }) => overviewApi.renewals(filter, signal),
    placeholderData: keepPreviousData,
  });
}
