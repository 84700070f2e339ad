import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { Me } from '@contract/auth';
import { queryKeys } from '../../shared/api/queryKeys';
import { customFilterOf } from '../../shared/custom-fields/form';
import { opportunitiesApi, type OpportunityFilter } from './api';
import { opportunityFilterOf } from './useOpportunityFilter';

export const boardKey = (filter: OpportunityFilter) => [...queryKeys.opportunities.all, 'board', filter] as const;

export const boardQuery = (filter: OpportunityFilter) =>
  queryOptions({ queryKey: boardKey(filter), queryFn: ({ signal }) => opportunitiesApi.board(filter, signal) });

/** The board's filter from its address (custom fields included) and who is looking (a leader's team by default). */
export function boardFilterOf(params: URLSearchParams, me: Me) {
  const { filter, scope } = opportunityFilterOf(params, me);
  return { filter: { ...filter, cf: customFilterOf(params) }, scope };
}

/**
 * Start loading the board an address asks for as soon as it is opened (the router calls it): its
 * default filter depends on who is signed in, asked for at the app's start, so it follows that answer.
 */
export function prefetchBoard(queryClient: QueryClient, url: URL, whoIsSignedIn: () => Promise<Me | null>): void {
  void whoIsSignedIn().then(
    (me) => me && queryClient.prefetchQuery(boardQuery(boardFilterOf(url.searchParams, me).filter)),
    () => undefined,
  );
}
