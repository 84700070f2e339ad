import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { AuthOptions } from '@contract/access';
import type { Me, SignInResponse } from '@contract/auth';
import type { z } from 'zod';
import { api, setCsrfToken } from '../api/client';

/** The key of `/api/me` (the auth feature reads and writes the same cache entry). */
export const meKey = ['me'] as const;
export const authOptionsKey = ['auth-options'] as const;

/** What the sign-in page offers before anyone is signed in: set-up, passwords, single sign-on, e-mail. */
export function useAuthOptions() {
  return useQuery({
    queryKey: authOptionsKey,
    queryFn: ({ signal }) => api.get<AuthOptions>('/api/auth/options', undefined, signal),
    staleTime: 60_000,
  });
}

/**
 * After something that signed the person in (set-up, an invitation, a reset link): keep the session's
 * CSRF token and load the full `Me` before the app renders.
 */
export async function enterSignedIn(queryClient: QueryClient, signedIn: z.infer<typeof SignInResponse>): Promise<Me> {
  setCsrfToken(signedIn.csrfToken);
  const me = await api.get<Me>('/api/me');
  setCsrfToken(me.csrfToken);
  queryClient.setQueryData(meKey, me);
  queryClient.setQueryData<AuthOptions>(authOptionsKey, (o) => (o ? { ...o, setupNeeded: false } : o));
  return me;
}
