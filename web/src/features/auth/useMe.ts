import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Me } from '@contract/auth';
import { setCsrfToken } from '../../shared/api/client';
import { isApiError } from '../../shared/api/errors';
import { authApi } from './api';

export const meQueryKey = ['me'] as const;

/** The signed-in user, or null when signed out (the server answers 401). */
export async function fetchMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    const me = await authApi.me(signal);
    setCsrfToken(me.csrfToken);
    return me;
  } catch (e) {
    if (isApiError(e, 'unauthenticated')) {
      setCsrfToken(null);
      return null;
    }
    throw e;
  }
}

export const meQuery = queryOptions({
  queryKey: meQueryKey,
  queryFn: ({ signal }) => fetchMe(signal),
  staleTime: 5 * 60_000,
  retry: (count, error) => !isApiError(error) && count < 2,
});

export function useMe() {
  return useQuery(meQuery);
}
