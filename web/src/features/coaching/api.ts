import type { z } from 'zod';
import type { HoldOneToOne, OneToOneTeam, SellerOneToOnes } from '@contract/one-to-ones';
import { api } from '../../shared/api/client';

export type { SellerOneToOnes };
export type Team = z.infer<typeof OneToOneTeam>;
export type HoldInput = z.input<typeof HoldOneToOne>;

export const oneToOnesApi = {
  team: (signal?: AbortSignal) => api.get<Team>('/api/one-to-ones', undefined, signal),
  seller: (sellerId: string, signal?: AbortSignal) => api.get<SellerOneToOnes>(`/api/one-to-ones/${sellerId}`, undefined, signal),
  hold: (sellerId: string, input: HoldInput) => api.post<SellerOneToOnes>(`/api/one-to-ones/${sellerId}`, input),
  cadence: (sellerId: string, everyDays: number) => api.put<SellerOneToOnes>(`/api/one-to-ones/${sellerId}/cadence`, { everyDays }),
};
