import type { z } from 'zod';
import type {
  Account,
  AccountDuplicates,
  AccountInput,
  AccountListItem,
  AccountMergePreview,
  AccountOverview,
  AccountPage,
  AccountPatch,
} from '@contract/accounts';
import type { ContactInput, ContactPage } from '@contract/contacts';
import type { Suggestions } from '@contract/matrix';
import type { OpportunityPage } from '@contract/opportunities';
import { api, urlOf } from '../../shared/api/client';
import type { AccountSort, AccountStatus } from '../../shared/domain/vocabulary';

export type { Account, AccountMergePreview, AccountOverview };
export type AccountRow = z.infer<typeof AccountListItem>;
export type AccountPageData = z.infer<typeof AccountPage>;
export type NewAccount = z.input<typeof AccountInput>;
export type AccountChange = z.input<typeof AccountPatch>;
export type AccountDuplicate = z.infer<typeof AccountDuplicates>[number];
export type NewContact = z.input<typeof ContactInput>;
export type ContactPageData = z.infer<typeof ContactPage>;
export type SuggestionsData = z.infer<typeof Suggestions>;
export type Suggestion = SuggestionsData['items'][number];
export type AccountDealPage = z.infer<typeof OpportunityPage>;
export type AccountDeal = AccountDealPage['items'][number];

export interface AccountFilter {
  q?: string;
  status?: AccountStatus;
  marketId?: string;
  ownerId?: string;
  isGlobal?: 'true';
  /** By custom fields: `<key>:<value>` each. */
  cf?: string[];
  sort: AccountSort;
  page: number;
  pageSize: number;
}

export const accountsApi = {
  list: (filter: AccountFilter, signal?: AbortSignal) => api.get<AccountPageData>('/api/accounts', { ...filter }, signal),
  /** The same list as CSV: a link, so that the browser downloads it. */
  exportUrl: ({ page: _p, pageSize: _s, ...filter }: AccountFilter) => urlOf('/api/accounts/export.csv', { ...filter }),
  overview: (id: string, signal?: AbortSignal) => api.get<AccountOverview>(`/api/accounts/${id}/overview`, undefined, signal),
  create: (input: NewAccount) => api.post<Account>('/api/accounts', input),
  update: (id: string, patch: AccountChange) => api.patch<Account>(`/api/accounts/${id}`, patch),
  remove: (id: string) => api.delete<Account>(`/api/accounts/${id}`),
  restore: (id: string) => api.post<Account>(`/api/accounts/${id}/restore`),
  /** Every opportunity of the account, open and closed (the list API, newest first). */
  deals: (accountId: string, signal?: AbortSignal) =>
    api.get<AccountDealPage>('/api/opportunities', { accountId, pageSize: 200, sort: '-createdAt' }, signal),
  duplicates: (id: string, signal?: AbortSignal) => api.get<AccountDuplicate[]>(`/api/accounts/${id}/duplicates`, undefined, signal),
  merge: (id: string, duplicateId: string) => api.post<Account>(`/api/accounts/${id}/merge`, { duplicateId }),
  /** What merging `duplicateId` into `id` would move and fill, and whether the viewer may. */
  mergePreview: (id: string, duplicateId: string, signal?: AbortSignal) =>
    api.get<AccountMergePreview>(`/api/accounts/${id}/merge-preview`, { duplicateId }, signal),
  markLost: (id: string, input: { churnReasonId: string; reason?: string }) => api.post<Account>(`/api/accounts/${id}/lost`, input),
  contacts: (accountId: string, signal?: AbortSignal) =>
    api.get<ContactPageData>('/api/contacts', { accountId, pageSize: 100, sort: 'name' }, signal),
  addContact: (input: NewContact) => api.post<unknown>('/api/contacts', input),
  /** Products with the most potential for the account, each with its reason (D6). */
  suggestions: (accountId: string, signal?: AbortSignal) =>
    api.get<SuggestionsData>('/api/matrix/suggestions', { accountId, limit: 5 }, signal),
};
