import { useMutation, useQueryClient } from '@tanstack/react-query';
import { setCsrfToken } from '../../shared/api/client';
import { authApi, type SignInInput } from './api';
import { clearSignedOut } from './signOutMarker';
import { fetchMe, meQueryKey } from './useMe';

/** Sign in, then load the full `Me` (groups, market, abilities) before the app renders. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: SignInInput) => {
      const signedIn = await authApi.signIn(input);
      setCsrfToken(signedIn.csrfToken);
      return fetchMe();
    },
    onSuccess: (me) => {
      clearSignedOut();
      queryClient.setQueryData(meQueryKey, me);
    },
  });
}
