import type { z } from 'zod';
import type { ChurnReason, ChurnReasonList, ChurnReport, StartedWinBack, WinBackItem, WinBackList } from '@contract/retention';
import { api } from '../../shared/api/client';

export type ChurnReportData = z.infer<typeof ChurnReport>;
export type WinBackData = z.infer<typeof WinBackList>;
export type WinBack = z.infer<typeof WinBackItem>;

export interface ChurnFilter {
  from?: string;
  marketId?: string;
  period: 'month' | 'quarter' | 'year';
}

export const retentionApi = {
  report: (filter: ChurnFilter, signal?: AbortSignal) => api.get<ChurnReportData>('/api/retention/churn', { ...filter }, signal),
  winBack: (filter: { marketId?: string; status?: 'passive' | 'lost' }, signal?: AbortSignal) =>
    api.get<WinBackData>('/api/retention/win-back', { ...filter, limit: 200 }, signal),
  start: (accountId: string) => api.post<z.infer<typeof StartedWinBack>>('/api/retention/win-back', { accountId }),
  allReasons: (signal?: AbortSignal) => api.get<z.infer<typeof ChurnReasonList>>('/api/churn-reasons', { all: 'true' }, signal),
  addReason: (label: string) => api.post<ChurnReason>('/api/churn-reasons', { label }),
  changeReason: (id: string, patch: { active?: boolean; label?: string }) => api.patch<ChurnReason>(`/api/churn-reasons/${id}`, patch),
};
