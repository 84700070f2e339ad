import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../shared/api/queryKeys';
import { refreshAccountMemory } from '../../shared/timeline/queries';
import {
  leadsApi,
  type LeadConversion,
  type LeadDetail,
  type LeadFilter,
  type LeadMove,
  type LeadSettings,
  type NewLead,
  type NewLeadForm,
  type SlaReportParams,
} from './api';

const leadKeys = {
  all: ['leads'] as const,
  list: (filter: LeadFilter) => ['leads', 'list', filter] as const,
  one: (id: string) => ['leads', id] as const,
  sellers: (salesGroupId: string) => ['users', 'sellers-of', salesGroupId] as const,
  settings: ['leads', 'settings'] as const,
  tuning: ['leads', 'tuning'] as const,
  forms: ['leads', 'forms'] as const,
  report: (params: SlaReportParams) => ['leads', 'sla-report', params] as const,
};

export function useLeadList(filter: LeadFilter) {
  return useQuery({
    queryKey: leadKeys.list(filter),
    queryFn: ({ signal }) => leadsApi.list(filter, signal),
    placeholderData: keepPreviousData,
  });
}

export function useLead(id: string) {
  return useQuery({ queryKey: leadKeys.one(id), queryFn: ({ signal }) => leadsApi.one(id, signal) });
}

export function useSellersOf(salesGroupId: string | null) {
  return useQuery({
    queryKey: leadKeys.sellers(salesGroupId ?? ''),
    queryFn: ({ signal }) => leadsApi.sellers(salesGroupId ?? '', signal),
    enabled: !!salesGroupId,
    staleTime: 10 * 60_000,
  });
}

function refreshAfter(queryClient: ReturnType<typeof useQueryClient>, lead: LeadDetail) {
  queryClient.setQueryData(leadKeys.one(lead.id), lead);
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: leadKeys.all }),
    queryClient.invalidateQueries({ queryKey: queryKeys.notifications }),
    lead.account ? refreshAccountMemory(queryClient, lead.account.id) : null,
  ]);
}

export function useCreateLead() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (input: NewLead) => leadsApi.create(input), onSuccess: (lead) => refreshAfter(queryClient, lead) });
}

export function useMoveLead(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LeadMove) => leadsApi.move(id, body),
    onSuccess: (lead) => refreshAfter(queryClient, lead),
    onError: () => queryClient.invalidateQueries({ queryKey: leadKeys.one(id) }),
  });
}

export function useEraseLead(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { reason: string; note: string }) => leadsApi.erase(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: leadKeys.all }),
  });
}

export function useConvertLead(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LeadConversion) => leadsApi.convert(id, body),
    onSuccess: (result) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: leadKeys.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.accounts.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.opportunities.all }),
        refreshAccountMemory(queryClient, result.accountId),
      ]),
  });
}

export function useLeadSettings() {
  return useQuery({ queryKey: leadKeys.settings, queryFn: ({ signal }) => leadsApi.settings(signal) });
}

/** Saving the rules scores every open lead again: the lists are refreshed too. */
export function useSaveLeadSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LeadSettings) => leadsApi.saveSettings(body),
    onSuccess: (saved) => {
      queryClient.setQueryData(leadKeys.settings, saved);
      return queryClient.invalidateQueries({ queryKey: leadKeys.all });
    },
  });
}

export function useLeadTuning() {
  return useQuery({ queryKey: leadKeys.tuning, queryFn: ({ signal }) => leadsApi.tuning(signal) });
}

/** Adopting suggestions changes the rules (open leads scored again): the settings, the page and the lists are refreshed. */
export function useAdoptSuggestions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (keys: string[] | undefined) => leadsApi.adopt(keys ? { keys } : {}),
    onSuccess: (saved) => {
      queryClient.setQueryData(leadKeys.settings, saved);
      return queryClient.invalidateQueries({ queryKey: leadKeys.all });
    },
  });
}

export function useSlaReport(params: SlaReportParams) {
  return useQuery({
    queryKey: leadKeys.report(params),
    queryFn: ({ signal }) => leadsApi.slaReport(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useLeadForms() {
  return useQuery({ queryKey: leadKeys.forms, queryFn: ({ signal }) => leadsApi.forms(signal) });
}

export function useCreateLeadForm() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: NewLeadForm) => leadsApi.createForm(input),
    onSuccess: () => client.invalidateQueries({ queryKey: leadKeys.forms }),
  });
}
