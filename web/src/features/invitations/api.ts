import type { z } from 'zod';
import type { LinkInfo } from '@contract/access';
import type { SignInResponse } from '@contract/auth';
import { api } from '../../shared/api/client';

export const linksApi = {
  inspect: (token: string) => api.post<LinkInfo>('/api/auth/links/inspect', { token }),
  use: (input: { token: string; password: string; name?: string }) =>
    api.post<z.infer<typeof SignInResponse>>('/api/auth/links/use', input),
  forgot: (email: string) => api.post<{ ok: true }>('/api/auth/forgot-password', { email }),
};

/** The token travels in the link's fragment (`/invitation#…`): never sent to a server, never in a log. */
export const tokenFromHash = (hash: string) => decodeURIComponent(hash.replace(/^#/, '')).trim();
