import type { z } from 'zod';
import type { LiveEvent, Overview, OverviewQuery, Renewals, RenewalsQuery, WinFeed } from '@contract/overview';
import { api } from '../../shared/api/client';

export type { LiveEvent, Overview, OverviewQuery };
export type OverviewLevel = Overview['level'];
export type Progress = Overview['volume']['total'];
export type BreakdownRow = Overview['breakdown'][number];
export type Win = z.infer<typeof WinFeed>[number];
export type RenewalsData = z.infer<typeof Renewals>;
export type Renewal = RenewalsData['items'][number];
export type RenewalsFilter = z.infer<typeof RenewalsQuery>;
export type WinsFilter = Omit<OverviewQuery, 'year'>;

export const overviewApi = {
  overview: (query: OverviewQuery, signal?: AbortSignal) => api.get<Overview>('/api/overview', { ...query }, signal),
  wins: (filter: WinsFilter, signal?: AbortSignal) => api.get<z.infer<typeof WinFeed>>('/api/overview/wins', { ...filter }, signal),
  renewals: (filter: RenewalsFilter, signal?: AbortSignal) => api.get<RenewalsData>('/api/renewals', { ...filter }, signal),
};
