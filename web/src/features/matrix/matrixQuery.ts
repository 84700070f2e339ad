import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../shared/api/queryKeys';
import { matrixApi, type MatrixFilter } from './api';
import { matrixFilterOf } from './useMatrixFilter';

export const matrixKeys = {
  page: (filter: MatrixFilter) => [...queryKeys.matrix, filter] as const,
};

/**
 * A page of the product matrix. It is computed from opportunities, holdings and marks that change
 * elsewhere (an opportunity won on another page), so it is fetched again whenever it is shown —
 * unless it was fetched a moment ago, by the prefetch that starts as the address is opened.
 */
export const matrixQuery = (filter: MatrixFilter) =>
  queryOptions({
    queryKey: matrixKeys.page(filter),
    queryFn: ({ signal }) => matrixApi.page(filter, signal),
    staleTime: 5_000,
  });

/** Start loading the page an address asks for, beside the app's own start (the router calls it). */
export function prefetchMatrix(queryClient: QueryClient, url: URL): void {
  void queryClient.prefetchQuery(matrixQuery(matrixFilterOf(url.searchParams)));
}
