import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../shared/api/queryKeys';
import { refreshAccountMemory } from '../../shared/timeline/queries';
import { pipelineApi, type AnalyticsBy, type ListFilter, type NewOpportunity, type OpportunityDetail, type PipelineFilter } from './api';

const LONG = 10 * 60_000;

export const pipelineKeys = {
  board: (filter: PipelineFilter) => [...queryKeys.opportunities.all, 'board', filter] as const,
  list: (filter: ListFilter) => [...queryKeys.opportunities.all, 'list', filter] as const,
  outstanding: (filter: PipelineFilter) => [...queryKeys.opportunities.all, 'outstanding', filter] as const,
  one: (id: string) => queryKeys.opportunities.one(id),
  forecast: (filter: PipelineFilter, months: number) => [...queryKeys.opportunities.all, 'forecast', filter, months] as const,
  analytics: (filter: PipelineFilter, by: AnalyticsBy) => [...queryKeys.opportunities.all, 'analytics', filter, by] as const,
  savedViews: ['saved-views', 'opportunities'] as const,
  processes: ['processes'] as const,
  competitors: ['competitors'] as const,
  users: ['users', 'active'] as const,
  contactsOf: (accountId: string) => [...queryKeys.contacts.all, 'of-account', accountId] as const,
};

export function useBoard(filter: PipelineFilter) {
  return useQuery({
    queryKey: pipelineKeys.board(filter),
    queryFn: ({ signal }) => pipelineApi.board(filter, signal),
    placeholderData: keepPreviousData,
  });
}

export function useOpportunityList(filter: ListFilter) {
  return useQuery({
    queryKey: pipelineKeys.list(filter),
    queryFn: ({ signal }) => pipelineApi.list(filter, signal),
    placeholderData: keepPreviousData,
  });
}

export function useOutstandingQuotes(filter: PipelineFilter) {
  return useQuery({ queryKey: pipelineKeys.outstanding(filter), queryFn: ({ signal }) => pipelineApi.outstanding(filter, signal) });
}

export function useOpportunity(id: string) {
  return useQuery({ queryKey: pipelineKeys.one(id), queryFn: ({ signal }) => pipelineApi.one(id, signal) });
}

export function useProcesses() {
  return useQuery({ queryKey: pipelineKeys.processes, queryFn: ({ signal }) => pipelineApi.processes(signal), staleTime: LONG });
}

export function useCompetitors() {
  return useQuery({ queryKey: pipelineKeys.competitors, queryFn: ({ signal }) => pipelineApi.competitors(signal), staleTime: LONG });
}

export function useProducts() {
  return useQuery({ queryKey: queryKeys.products, queryFn: ({ signal }) => pipelineApi.products(signal), staleTime: LONG });
}

export function useActiveUsers() {
  return useQuery({ queryKey: pipelineKeys.users, queryFn: ({ signal }) => pipelineApi.users(signal), staleTime: LONG });
}

export function useContactsOf(accountId: string | null) {
  return useQuery({
    queryKey: pipelineKeys.contactsOf(accountId ?? ''),
    queryFn: ({ signal }) => pipelineApi.contactsOf(accountId ?? '', signal),
    enabled: !!accountId,
  });
}

/** After any write: the opportunity, every board and list, and the account's timeline. */
export function refreshOpportunity(queryClient: QueryClient, opportunity: Pick<OpportunityDetail, 'id' | 'accountId'>) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.opportunities.all }),
    refreshAccountMemory(queryClient, opportunity.accountId),
  ]);
}

/** Any opportunity write: refreshes what shows it when it succeeds (and when it conflicts, to show the current state). */
export function useOpportunityWrite<I>(write: (input: I) => Promise<OpportunityDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (opportunity) => refreshOpportunity(queryClient, opportunity),
    onError: () => queryClient.invalidateQueries({ queryKey: queryKeys.opportunities.all }),
  });
}

export function useCreateOpportunity() {
  return useOpportunityWrite((input: NewOpportunity) => pipelineApi.create(input));
}

export function useAddCompetitor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => pipelineApi.addCompetitor(name),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: pipelineKeys.competitors }),
  });
}

export function useForecast(filter: PipelineFilter, months: number) {
  return useQuery({
    queryKey: pipelineKeys.forecast(filter, months),
    queryFn: ({ signal }) => pipelineApi.forecast(filter, months, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAnalytics(filter: PipelineFilter, by: AnalyticsBy) {
  return useQuery({
    queryKey: pipelineKeys.analytics(filter, by),
    queryFn: ({ signal }) => pipelineApi.analytics(filter, by, signal),
    placeholderData: keepPreviousData,
  });
}

export function useSavedViews() {
  return useQuery({ queryKey: pipelineKeys.savedViews, queryFn: ({ signal }) => pipelineApi.savedViews(signal) });
}

export function useSaveView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: pipelineApi.saveView,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: pipelineKeys.savedViews }),
  });
}

export function useDeleteView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => pipelineApi.deleteView(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: pipelineKeys.savedViews }),
  });
}
