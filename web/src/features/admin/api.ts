import type { z } from 'zod';
import type { Ok, Role } from '@contract/common';
import type { Process, ProcessInput, PutStages, WinProbabilityEvaluation } from '@contract/opportunities';
import type {
  ExchangeRate as ExchangeRateSchema,
  Market,
  MarketInput,
  MarketPatch,
  Organisation,
  OrganisationPatch as OrganisationPatchSchema,
  SalesGroup,
  SalesGroupInput,
  SalesGroupPatch,
} from '@contract/org';
import type { CreateUser, UpdateUser, User, UserPage } from '@contract/users';
import type { Invitation, InviteBody, InviteResult, IssuedInvitation } from '@contract/access';
import { api } from '../../shared/api/client';

export type UserPageData = z.infer<typeof UserPage>;
export type NewUser = z.input<typeof CreateUser>;
export type UserPatch = z.input<typeof UpdateUser>;

export type OrganisationPatch = z.input<typeof OrganisationPatchSchema>;
export type NewMarket = z.input<typeof MarketInput>;
export type MarketChanges = z.input<typeof MarketPatch>;
export type NewSalesGroup = z.input<typeof SalesGroupInput>;
export type SalesGroupChanges = z.input<typeof SalesGroupPatch>;
export type NewProcess = z.input<typeof ProcessInput>;
export type StagesInput = z.input<typeof PutStages>;
export type ExchangeRate = z.infer<typeof ExchangeRateSchema>;
export type WinEvaluation = z.infer<typeof WinProbabilityEvaluation>;

export interface UserFilter {
  q?: string;
  role?: Role;
  page: number;
  pageSize: number;
}

export const adminApi = {
  listUsers: (filter: UserFilter, signal?: AbortSignal) => api.get<UserPageData>('/api/users', { ...filter }, signal),
  createUser: (input: NewUser) => api.post<User>('/api/users', input),
  updateUser: (id: string, patch: UserPatch) => api.patch<User>(`/api/users/${id}`, patch),
  invitations: (signal?: AbortSignal) => api.get<Invitation[]>('/api/invitations', undefined, signal),
  invite: (body: InviteBody) => api.post<InviteResult>('/api/invitations', body),
  resendInvitation: (id: string) => api.post<IssuedInvitation>(`/api/invitations/${id}/resend`),
  revokeInvitation: (id: string) => api.delete<{ ok: true }>(`/api/invitations/${id}`),
};

/** The organisation's settings (admins): organisation, markets, sales groups, processes, exchange rates. */
export const settingsApi = {
  organisation: (signal?: AbortSignal) => api.get<Organisation>('/api/organisation', undefined, signal),
  updateOrganisation: (patch: OrganisationPatch) => api.patch<Organisation>('/api/organisation', patch),
  /** Active sales leaders: who may lead a market or a sales group. */
  leaders: (signal?: AbortSignal) => api.get<UserPageData>('/api/users', { role: 'sales_leader', active: 'true', pageSize: 200 }, signal),
  createMarket: (input: NewMarket) => api.post<Market>('/api/markets', input),
  updateMarket: (id: string, patch: MarketChanges) => api.patch<Market>(`/api/markets/${id}`, patch),
  createSalesGroup: (input: NewSalesGroup) => api.post<SalesGroup>('/api/sales-groups', input),
  updateSalesGroup: (id: string, patch: SalesGroupChanges) => api.patch<SalesGroup>(`/api/sales-groups/${id}`, patch),
  processes: (signal?: AbortSignal) => api.get<Process[]>('/api/processes', undefined, signal),
  createVariant: (input: NewProcess) => api.post<Process>('/api/processes', input),
  putStages: (id: string, input: StagesInput) => api.put<Process>(`/api/processes/${id}/stages`, input),
  rates: (signal?: AbortSignal) => api.get<ExchangeRate[]>('/api/exchange-rates', undefined, signal),
  /** Sets a currency's rate from a day on (the server upserts per currency and day). */
  setRate: (rate: ExchangeRate) => api.put<z.infer<typeof Ok>>('/api/exchange-rates', rate),
  /** How well the win probability predicted the newer closed deals from the older ones. */
  winEvaluation: (signal?: AbortSignal) => api.get<WinEvaluation>('/api/opportunities/win-probability/evaluation', undefined, signal),
};
