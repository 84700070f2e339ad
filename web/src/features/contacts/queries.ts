import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../shared/api/queryKeys';
import { contactsApi, type ContactChange, type ContactFilter } from './api';

export function useContactList(filter: ContactFilter) {
  return useQuery({
    queryKey: [...queryKeys.contacts.all, 'list', filter],
    queryFn: ({ signal }) => contactsApi.list(filter, signal),
    placeholderData: keepPreviousData,
  });
}

/** One contact, with the account's name, the sales groups that have been in touch with them, and what the viewer may do. */
export function useContact(id: string) {
  return useQuery({ queryKey: [...queryKeys.contacts.all, id], queryFn: ({ signal }) => contactsApi.get(id, signal) });
}

/** Edit, delete and restore a contact; the contact lists, their account's page and timelines refresh after. */
export function useContactWrites(id: string) {
  const queryClient = useQueryClient();
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.contacts.all }),
      queryClient.invalidateQueries({ queryKey: queryKeys.accounts.all }),
      queryClient.invalidateQueries({ queryKey: queryKeys.timeline.all }),
    ]);
  return {
    update: useMutation({ mutationFn: (patch: ContactChange) => contactsApi.update(id, patch), onSuccess: refresh }),
    remove: useMutation({ mutationFn: () => contactsApi.remove(id), onSuccess: refresh }),
    restore: useMutation({ mutationFn: () => contactsApi.restore(id), onSuccess: refresh }),
    erase: useMutation({
      mutationFn: (input: { reason: string; note: string }) => contactsApi.erase(id, input),
      onSuccess: () => Promise.all([refresh(), queryClient.invalidateQueries({ queryKey: ['history'] })]),
    }),
  };
}

/** Contacts that look like this one (same e-mail, a similar name). */
export function useContactDuplicates(id: string) {
  return useQuery({ queryKey: [...queryKeys.contacts.all, id, 'duplicates'], queryFn: ({ signal }) => contactsApi.duplicates(id, signal) });
}

/** What merging `dropId` into `keepId` would do (the server's preview, with whether the viewer may). */
export function useContactMergePreview(keepId: string | undefined, dropId: string | undefined) {
  return useQuery({
    queryKey: [...queryKeys.contacts.all, 'merge-preview', keepId, dropId],
    queryFn: ({ signal }) => contactsApi.mergePreview(keepId!, dropId!, signal),
    enabled: !!keepId && !!dropId,
    staleTime: 0,
  });
}

/** Merge `dropId` into `keepId`; the one that goes leaves the cache first, so its open page does not ask for it again. */
export function useMergeContacts() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ keepId, dropId }: { keepId: string; dropId: string }) => contactsApi.merge(keepId, dropId),
    onSuccess: (_kept, { dropId }) => {
      queryClient.removeQueries({ queryKey: [...queryKeys.contacts.all, dropId] });
      queryClient.removeQueries({ queryKey: queryKeys.timeline.of('contact', dropId) });
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.contacts.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.accounts.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.opportunities.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.timeline.all }),
      ]);
    },
  });
}
