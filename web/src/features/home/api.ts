import type { Home } from '@contract/home';
import { api } from '../../shared/api/client';

export type { Home };

export const homeApi = {
  get: (scope: 'me' | 'team', signal?: AbortSignal) => api.get<Home>('/api/home', { scope }, signal),
};
