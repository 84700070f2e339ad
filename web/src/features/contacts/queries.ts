import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { queryKeys } from '../../shared/api/queryKeys';
import { contactsApi, type ContactFilter } from './api';

export function useContactList(filter: ContactFilter) {
  return useQuery({
    queryKey: [...queryKeys.contacts.all, 'list', filter],
    queryFn: ({ signal }) => contactsApi.list(filter, signal),
    placeholderData: keepPreviousData,
  });
}

/** One contact, with the account's name and the sales groups that have been in touch with them. */
export function useContact(id: string) {
  const contact = useQuery({ queryKey: [...queryKeys.contacts.all, id], queryFn: ({ signal }) => contactsApi.get(id, signal) });
  const accountId = contact.data?.accountId;
  const listed = useQuery({
    queryKey: [...queryKeys.contacts.all, 'of-account', accountId, 'all'],
    queryFn: ({ signal }) => contactsApi.atAccount(accountId!, signal),
    enabled: !!accountId,
    select: (page) => page.items.find((c) => c.id === id) ?? null,
  });
  return { contact, listed };
}
