import type { z } from 'zod';
import type { Channel } from '@domain/channels';
import type { Board, BoardCard } from '@contract/board';
import type {
  Analytics,
  Forecast,
  Competitor,
  CreateOpportunity,
  LineInput,
  LostReason,
  NewOpportunityGate,
  Opportunity,
  OpportunityDetail,
  OpportunityPage,
  OutstandingQuotes,
  Process,
  Stage,
} from '@contract/opportunities';
import type { ContactPage } from '@contract/contacts';
import type { SavedView } from '@contract/views';
import type { Product } from '@contract/products';
import { api, urlOf } from '../../shared/api/client';

export type { BoardCard, LineInput, Opportunity, OpportunityDetail, Process, Stage };
export type BoardData = z.infer<typeof Board>;
export type BoardColumnData = BoardData['columns'][number];
export type CompetitorData = z.infer<typeof Competitor>;
export type LostReasonKey = z.infer<typeof LostReason>;
export type OpportunityPageData = z.infer<typeof OpportunityPage>;
export type OutstandingQuotesData = z.infer<typeof OutstandingQuotes>;
export type NewOpportunity = z.input<typeof CreateOpportunity>;
export type ForecastData = z.infer<typeof Forecast>;
export type AnalyticsData = z.infer<typeof Analytics>;
export type SavedViewData = z.infer<typeof SavedView>;
export const analyticsDimensions = ['salesGroup', 'seller', 'market', 'product'] as const;
export type AnalyticsBy = (typeof analyticsDimensions)[number];

/** The values a stage's gate may ask for, which can come with the move itself. */
export interface GateValues {
  estimatedValue?: number;
  expectedCloseOn?: string;
  contactId?: string;
  startOn?: string;
  quoteSentOn?: string;
  quoteValidUntil?: string;
}

/** The board's and the list's filters (as the API names them). */
export interface OpportunityFilter {
  salesGroupId?: string;
  marketId?: string;
  ownerId?: string;
  productId?: string;
  accountId?: string;
  channel?: Channel;
  q?: string;
  /** By custom fields, `<key>:<value>` each (every pipeline view and the export). */
  cf?: string[];
}

export interface ListFilter extends OpportunityFilter {
  status?: 'open' | 'won' | 'lost';
  stageId?: string;
  timedOut?: 'true';
  sort: string;
  page: number;
  pageSize: number;
}

export const opportunitiesApi = {
  newGate: (accountId: string | null, signal?: AbortSignal) =>
    api.get<NewOpportunityGate>('/api/opportunities/new-gate', accountId ? { accountId } : undefined, signal),
  processes: (signal?: AbortSignal) => api.get<Process[]>('/api/processes', undefined, signal),
  competitors: (signal?: AbortSignal) => api.get<CompetitorData[]>('/api/competitors', undefined, signal),
  addCompetitor: (name: string) => api.post<CompetitorData>('/api/competitors', { name }),
  board: (filter: OpportunityFilter, signal?: AbortSignal) =>
    api.get<BoardData>('/api/opportunities/board', { ...filter, perColumn: 50 }, signal),
  list: (filter: ListFilter, signal?: AbortSignal) => api.get<OpportunityPageData>('/api/opportunities', { ...filter }, signal),
  exportUrl: ({ page: _p, pageSize: _s, ...filter }: ListFilter) => urlOf('/api/opportunities/export.csv', { ...filter }),
  outstanding: (filter: OpportunityFilter, signal?: AbortSignal) =>
    api.get<OutstandingQuotesData>('/api/opportunities/outstanding-quotes', { ...filter }, signal),
  one: (id: string, signal?: AbortSignal) => api.get<OpportunityDetail>(`/api/opportunities/${id}`, undefined, signal),
  create: (input: NewOpportunity) => api.post<OpportunityDetail>('/api/opportunities', input),
  update: (id: string, body: object) => api.patch<OpportunityDetail>(`/api/opportunities/${id}`, body),
  remove: (id: string) => api.delete<OpportunityDetail>(`/api/opportunities/${id}`),
  restore: (id: string) => api.post<OpportunityDetail>(`/api/opportunities/${id}/restore`),
  move: (id: string, body: GateValues & { version: number; stageId: string }) =>
    api.post<OpportunityDetail>(`/api/opportunities/${id}/move`, body),
  putLines: (id: string, version: number, lines: LineInput[]) =>
    api.put<OpportunityDetail>(`/api/opportunities/${id}/lines`, { version, lines }),
  win: (id: string, body: { version: number; signedOn: string; lines?: LineInput[] }) =>
    api.post<OpportunityDetail>(`/api/opportunities/${id}/win`, body),
  lose: (
    id: string,
    body: { version: number; reason: LostReasonKey; competitorId?: string | null; note?: string; churnReasonId?: string },
  ) => api.post<OpportunityDetail>(`/api/opportunities/${id}/lose`, body),
  reopen: (id: string, body: { version: number; reason: string }) => api.post<OpportunityDetail>(`/api/opportunities/${id}/reopen`, body),
  overrideChannel: (id: string, body: { version: number; channel: Channel; reason: string }) =>
    api.post<OpportunityDetail>(`/api/opportunities/${id}/channel`, body),
  timedOut: (
    id: string,
    body: { action: 'confirm'; version: number } | { action: 'extend'; version: number; expectedCloseOn: string; reason: string },
  ) => api.post<OpportunityDetail>(`/api/opportunities/${id}/timed-out`, body),
  forecast: (filter: OpportunityFilter, months: number, signal?: AbortSignal) =>
    api.get<ForecastData>('/api/opportunities/forecast', { ...filter, months }, signal),
  analytics: (filter: OpportunityFilter, by: AnalyticsBy, signal?: AbortSignal) =>
    api.get<AnalyticsData>('/api/opportunities/analytics', { ...filter, by }, signal),
  savedViews: (signal?: AbortSignal) => api.get<SavedViewData[]>('/api/saved-views', { list: 'opportunities' }, signal),
  saveView: (input: { name: string; query: Record<string, string>; shared: boolean }) =>
    api.post<SavedViewData>('/api/saved-views', { list: 'opportunities', ...input }),
  deleteView: (id: string) => api.delete<unknown>(`/api/saved-views/${id}`),
  contactsOf: (accountId: string, signal?: AbortSignal) =>
    api.get<z.infer<typeof ContactPage>>('/api/contacts', { accountId, pageSize: 100, sort: 'name' }, signal),
  products: (signal?: AbortSignal) => api.get<Product[]>('/api/products', undefined, signal),
};
