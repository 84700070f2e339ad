import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../shared/api/queryKeys';
import { refreshAccountMemory } from '../../shared/timeline/queries';
import {
  forumsApi,
  handoffsApi,
  matrixApi,
  type CellMark,
  type Handoff,
  type HandoffFilter,
  type HandoffReport,
  type LedgerBy,
  type Matrix,
  type MatrixFilter,
  type NewForum,
  type NewHandoff,
  type NewMeeting,
} from './api';
import { withMark } from './matrixModel';

const LONG = 10 * 60_000;

export const handoffKeys = {
  list: (filter: HandoffFilter) => [...queryKeys.handoffs.all, 'list', filter] as const,
  one: (id: string) => queryKeys.handoffs.one(id),
  ledger: (by: LedgerBy) => [...queryKeys.handoffs.all, 'ledger', by] as const,
  sellers: (salesGroupId: string) => ['users', 'group', salesGroupId] as const,
  contactsOf: (accountId: string) => [...queryKeys.contacts.all, 'of-account', accountId] as const,
  opportunitiesOf: (accountId: string) => [...queryKeys.opportunities.all, 'of-account', accountId] as const,
  account: (id: string) => [...queryKeys.accounts.one(id), 'overview'] as const,
  users: ['users', 'active'] as const,
};

export const matrixKeys = {
  all: ['matrix'] as const,
  page: (filter: MatrixFilter) => ['matrix', filter] as const,
};

export const forumKeys = {
  all: ['forums'] as const,
  agenda: (id: string) => ['forums', id, 'agenda'] as const,
  meetings: (id: string) => ['forums', id, 'meetings'] as const,
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

export function useLedger(by: LedgerBy) {
  return useQuery({ queryKey: handoffKeys.ledger(by), queryFn: ({ signal }) => handoffsApi.ledger(by, signal) });
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

export function useActiveUsers() {
  return useQuery({ queryKey: handoffKeys.users, queryFn: ({ signal }) => handoffsApi.users(signal), staleTime: LONG });
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

/** After a tip is passed or reported on: the tips, the bell, and the customer's timeline. */
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

/**
 * A page of the product matrix. It is computed from deals, holdings and marks that change elsewhere
 * (a deal won on another page), so it is fetched again whenever it is shown; the last page stays
 * on screen meanwhile.
 */
/** The industries in use, for the matrix's industry filter. */
export function useIndustries() {
  return useQuery({
    queryKey: ['industries'],
    queryFn: ({ signal }) => matrixApi.industries(signal),
    staleTime: 5 * 60_000,
    select: (rows) => rows.map((r) => r.industry),
  });
}

export function useMatrix(filter: MatrixFilter) {
  return useQuery({
    queryKey: matrixKeys.page(filter),
    queryFn: ({ signal }) => matrixApi.page(filter, signal),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

/** Mark a cell as potential or not relevant, or clear it: shown at once, then refreshed from the server. */
export function useMarkCell(filter: MatrixFilter, byName: string) {
  const queryClient = useQueryClient();
  const key = matrixKeys.page(filter);
  return useMutation({
    mutationFn: (mark: CellMark) => matrixApi.mark(mark),
    onMutate: async (mark) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Matrix>(key);
      if (previous) queryClient.setQueryData(key, withMark(previous, mark, byName));
      return { previous };
    },
    onError: (_error, _mark, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSettled: (_data, _error, mark) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: matrixKeys.all }),
        queryClient.invalidateQueries({ queryKey: forumKeys.all }),
        refreshAccountMemory(queryClient, mark.accountId),
      ]),
  });
}

export function useForums() {
  return useQuery({ queryKey: forumKeys.all, queryFn: ({ signal }) => forumsApi.list(signal) });
}

export function useAgenda(id: string) {
  return useQuery({ queryKey: forumKeys.agenda(id), queryFn: ({ signal }) => forumsApi.agenda(id, signal) });
}

export function useMeetings(id: string) {
  return useQuery({ queryKey: forumKeys.meetings(id), queryFn: ({ signal }) => forumsApi.meetings(id, signal) });
}

export function useCreateForum() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewForum) => forumsApi.create(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: forumKeys.all }),
  });
}

/** Recording a meeting starts the next agenda from that day. */
export function useRecordMeeting(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewMeeting) => forumsApi.record(id, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: forumKeys.all }),
  });
}
