import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Process } from '@contract/opportunities';
import { queryKeys } from '../../shared/api/queryKeys';
import {
  adminApi,
  settingsApi,
  type ExchangeRate,
  type MarketChanges,
  type NewMarket,
  type NewProcess,
  type NewSalesGroup,
  type NewUser,
  type OrganisationPatch,
  type SalesGroupChanges,
  type StagesInput,
  type UserFilter,
  type UserPatch,
} from './api';

export const adminKeys = {
  users: ['users'] as const,
  invitations: ['users', 'invitations'] as const,
  userPage: (filter: UserFilter) => ['users', filter] as const,
};

export function useUserPage(filter: UserFilter) {
  return useQuery({
    queryKey: adminKeys.userPage(filter),
    queryFn: ({ signal }) => adminApi.listUsers(filter, signal),
    placeholderData: keepPreviousData,
  });
}

/** Shared with the other features (same cache). */
export { useMarkets, useSalesGroups } from '../../shared/org/queries';

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewUser) => adminApi.createUser(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.users }),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: UserPatch }) => adminApi.updateUser(id, patch),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.users }),
  });
}

export function useInvitations() {
  return useQuery({ queryKey: adminKeys.invitations, queryFn: ({ signal }) => adminApi.invitations(signal) });
}

/** Invite, resend or revoke: the invitations and the users list (invited people are users) both change. */
function useInvitationMutation<I, O>(mutationFn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.users }) });
}

export const useInvite = () => useInvitationMutation(adminApi.invite);
export const useResendInvitation = () => useInvitationMutation(adminApi.resendInvitation);
export const useRevokeInvitation = () => useInvitationMutation(adminApi.revokeInvitation);

// ── Settings (organisation, markets and sales groups, processes, exchange rates) ──────────────

export const settingsKeys = {
  organisation: ['organisation'] as const,
  leaders: ['users', 'sales-leaders'] as const,
  /** The same key as the pipeline's processes, so the board and opportunity pages see changes at once. */
  processes: ['processes'] as const,
  rates: ['exchange-rates'] as const,
  winEvaluation: ['win-probability', 'evaluation'] as const,
  /** The signed-in user's `/api/me` (it carries the organisation's settings). */
  me: ['me'] as const,
};

export function useOrganisation() {
  return useQuery({ queryKey: settingsKeys.organisation, queryFn: ({ signal }) => settingsApi.organisation(signal) });
}

export function useWinEvaluation(enabled: boolean) {
  return useQuery({
    queryKey: settingsKeys.winEvaluation,
    queryFn: ({ signal }) => settingsApi.winEvaluation(signal),
    enabled,
    staleTime: 5 * 60_000,
  });
}

export function useLeaders() {
  return useQuery({ queryKey: settingsKeys.leaders, queryFn: ({ signal }) => settingsApi.leaders(signal), staleTime: 60_000 });
}

export function useProcesses() {
  return useQuery({ queryKey: settingsKeys.processes, queryFn: ({ signal }) => settingsApi.processes(signal) });
}

export function useRates() {
  return useQuery({ queryKey: settingsKeys.rates, queryFn: ({ signal }) => settingsApi.rates(signal) });
}

export function useUpdateOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: OrganisationPatch) => settingsApi.updateOrganisation(patch),
    onSuccess: (saved) => {
      queryClient.setQueryData(settingsKeys.organisation, saved);
      // the reporting currency and the rules of time show everywhere
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: settingsKeys.me }),
        queryClient.invalidateQueries({ queryKey: queryKeys.opportunities.all }),
        queryClient.invalidateQueries({ queryKey: queryKeys.accounts.all }),
      ]);
    },
  });
}

export function useSaveMarket() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; patch: MarketChanges } | { id: null; input: NewMarket }) =>
      input.id === null ? settingsApi.createMarket(input.input) : settingsApi.updateMarket(input.id, input.patch),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.markets }),
  });
}

export function useSaveSalesGroup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; patch: SalesGroupChanges } | { id: null; input: NewSalesGroup }) =>
      input.id === null ? settingsApi.createSalesGroup(input.input) : settingsApi.updateSalesGroup(input.id, input.patch),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.salesGroups }),
  });
}

export function useCreateVariant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewProcess) => settingsApi.createVariant(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: settingsKeys.processes }),
  });
}

export function usePutStages() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: StagesInput }) => settingsApi.putStages(id, input),
    onSuccess: (saved) => {
      queryClient.setQueryData<Process[]>(settingsKeys.processes, (all) => all?.map((p) => (p.id === saved.id ? saved : p)));
      // boards, lists and opportunities show the stages' names, order and probabilities
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: settingsKeys.processes }),
        queryClient.invalidateQueries({ queryKey: queryKeys.opportunities.all }),
      ]);
    },
  });
}

export function useSetRate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (rate: ExchangeRate) => settingsApi.setRate(rate),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: settingsKeys.rates }),
        queryClient.invalidateQueries({ queryKey: queryKeys.opportunities.all }),
      ]),
  });
}
