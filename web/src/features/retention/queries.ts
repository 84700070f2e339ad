import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../shared/api/queryKeys';
import { retentionApi, type ChurnFilter } from './api';

const keys = {
  report: (f: ChurnFilter) => [...queryKeys.retention.all, 'report', f] as const,
  winBack: (f: object) => [...queryKeys.retention.all, 'win-back', f] as const,
  allReasons: [...queryKeys.retention.reasons, 'all'] as const,
};

export function useChurnReport(filter: ChurnFilter) {
  return useQuery({
    queryKey: keys.report(filter),
    queryFn: ({ signal }) => retentionApi.report(filter, signal),
    placeholderData: keepPreviousData,
  });
}

export function useWinBack(filter: { marketId?: string; status?: 'passive' | 'lost' }) {
  return useQuery({
    queryKey: keys.winBack(filter),
    queryFn: ({ signal }) => retentionApi.winBack(filter, signal),
    placeholderData: keepPreviousData,
  });
}

export function useStartWinBack() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (accountId: string) => retentionApi.start(accountId),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.retention.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.opportunities.all }),
      ]),
  });
}

export function useAllChurnReasons(enabled: boolean) {
  return useQuery({ queryKey: keys.allReasons, queryFn: ({ signal }) => retentionApi.allReasons(signal), enabled });
}

export function useReasonWrites() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: queryKeys.retention.reasons });
  return {
    add: useMutation({ mutationFn: (label: string) => retentionApi.addReason(label), onSuccess: refresh }),
    change: useMutation({
      mutationFn: ({ id, active }: { id: string; active: boolean }) => retentionApi.changeReason(id, { active }),
      onSuccess: refresh,
    }),
  };
}
