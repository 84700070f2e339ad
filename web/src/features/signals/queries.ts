import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { NewSignalSite, PageRules, SignalSite, SignalSiteChange } from '@contract/signals';
import type { Product } from '@contract/products';
import { api } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/queryKeys';

export type Site = z.infer<typeof SignalSite>;
export type NewSite = z.infer<typeof NewSignalSite>;

const keys = { sites: ['signals', 'sites'] as const, rules: ['signals', 'page-rules'] as const };

export function useSignalSites() {
  return useQuery({ queryKey: keys.sites, queryFn: ({ signal }) => api.get<Site[]>('/api/signals/sites', undefined, signal) });
}

export function useCreateSite() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string }) => api.post<NewSite>('/api/signals/sites', input),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.sites }),
  });
}

export function useChangeSite() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...change }: { id: string } & z.infer<typeof SignalSiteChange>) =>
      api.patch<Site>(`/api/signals/sites/${id}`, change),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.sites }),
  });
}

export function usePageRules() {
  return useQuery({ queryKey: keys.rules, queryFn: ({ signal }) => api.get<PageRules>('/api/signals/page-rules', undefined, signal) });
}

export function useSavePageRules() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (rules: PageRules) => api.put<PageRules>('/api/signals/page-rules', rules),
    onSuccess: (saved) => client.setQueryData(keys.rules, saved),
  });
}

/** The catalogue, for choosing a rule's product (the same cache entry as the products feature's). */
export function useCatalogue() {
  return useQuery({
    queryKey: queryKeys.products,
    queryFn: ({ signal }) => api.get<Product[]>('/api/products', undefined, signal),
    staleTime: 5 * 60_000,
  });
}
