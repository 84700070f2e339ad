import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../shared/api/queryKeys';
import { refreshAccountMemory } from '../../shared/timeline/queries';
import { boardKey, boardQuery } from './boardQuery';
import {
  opportunitiesApi,
  type AnalyticsBy,
  type ListFilter,
  type NewOpportunity,
  type OpportunityDetail,
  type OpportunityFilter,
} from './api';

const LONG = 10 * 60_000;

export const opportunityKeys = {
  board: boardKey,
  list: (filter: ListFilter) => [...queryKeys.opportunities.all, 'list', filter] as const,
  outstanding: (filter: OpportunityFilter) => [...queryKeys.opportunities.all, 'outstanding', filter] as const,
  one: (id: string) => queryKeys.opportunities.one(id),
  forecast: (filter: OpportunityFilter, months: number) => [...queryKeys.opportunities.all, 'forecast', filter, months] as const,
  analytics: (filter: OpportunityFilter, by: AnalyticsBy) => [...queryKeys.opportunities.all, 'analytics', filter, by] as const,
  savedViews: ['saved-views', 'opportunities'] as const,
  processes: ['processes'] as const,
  competitors: ['competitors'] as const,
  newGate: (accountId: string | null) => [...queryKeys.opportunities.all, 'new-gate', accountId] as const,
  contactsOf: (accountId: string) => [...queryKeys.contacts.all, 'of-account', accountId] as const,
};

export function useBoard(filter: OpportunityFilter) {
  return useQuery({ ...boardQuery(filter), placeholderData: keepPreviousData });
}

export function useOpportunityList(filter: ListFilter) {
  return useQuery({
    queryKey: opportunityKeys.list(filter),
    queryFn: ({ signal }) => opportunitiesApi.list(filter, signal),
    placeholderData: keepPreviousData,
  });
}

export function useOutstandingQuotes(filter: OpportunityFilter) {
  return useQuery({ queryKey: opportunityKeys.outstanding(filter), queryFn: ({ signal }) => opportunitiesApi.outstanding(filter, signal) });
}

export function useOpportunity(id: string) {
  return useQuery({ queryKey: opportunityKeys.one(id), queryFn: ({ signal }) => opportunitiesApi.one(id, signal) });
}

export function useProcesses() {
  return useQuery({ queryKey: opportunityKeys.processes, queryFn: ({ signal }) => opportunitiesApi.processes(signal), staleTime: LONG });
}

export function useCompetitors() {
  return useQuery({
    queryKey: opportunityKeys.competitors,
    queryFn: ({ signal }) => opportunitiesApi.competitors(signal),
    staleTime: LONG,
  });
}

export function useProducts() {
  return useQuery({ queryKey: queryKeys.products, queryFn: ({ signal }) => opportunitiesApi.products(signal), staleTime: LONG });
}

/** The stage a new opportunity starts in and the fields its gate asks for (at the account, once chosen). */
export function useNewOpportunityGate(accountId: string | null) {
  return useQuery({
    queryKey: opportunityKeys.newGate(accountId),
    queryFn: ({ signal }) => opportunitiesApi.newGate(accountId, signal),
    staleTime: 60_000,
  });
}

export function useContactsOf(accountId: string | null) {
  return useQuery({
    queryKey: opportunityKeys.contactsOf(accountId ?? ''),
    queryFn: ({ signal }) => opportunitiesApi.contactsOf(accountId ?? '', signal),
    enabled: !!accountId,
  });
}

/** After any write: the opportunity, every board and list, and the account's timeline. */
export function refreshOpportunity(queryClient: QueryClient, opportunity: Pick<OpportunityDetail, 'id' | 'accountId'>) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: queryKeys.opportunities.all }),
    // its change history (shared/history) shows the change at once
    queryClient.invalidateQueries({ queryKey: ['history', 'opportunity', opportunity.id] }),
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
  return useOpportunityWrite((input: NewOpportunity) => opportunitiesApi.create(input));
}

export function useAddCompetitor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => opportunitiesApi.addCompetitor(name),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: opportunityKeys.competitors }),
  });
}

export function useForecast(filter: OpportunityFilter, months: number) {
  return useQuery({
    queryKey: opportunityKeys.forecast(filter, months),
    queryFn: ({ signal }) => opportunitiesApi.forecast(filter, months, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAnalytics(filter: OpportunityFilter, by: AnalyticsBy) {
  return useQuery({
    queryKey: opportunityKeys.analytics(filter, by),
    queryFn: ({ signal }) => opportunitiesApi.analytics(filter, by, signal),
    placeholderData: keepPreviousData,
  });
}

export function useSavedViews() {
  return useQuery({ queryKey: opportunityKeys.savedViews, queryFn: ({ signal }) => opportunitiesApi.savedViews(signal) });
}

export function useSaveView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: opportunitiesApi.saveView,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: opportunityKeys.savedViews }),
  });
}

export function useDeleteView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => opportunitiesApi.deleteView(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: opportunityKeys.savedViews }),
  });
}
