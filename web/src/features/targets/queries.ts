import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { targetsApi, type CopyTargetsInput, type PutTargetsInput, type TargetGridData, type VolumeBy } from './api';

export const targetKeys = {
  all: ['targets'] as const,
  grid: (year: number) => ['targets', 'grid', year] as const,
  volume: (year: number, by: VolumeBy) => ['targets', 'volume', year, by] as const,
};

export function useTargetGrid(year: number) {
  return useQuery({
    queryKey: targetKeys.grid(year),
    queryFn: ({ signal }) => targetsApi.grid(year, signal),
    placeholderData: keepPreviousData,
  });
}

export function useVolume(year: number, by: VolumeBy) {
  return useQuery({
    queryKey: targetKeys.volume(year, by),
    queryFn: ({ signal }) => targetsApi.volume(year, by, signal),
    placeholderData: keepPreviousData,
  });
}

/** Saving or copying answers with the new grid: show it at once, and refresh progress (targets changed). */
function useGridWrite<I>(write: (input: I) => Promise<TargetGridData>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: async (grid) => {
      queryClient.setQueryData(targetKeys.grid(grid.year), grid);
      await queryClient.invalidateQueries({ queryKey: ['targets', 'volume'] });
      // the overview shows volume against these targets
      await queryClient.invalidateQueries({ queryKey: ['overview'] });
    },
  });
}

export const useSaveTargets = () => useGridWrite((input: PutTargetsInput) => targetsApi.put(input));
export const useCopyTargets = () => useGridWrite((input: CopyTargetsInput) => targetsApi.copy(input));
