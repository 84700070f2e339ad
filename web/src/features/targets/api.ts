import type { z } from 'zod';
import type { CopyTargets, PutTargets, TargetEntry, TargetGrid, Volume, VolumeQuery } from '@contract/targets';
import { api } from '../../shared/api/client';

export type TargetGridData = z.infer<typeof TargetGrid>;
export type GridSeller = TargetGridData['sellers'][number];
export type TargetEntryInput = z.infer<typeof TargetEntry>;
export type PutTargetsInput = z.infer<typeof PutTargets>;
export type CopyTargetsInput = z.input<typeof CopyTargets>;
export type VolumeData = z.infer<typeof Volume>;
export type VolumeRow = VolumeData['rows'][number];
export type Progress = VolumeRow['total'];
export type VolumeBy = z.infer<typeof VolumeQuery>['by'];
export const volumeDimensions = ['seller', 'salesGroup', 'market'] as const satisfies readonly VolumeBy[];

export const targetsApi = {
  grid: (year: number, signal?: AbortSignal) => api.get<TargetGridData>('/api/targets', { year }, signal),
  put: (input: PutTargetsInput) => api.put<TargetGridData>('/api/targets', input),
  copy: (input: CopyTargetsInput) => api.post<TargetGridData>('/api/targets/copy', input),
  volume: (year: number, by: VolumeBy, signal?: AbortSignal) => api.get<VolumeData>('/api/volume', { year, by }, signal),
};
