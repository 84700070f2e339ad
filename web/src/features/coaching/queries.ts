import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../shared/api/queryKeys';
import { oneToOnesApi, type HoldInput, type SellerOneToOnes } from './api';

const keys = {
  team: ['one-to-ones', 'team'] as const,
  seller: (sellerId: string) => ['one-to-ones', sellerId] as const,
};

export function useTeam(enabled: boolean) {
  return useQuery({ queryKey: keys.team, queryFn: ({ signal }) => oneToOnesApi.team(signal), enabled });
}
export function useSellerOneToOnes(sellerId: string) {
  return useQuery({ queryKey: keys.seller(sellerId), queryFn: ({ signal }) => oneToOnesApi.seller(sellerId, signal) });
}

/** Holding the meeting and setting the cadence answer the seller's one-to-ones as they now are; the lists hear of it. */
export function useOneToOneWrites(sellerId: string) {
  const queryClient = useQueryClient();
  const done = (view: SellerOneToOnes) => {
    queryClient.setQueryData(keys.seller(sellerId), view);
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: keys.team }),
      queryClient.invalidateQueries({ queryKey: queryKeys.tasks }),
    ]);
  };
  return {
    hold: useMutation({ mutationFn: (input: HoldInput) => oneToOnesApi.hold(sellerId, input), onSuccess: done }),
    cadence: useMutation({ mutationFn: (everyDays: number) => oneToOnesApi.cadence(sellerId, everyDays), onSuccess: done }),
  };
}
