import type { z } from 'zod';
import type { AccountOverview } from '@contract/accounts';
import type { ContactPage } from '@contract/contacts';
import type { Agenda, Forum, ForumInput, Meeting, MeetingInput } from '@contract/forum';
import type { CreateHandoff, Handoff, HandoffPage, Ledger, ReportHandoff } from '@contract/handoffs';
import type { CellState, MarkCell, Matrix } from '@contract/matrix';
import type { Industries } from '@contract/accounts';
import type { OpportunityPage } from '@contract/opportunities';
import type { Product } from '@contract/products';
import type { UserPage } from '@contract/users';
import { api, urlOf } from '../../shared/api/client';
import type { AccountSize, AccountStatus } from '../../shared/domain/vocabulary';

export type { CellState, Handoff, Matrix, Product };
export type HandoffPageData = z.infer<typeof HandoffPage>;
export type NewHandoff = z.input<typeof CreateHandoff>;
export type HandoffReport = z.input<typeof ReportHandoff>;
export type LedgerData = z.infer<typeof Ledger>;
export type LedgerRow = LedgerData['rows'][number];

export type CellMark = z.input<typeof MarkCell>;
export type MatrixProduct = Matrix['products'][number];
export type ForumData = z.infer<typeof Forum>;
export type NewForum = z.input<typeof ForumInput>;
export type AgendaData = z.infer<typeof Agenda>;
export type MeetingData = z.infer<typeof Meeting>;
export type NewMeeting = z.input<typeof MeetingInput>;

export const matrixSorts = ['name', 'whitespace', 'owned'] as const;
export type MatrixSort = (typeof matrixSorts)[number];

/** The matrix's filters as the API takes them (`GET /api/matrix`). */
export interface MatrixFilter {
  q?: string;
  marketId?: string;
  salesGroupId?: string;
  industry?: string;
  size?: AccountSize;
  ownerId?: string;
  status?: AccountStatus;
  rollup?: 'true';
  sort: MatrixSort;
  page: number;
  pageSize: number;
}

export const boxes = ['incoming', 'outgoing', 'all'] as const;
export type Box = (typeof boxes)[number];

export interface HandoffFilter {
  box: Box;
  open: 'true' | 'false';
  accountId?: string;
  page: number;
  pageSize: number;
}

export type LedgerBy = 'seller' | 'salesGroup';

export const handoffsApi = {
  list: (filter: HandoffFilter, signal?: AbortSignal) => api.get<HandoffPageData>('/api/handoffs', { ...filter }, signal),
  one: (id: string, signal?: AbortSignal) => api.get<Handoff>(`/api/handoffs/${id}`, undefined, signal),
  create: (input: NewHandoff) => api.post<Handoff>('/api/handoffs', input),
  report: (id: string, body: HandoffReport) => api.post<Handoff>(`/api/handoffs/${id}/report`, body),
  ledger: (by: LedgerBy, signal?: AbortSignal) => api.get<LedgerData>('/api/handoffs/ledger', { by }, signal),
  account: (id: string, signal?: AbortSignal) => api.get<AccountOverview>(`/api/accounts/${id}/overview`, undefined, signal),
  products: (signal?: AbortSignal) => api.get<Product[]>('/api/products', undefined, signal),
  sellers: (salesGroupId: string, signal?: AbortSignal) =>
    api.get<z.infer<typeof UserPage>>('/api/users', { salesGroupId, active: 'true', pageSize: 200 }, signal),
  contactsOf: (accountId: string, signal?: AbortSignal) =>
    api.get<z.infer<typeof ContactPage>>('/api/contacts', { accountId, pageSize: 100, sort: 'name' }, signal),
  opportunitiesOf: (accountId: string, signal?: AbortSignal) =>
    api.get<z.infer<typeof OpportunityPage>>('/api/opportunities', { accountId, pageSize: 100, sort: '-createdAt' }, signal),
  users: (signal?: AbortSignal) => api.get<z.infer<typeof UserPage>>('/api/users', { active: 'true', pageSize: 200 }, signal),
};

export const matrixApi = {
  page: (filter: MatrixFilter, signal?: AbortSignal) => api.get<Matrix>('/api/matrix', { ...filter }, signal),
  /** The filtered matrix as CSV: a link, so that the browser downloads it. */
  exportUrl: ({ page: _p, pageSize: _s, ...filter }: MatrixFilter) => urlOf('/api/matrix/export.csv', { ...filter }),
  mark: (mark: CellMark) => api.put<{ ok: true }>('/api/matrix/cells', mark),
  industries: (signal?: AbortSignal) => api.get<z.infer<typeof Industries>>('/api/accounts/industries', undefined, signal),
};

export const forumsApi = {
  list: (signal?: AbortSignal) => api.get<ForumData[]>('/api/forums', undefined, signal),
  create: (input: NewForum) => api.post<ForumData>('/api/forums', input),
  agenda: (id: string, signal?: AbortSignal) => api.get<AgendaData>(`/api/forums/${id}/agenda`, undefined, signal),
  meetings: (id: string, signal?: AbortSignal) => api.get<MeetingData[]>(`/api/forums/${id}/meetings`, undefined, signal),
  record: (id: string, input: NewMeeting) => api.post<MeetingData>(`/api/forums/${id}/meetings`, input),
};
