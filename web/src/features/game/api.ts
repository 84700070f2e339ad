import type { z } from 'zod';
import type { Behaviour, Leaderboard, Payout, PlayerCard, Season, SeasonInput, SeasonUpdate, Statement } from '@contract/game';
import { api } from '../../shared/api/client';

export type SeasonData = z.infer<typeof Season>;
export type NewSeason = z.input<typeof SeasonInput>;
export type SeasonChange = z.input<typeof SeasonUpdate>;
export type LeaderboardData = z.infer<typeof Leaderboard>;
export type PlayerCardData = z.infer<typeof PlayerCard>;
export type StatementData = z.infer<typeof Statement>;
export type BehaviourData = z.infer<typeof Behaviour>;
export interface StatementFilter {
  userId?: string;
  salesGroupId?: string;
  marketId?: string;
}

export const gameApi = {
  seasons: (signal?: AbortSignal) => api.get<SeasonData[]>('/api/seasons', undefined, signal),
  create: (input: NewSeason) => api.post<SeasonData>('/api/seasons', input),
  update: (id: string, input: SeasonChange) => api.put<SeasonData>(`/api/seasons/${id}`, input),
  leaderboard: (id: string, signal?: AbortSignal) =>
    api.get<LeaderboardData>(`/api/seasons/${id}/leaderboard`, { last: 'allowed' }, signal),
  player: (id: string, userId: string, signal?: AbortSignal) =>
    api.get<PlayerCardData>(`/api/seasons/${id}/players/${userId}`, undefined, signal),
  statement: (id: string, filter: StatementFilter, signal?: AbortSignal) =>
    api.get<StatementData>(`/api/seasons/${id}/statement`, { ...filter }, signal),
  statementCsvUrl: (id: string, filter: StatementFilter) =>
    `/api/seasons/${id}/statement.csv?${new URLSearchParams(Object.entries(filter).filter(([, v]) => v) as [string, string][]).toString()}`,
  payout: (id: string, filter: StatementFilter) => api.post<z.infer<typeof Payout>>(`/api/seasons/${id}/payouts`, filter),
  behaviour: (id: string, signal?: AbortSignal) => api.get<BehaviourData>(`/api/seasons/${id}/behaviour`, undefined, signal),
};
