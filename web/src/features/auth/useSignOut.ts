import { useMutation, useQueryClient } from '@tanstack/react-query';
import { setCsrfToken } from '../../shared/api/client';
import { authApi } from './api';
import { markSignedOut } from './signOutMarker';
import { meQueryKey } from './useMe';

/**
 * Ends the session on the server and forgets every cached answer of this user.
 * With the user gone, the app's auth guard sends the browser to the sign-in page.
 */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => authApi.signOut(),
    onSettled: () => {
      setCsrfToken(null);
      markSignedOut();
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meQueryKey[0] });
      queryClient.setQueryData(meQueryKey, null);
    },
  });
}
