import type { KnowledgeCard, Product } from '@contract/products';
import type { Locale } from '@contract/common';
import { api } from '../../shared/api/client';

export type { KnowledgeCard, Product };

export const productsApi = {
  list: (signal?: AbortSignal) => api.get<Product[]>('/api/products', undefined, signal),
  putCard: (id: string, locale: Locale, card: KnowledgeCard) => api.put<Product>(`/api/products/${id}/card`, { locale, card }),
};
