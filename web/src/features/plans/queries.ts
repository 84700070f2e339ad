import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../shared/api/queryKeys';
import { refreshAccountMemory } from '../../shared/timeline/queries';
import { plansApi, type AccountPlan, type PlanInput } from './api';

const keys = {
  view: (accountId: string) => ['account-plans', accountId] as const,
  coverage: ['account-plans', 'coverage'] as const,
  rollup: (accountId: string) => ['account-plans', accountId, 'rollup'] as const,
};

export function usePlan(accountId: string) {
  return useQuery({ queryKey: keys.view(accountId), queryFn: ({ signal }) => plansApi.view(accountId, signal) });
}
export function usePlanContacts(accountId: string) {
  return useQuery({
    queryKey: [...queryKeys.accounts.one(accountId), 'plan-contacts'],
    queryFn: ({ signal }) => plansApi.contacts(accountId, signal),
  });
}
export function useWhiteSpace(accountId: string) {
  return useQuery({
    queryKey: [...queryKeys.accounts.one(accountId), 'plan-suggestions'],
    queryFn: ({ signal }) => plansApi.suggestions(accountId, signal),
  });
}
export function useProducts() {
  return useQuery({ queryKey: queryKeys.products, queryFn: ({ signal }) => plansApi.products(signal), staleTime: 10 * 60_000 });
}
/** The plan's group of companies rolled up (refetched with the plan: its year decides the period). */
export function usePlanRollup(accountId: string) {
  return useQuery({ queryKey: keys.rollup(accountId), queryFn: ({ signal }) => plansApi.rollup(accountId, signal) });
}
export function useCoverage() {
  return useQuery({ queryKey: keys.coverage, queryFn: ({ signal }) => plansApi.coverage(signal) });
}

/** Every write answers the plan as it now is; the account's timeline and the task list hear of it. */
export function usePlanWrites(accountId: string) {
  const queryClient = useQueryClient();
  const done = (plan: AccountPlan) => {
    queryClient.setQueryData(keys.view(accountId), (old: { plan: AccountPlan | null } | undefined) => (old ? { ...old, plan } : old));
    return Promise.all([
      queryClient.invalidateQueries({ queryKey: keys.view(accountId) }),
      queryClient.invalidateQueries({ queryKey: queryKeys.tasks }),
      refreshAccountMemory(queryClient, accountId),
    ]);
  };
  return {
    save: useMutation({ mutationFn: (input: PlanInput) => plansApi.put(accountId, input), onSuccess: done }),
    addAction: useMutation({
      mutationFn: (input: { title: string; ownerId?: string; dueOn: string }) => plansApi.addAction(accountId, input),
      onSuccess: done,
    }),
    review: useMutation({
      mutationFn: (input: { version: number; nextReviewOn: string | null }) => plansApi.review(accountId, input),
      onSuccess: done,
    }),
  };
}
