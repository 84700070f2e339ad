import type { z } from 'zod';
import type { AlertPreferencesView, PutAlertPreferences } from '@contract/alerts';
import type { ApiKey, CreatedApiKey } from '@contract/auth';
import { api } from '../../shared/api/client';

export type NewApiKey = z.infer<typeof CreatedApiKey>;

export const apiKeysApi = {
  list: (signal?: AbortSignal) => api.get<ApiKey[]>('/api/api-keys', undefined, signal),
  create: (name: string) => api.post<NewApiKey>('/api/api-keys', { name }),
  revoke: (id: string) => api.delete<{ ok: true }>(`/api/api-keys/${id}`),
};

export const passwordApi = {
  change: (input: { currentPassword: string; newPassword: string }) => api.post<{ ok: true }>('/api/me/password', input),
};

export const alertPreferencesApi = {
  get: (userId: string, signal?: AbortSignal) => api.get<AlertPreferencesView>(`/api/users/${userId}/alert-preferences`, undefined, signal),
  put: (userId: string, input: PutAlertPreferences) => api.put<AlertPreferencesView>(`/api/users/${userId}/alert-preferences`, input),
};
