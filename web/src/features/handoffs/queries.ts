import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../shared/api/queryKeys';
import { refreshAccountMemory } from '../../shared/timeline/queries';
import { handoffsApi, type Handoff, type HandoffFilter, type HandoffReport, type LedgerFilter, type NewHandoff } from './api';

const LONG = 10 * 60_000;

export const handoffKeys = {
  list: (filter: HandoffFilter) => [...queryKeys.handoffs.all, 'list', filter] as const,
  one: (id: string) => queryKeys.handoffs.one(id),
  ledger: (filter: LedgerFilter) => [...queryKeys.handoffs.all, 'ledger', filter] as const,
  sellers: (salesGroupId: string) => ['users', 'group', salesGroupId] as const,
  contactsOf: (accountId: string) => [...queryKeys.contacts.all, 'of-account', accountId] as const,
  opportunitiesOf: (accountId: string) => [...queryKeys.opportunities.all, 'of-account', accountId] as const,
  account: (id: string) => [...queryKeys.accounts.one(id), 'overview'] as const,
};

export function useHandoffList(filter: HandoffFilter) {
  return useQuery({
    queryKey: handoffKeys.list(filter),
    queryFn: ({ signal }) => handoffsApi.list(filter, signal),
    placeholderData: keepPreviousData,
  });
}

export function useHandoff(id: string) {
  return useQuery({ queryKey: handoffKeys.one(id), queryFn: ({ signal }) => handoffsApi.one(id, signal) });
}

export function useLedger(filter: LedgerFilter) {
  return useQuery({
    queryKey: handoffKeys.ledger(filter),
    queryFn: ({ signal }) => handoffsApi.ledger(filter, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAccountOf(id: string | null) {
  return useQuery({
    queryKey: handoffKeys.account(id ?? ''),
    queryFn: ({ signal }) => handoffsApi.account(id ?? '', signal),
    enabled: !!id,
  });
}

export function useProducts() {
  return useQuery({ queryKey: queryKeys.products, queryFn: ({ signal }) => handoffsApi.products(signal), staleTime: LONG });
}

export function useSellersOf(salesGroupId: string | null) {
  return useQuery({
    queryKey: handoffKeys.sellers(salesGroupId ?? ''),
    queryFn: ({ signal }) => handoffsApi.sellers(salesGroupId ?? '', signal),
    enabled: !!salesGroupId,
    staleTime: LONG,
  });
}

export function useContactsOf(accountId: string | null) {
  return useQuery({
    queryKey: handoffKeys.contactsOf(accountId ?? ''),
    queryFn: ({ signal }) => handoffsApi.contactsOf(accountId ?? '', signal),
    enabled: !!accountId,
  });
}

export function useOpportunitiesOf(accountId: string | null) {
  return useQuery({
    queryKey: handoffKeys.opportunitiesOf(accountId ?? ''),
    queryFn: ({ signal }) => handoffsApi.opportunitiesOf(accountId ?? '', signal),
    enabled: !!accountId,
  });
}

/** After a handoff is passed or reported on: the handoffs, the bell, and the customer's timeline. */
function refreshAfter(queryClient: ReturnType<typeof useQueryClient>, handoff: Handoff) {
  queryClient.setQueryData(handoffKeys.one(handoff.id), handoff);
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.handoffs.all }),
    queryClient.invalidateQueries({ queryKey: queryKeys.notifications }),
    refreshAccountMemory(queryClient, handoff.account.id),
  ]);
}

export function useCreateHandoff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewHandoff) => handoffsApi.create(input),
    onSuccess: (handoff) => refreshAfter(queryClient, handoff),
  });
}

export function useReportHandoff(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: HandoffReport) => handoffsApi.report(id, body),
    onSuccess: (handoff) => refreshAfter(queryClient, handoff),
    onError: () => queryClient.invalidateQueries({ queryKey: handoffKeys.one(id) }),
  });
}

/** The giver changes an open tip (note, urgency), or withdraws it. */
export function useGiverActions(id: string) {
  const queryClient = useQueryClient();
  const update = useMutation({
    mutationFn: (body: { note?: string; urgency?: Handoff['urgency'] }) => handoffsApi.update(id, body),
    onSuccess: (handoff) => refreshAfter(queryClient, handoff),
  });
  const withdraw = useMutation({
    mutationFn: (body: { note?: string }) => handoffsApi.withdraw(id, body),
    onSuccess: (handoff) => refreshAfter(queryClient, handoff),
  });
  return { update, withdraw };
}
