import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { SearchResults } from '@contract/search';
import { api } from '../api/client';
import { queryKeys } from '../api/queryKeys';

export type { SearchResults };
export type AccountHit = SearchResults['accounts'][number];
export type ContactHit = SearchResults['contacts'][number];

/**
 * Typo- and accent-tolerant search across accounts and contacts (`/api/search`), debounced while
 * the person types; the previous answer stays on screen until the next arrives.
 */
export function useSearch(query: string, { limit = 8, delay = 150 }: { limit?: number; delay?: number } = {}) {
  const [debounced] = useDebouncedValue(query.trim(), delay);
  const result = useQuery({
    queryKey: queryKeys.search(debounced, limit),
    queryFn: ({ signal }) => api.get<SearchResults>('/api/search', { q: debounced, limit }, signal),
    enabled: debounced.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
  const settled = debounced === query.trim() && !result.isFetching;
  return { ...result, data: debounced ? result.data : undefined, settled };
}
