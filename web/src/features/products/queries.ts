import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Locale } from '@contract/common';
import { queryKeys } from '../../shared/api/queryKeys';
import { productsApi, type KnowledgeCard, type Product } from './api';

/** The whole catalogue (tens of products): one request, cached; a product page reads from it. */
export function useProducts() {
  return useQuery({ queryKey: queryKeys.products, queryFn: ({ signal }) => productsApi.list(signal), staleTime: 5 * 60_000 });
}

export function useSaveCard(productId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ locale, card }: { locale: Locale; card: KnowledgeCard }) => productsApi.putCard(productId, locale, card),
    onSuccess: (saved) =>
      queryClient.setQueryData<Product[]>(queryKeys.products, (list) => list?.map((p) => (p.id === saved.id ? saved : p))),
  });
}
