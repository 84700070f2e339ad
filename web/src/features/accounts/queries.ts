import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../shared/api/queryKeys';
import { refreshAccountMemory } from '../../shared/timeline/queries';
import { accountsApi, type AccountFilter, type NewAccount, type NewContact } from './api';

export const accountKeys = {
  list: (filter: AccountFilter) => [...queryKeys.accounts.all, 'list', filter] as const,
  overview: (id: string) => [...queryKeys.accounts.one(id), 'overview'] as const,
  contacts: (id: string) => [...queryKeys.contacts.all, 'of-account', id] as const,
  suggestions: (id: string) => [...queryKeys.accounts.one(id), 'suggestions'] as const,
};

export function useAccountList(filter: AccountFilter) {
  return useQuery({
    queryKey: accountKeys.list(filter),
    queryFn: ({ signal }) => accountsApi.list(filter, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAccountOverview(id: string) {
  return useQuery({ queryKey: accountKeys.overview(id), queryFn: ({ signal }) => accountsApi.overview(id, signal) });
}

export function useSuggestions(id: string) {
  return useQuery({ queryKey: accountKeys.suggestions(id), queryFn: ({ signal }) => accountsApi.suggestions(id, signal) });
}

export function useAccountContacts(id: string) {
  return useQuery({ queryKey: accountKeys.contacts(id), queryFn: ({ signal }) => accountsApi.contacts(id, signal) });
}

export function useCreateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewAccount) => accountsApi.create(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.accounts.all }),
  });
}

export function useMarkLost(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => accountsApi.markLost(id, reason),
    onSuccess: () =>
      Promise.all([refreshAccountMemory(queryClient, id), queryClient.invalidateQueries({ queryKey: queryKeys.accounts.all })]),
  });
}

export function useAddContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewContact) => accountsApi.addContact(input),
    onSuccess: (_created, input) => refreshAccountMemory(queryClient, input.accountId),
  });
}
