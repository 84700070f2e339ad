import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../shared/api/errors';
import { meQueryKey } from '../features/auth/useMe';

/** One client for the app. A 401 anywhere means the session ended: forget the user, and the router sends them to sign-in. */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => signOutOnUnauthenticated(error) }),
    mutationCache: new MutationCache({ onError: (error) => signOutOnUnauthenticated(error) }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (count, error) => !isApiError(error) && count < 2,
        refetchOnWindowFocus: true,
      },
    },
  });
  function signOutOnUnauthenticated(error: unknown) {
    if (isApiError(error, 'unauthenticated')) client.setQueryData(meQueryKey, null);
  }
  return client;
}

/** The app's one client: the router's prefetches and the pages share its cache. */
export const queryClient = createQueryClient();
