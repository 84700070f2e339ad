import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../shared/api/queryKeys';
import { refreshAccountMemory } from '../../shared/timeline/queries';
import { accountOverviewKey, accountOverviewQuery } from './accountQuery';
import { accountsApi, type AccountChange, type AccountFilter, type NewAccount, type NewContact } from './api';

export const accountKeys = {
  list: (filter: AccountFilter) => [...queryKeys.accounts.all, 'list', filter] as const,
  overview: accountOverviewKey,
  contacts: (id: string) => [...queryKeys.contacts.all, 'of-account', id] as const,
  suggestions: (id: string) => [...queryKeys.accounts.one(id), 'suggestions'] as const,
  deals: (id: string) => [...queryKeys.opportunities.all, 'of-account', id] as const,
};

export function useAccountDuplicates(id: string) {
  return useQuery({ queryKey: [...queryKeys.accounts.one(id), 'duplicates'], queryFn: ({ signal }) => accountsApi.duplicates(id, signal) });
}

/** What merging `dropId` into `keepId` would do (the server's preview, with whether the viewer may). */
export function useAccountMergePreview(keepId: string | undefined, dropId: string | undefined) {
  return useQuery({
    queryKey: [...queryKeys.accounts.all, 'merge-preview', keepId, dropId],
    queryFn: ({ signal }) => accountsApi.mergePreview(keepId!, dropId!, signal),
    enabled: !!keepId && !!dropId,
    staleTime: 0,
  });
}

/**
 * Merge `dropId` into `keepId`: lists, pages, contacts, deals and the timeline all change. The one that
 * goes is dropped from the cache first, so that its page (if still open) does not ask for it again.
 */
export function useMergeAccounts() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ keepId, dropId }: { keepId: string; dropId: string }) => accountsApi.merge(keepId, dropId),
    onSuccess: (_kept, { keepId, dropId }) => {
      queryClient.removeQueries({ queryKey: queryKeys.accounts.one(dropId) });
      queryClient.removeQueries({ queryKey: queryKeys.timeline.of('account', dropId) });
      return Promise.all([
        refreshAccountMemory(queryClient, keepId),
        queryClient.invalidateQueries({ queryKey: queryKeys.accounts.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.contacts.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.opportunities.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.timeline.all }),
      ]);
    },
  });
}

export function useAccountDeals(id: string) {
  return useQuery({ queryKey: accountKeys.deals(id), queryFn: ({ signal }) => accountsApi.deals(id, signal) });
}

export function useAccountList(filter: AccountFilter) {
  return useQuery({
    queryKey: accountKeys.list(filter),
    queryFn: ({ signal }) => accountsApi.list(filter, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAccountOverview(id: string) {
  return useQuery(accountOverviewQuery(id));
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
    mutationFn: (input: { churnReasonId: string; reason?: string }) => accountsApi.markLost(id, input),
    onSuccess: () =>
      Promise.all([
        refreshAccountMemory(queryClient, id),
        queryClient.invalidateQueries({ queryKey: queryKeys.accounts.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.retention.all }),
      ]),
  });
}

export function useAddContact() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewContact) => accountsApi.addContact(input),
    onSuccess: (_created, input) => refreshAccountMemory(queryClient, input.accountId),
  });
}

/** Edit, delete and restore an account: every view of accounts (lists, pages, pickers) refreshes after. */
export function useAccountWrites(id: string) {
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      refreshAccountMemory(queryClient, id),
      queryClient.invalidateQueries({ queryKey: queryKeys.accounts.all }),
      queryClient.invalidateQueries({ queryKey: queryKeys.contacts.all }),
      queryClient.invalidateQueries({ queryKey: queryKeys.opportunities.all }),
    ]);
  return {
    update: useMutation({ mutationFn: (patch: AccountChange) => accountsApi.update(id, patch), onSuccess: refresh }),
    remove: useMutation({ mutationFn: () => accountsApi.remove(id), onSuccess: refresh }),
    restore: useMutation({ mutationFn: () => accountsApi.restore(id), onSuccess: refresh }),
  };
}
