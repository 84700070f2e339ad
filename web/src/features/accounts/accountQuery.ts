import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../shared/api/queryKeys';
import { timelineFilterFrom } from '../../shared/timeline/api';
import { timelineQuery } from '../../shared/timeline/queries';
import { accountsApi } from './api';

export const accountOverviewKey = (id: string) => [...queryKeys.accounts.one(id), 'overview'] as const;

export const accountOverviewQuery = (id: string) =>
  queryOptions({ queryKey: accountOverviewKey(id), queryFn: ({ signal }) => accountsApi.overview(id, signal) });

/** Start loading an account page's facts and timeline as soon as its address is opened (the router calls it). */
export function prefetchAccount(queryClient: QueryClient, url: URL, params: { id?: string }): void {
  const id = params.id;
  if (!id) return;
  void queryClient.prefetchQuery(accountOverviewQuery(id));
  void queryClient.prefetchInfiniteQuery(timelineQuery('account', id, timelineFilterFrom(url.searchParams)));
}
