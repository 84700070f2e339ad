import type { z } from 'zod';
import type { Account } from '@contract/accounts';
import type { Contact, ContactListItem, ContactPage } from '@contract/contacts';
import { api, urlOf } from '../../shared/api/client';
import type { BuyingRole } from '../../shared/domain/vocabulary';

export type { Contact, ContactListItem };
export type ContactPageData = z.infer<typeof ContactPage>;

export interface ContactFilter {
  q?: string;
  accountId?: string;
  buyingRole?: BuyingRole;
  sort: 'name' | '-createdAt';
  page: number;
  pageSize: number;
}

export const contactsApi = {
  list: (filter: ContactFilter, signal?: AbortSignal) => api.get<ContactPageData>('/api/contacts', { ...filter }, signal),
  exportUrl: ({ page: _p, pageSize: _s, ...filter }: ContactFilter) => urlOf('/api/contacts/export.csv', { ...filter }),
  get: (id: string, signal?: AbortSignal) => api.get<Contact>(`/api/contacts/${id}`, undefined, signal),
  /** The contact's account name and groups in touch come with the list (GET /api/contacts/:id has neither). */
  atAccount: (accountId: string, signal?: AbortSignal) => api.get<ContactPageData>('/api/contacts', { accountId, pageSize: 200 }, signal),
  account: (id: string, signal?: AbortSignal) => api.get<Account>(`/api/accounts/${id}`, undefined, signal),
};
