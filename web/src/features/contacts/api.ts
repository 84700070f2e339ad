import type { z } from 'zod';
import type { Account } from '@contract/accounts';
import type {
  Contact,
  ContactDetail,
  ContactDuplicates,
  ContactListItem,
  ContactMergePreview,
  ContactPage,
  ContactPatch,
  PutContactConsent,
} from '@contract/contacts';
import { api, urlOf } from '../../shared/api/client';
import type { BuyingRole } from '../../shared/domain/vocabulary';

export type { Contact, ContactDetail, ContactListItem };
export type ContactChange = z.input<typeof ContactPatch>;
export type ContactPageData = z.infer<typeof ContactPage>;
export type ContactDuplicate = z.infer<typeof ContactDuplicates>[number];

export interface ContactFilter {
  q?: string;
  accountId?: string;
  buyingRole?: BuyingRole;
  /** By custom fields: `<key>:<value>` each. */
  cf?: string[];
  sort: 'name' | '-createdAt';
  page: number;
  pageSize: number;
}

export const contactsApi = {
  list: (filter: ContactFilter, signal?: AbortSignal) => api.get<ContactPageData>('/api/contacts', { ...filter }, signal),
  exportUrl: ({ page: _p, pageSize: _s, ...filter }: ContactFilter) => urlOf('/api/contacts/export.csv', { ...filter }),
  get: (id: string, signal?: AbortSignal) => api.get<ContactDetail>(`/api/contacts/${id}`, undefined, signal),
  update: (id: string, patch: ContactChange) => api.patch<Contact>(`/api/contacts/${id}`, patch),
  remove: (id: string) => api.delete<Contact>(`/api/contacts/${id}`),
  restore: (id: string) => api.post<Contact>(`/api/contacts/${id}/restore`),
  /** The contact's account name and groups in touch come with the list (GET /api/contacts/:id has neither). */
  atAccount: (accountId: string, signal?: AbortSignal) => api.get<ContactPageData>('/api/contacts', { accountId, pageSize: 200 }, signal),
  account: (id: string, signal?: AbortSignal) => api.get<Account>(`/api/accounts/${id}`, undefined, signal),
  duplicates: (id: string, signal?: AbortSignal) => api.get<ContactDuplicate[]>(`/api/contacts/${id}/duplicates`, undefined, signal),
  mergePreview: (id: string, duplicateId: string, signal?: AbortSignal) =>
    api.get<ContactMergePreview>(`/api/contacts/${id}/merge-preview`, { duplicateId }, signal),
  merge: (id: string, duplicateId: string) => api.post<Contact>(`/api/contacts/${id}/merge`, { duplicateId }),
  /** The lawful basis for marketing and the person's consent (the account's owner side and marketing). */
  setConsent: (id: string, input: PutContactConsent) => api.put<ContactDetail>(`/api/contacts/${id}/consent`, input),
  erase: (id: string, input: { reason: string; note: string }) =>
    api.post<{ contactId: string; dealsKept: number }>(`/api/contacts/${id}/erase`, input),
};
