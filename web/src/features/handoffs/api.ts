import type { z } from 'zod';
import type { AccountOverview } from '@contract/accounts';
import type { ContactPage } from '@contract/contacts';
import type { CreateHandoff, Handoff, HandoffPage, Ledger, ReportHandoff } from '@contract/handoffs';
import type { OpportunityPage } from '@contract/opportunities';
import type { Product } from '@contract/products';
import type { UserPage } from '@contract/users';
import { api } from '../../shared/api/client';

export type { Handoff, Product };
export type HandoffPageData = z.infer<typeof HandoffPage>;
export type NewHandoff = z.input<typeof CreateHandoff>;
export type HandoffReport = z.input<typeof ReportHandoff>;
export type LedgerData = z.infer<typeof Ledger>;
export type LedgerRow = LedgerData['rows'][number];

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
export interface LedgerFilter {
  by: LedgerBy;
  page: number;
  salesGroupId: string | null;
}
/** Sellers (or groups) per page of the ledger. */
export const LEDGER_PAGE = 50;

export const handoffsApi = {
  list: (filter: HandoffFilter, signal?: AbortSignal) => api.get<HandoffPageData>('/api/handoffs', { ...filter }, signal),
  one: (id: string, signal?: AbortSignal) => api.get<Handoff>(`/api/handoffs/${id}`, undefined, signal),
  create: (input: NewHandoff) => api.post<Handoff>('/api/handoffs', input),
  report: (id: string, body: HandoffReport) => api.post<Handoff>(`/api/handoffs/${id}/report`, body),
  update: (id: string, body: { note?: string; urgency?: Handoff['urgency'] }) => api.patch<Handoff>(`/api/handoffs/${id}`, body),
  withdraw: (id: string, body: { note?: string }) => api.post<Handoff>(`/api/handoffs/${id}/withdraw`, body),
  ledger: ({ by, page, salesGroupId }: LedgerFilter, signal?: AbortSignal) =>
    api.get<LedgerData>('/api/handoffs/ledger', { by, page, pageSize: LEDGER_PAGE, ...(salesGroupId ? { salesGroupId } : {}) }, signal),
  account: (id: string, signal?: AbortSignal) => api.get<AccountOverview>(`/api/accounts/${id}/overview`, undefined, signal),
  products: (signal?: AbortSignal) => api.get<Product[]>('/api/products', undefined, signal),
  sellers: (salesGroupId: string, signal?: AbortSignal) =>
    api.get<z.infer<typeof UserPage>>('/api/users', { salesGroupId, active: 'true', pageSize: 200 }, signal),
  contactsOf: (accountId: string, signal?: AbortSignal) =>
    api.get<z.infer<typeof ContactPage>>('/api/contacts', { accountId, pageSize: 100, sort: 'name' }, signal),
  opportunitiesOf: (accountId: string, signal?: AbortSignal) =>
    api.get<z.infer<typeof OpportunityPage>>('/api/opportunities', { accountId, pageSize: 100, sort: '-createdAt' }, signal),
};
