import type { FirstSteps } from '@contract/adoption';
import type { Home } from '@contract/home';
import { api } from '../../shared/api/client';

export type { FirstSteps, Home };

export const homeApi = {
  get: (scope: 'me' | 'team', signal?: AbortSignal) => api.get<Home>('/api/home', { scope }, signal),
  firstSteps: (signal?: AbortSignal) => api.get<FirstSteps>('/api/first-steps', undefined, signal),
  dismissFirstSteps: (dismissed: boolean) => api.put<FirstSteps>('/api/first-steps/dismissed', { dismissed }),
};
