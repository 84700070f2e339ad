import type { z } from 'zod';
import type { AccountPlan, AccountPlanView, PlanCoverage, PlanRollup, PutPlan } from '@contract/plans';
import type { Suggestions } from '@contract/matrix';
import type { ContactPage } from '@contract/contacts';
import type { Product } from '@contract/products';
import { api } from '../../shared/api/client';

export type { AccountPlan };
export type PlanView = z.infer<typeof AccountPlanView>;
export type PlanInput = z.input<typeof PutPlan>;
export type Stakeholder = AccountPlan['stakeholders'][number];
export type Coverage = z.infer<typeof PlanCoverage>;
export type Rollup = PlanRollup;

export const plansApi = {
  view: (accountId: string, signal?: AbortSignal) => api.get<PlanView>(`/api/accounts/${accountId}/plan`, undefined, signal),
  put: (accountId: string, input: PlanInput) => api.put<AccountPlan>(`/api/accounts/${accountId}/plan`, input),
  addAction: (accountId: string, input: { title: string; ownerId?: string; dueOn: string }) =>
    api.post<AccountPlan>(`/api/accounts/${accountId}/plan/actions`, input),
  review: (accountId: string, input: { version: number; nextReviewOn: string | null }) =>
    api.post<AccountPlan>(`/api/accounts/${accountId}/plan/review`, input),
  contacts: (accountId: string, signal?: AbortSignal) =>
    api.get<z.infer<typeof ContactPage>>('/api/contacts', { accountId, pageSize: 100, sort: 'name' }, signal),
  suggestions: (accountId: string, signal?: AbortSignal) =>
    api.get<z.infer<typeof Suggestions>>('/api/matrix/suggestions', { accountId, limit: 8 }, signal),
  products: (signal?: AbortSignal) => api.get<z.infer<typeof Product>[]>('/api/products', undefined, signal),
  rollup: (accountId: string, signal?: AbortSignal) => api.get<Rollup>(`/api/accounts/${accountId}/plan/rollup`, undefined, signal),
  coverage: (signal?: AbortSignal) => api.get<Coverage>('/api/account-plans/coverage', undefined, signal),
};
