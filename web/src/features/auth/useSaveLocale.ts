import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Locale } from '@contract/common';
import { authApi } from './api';
import { meQueryKey } from './useMe';

/** Saves the signed-in user's language, so that it follows them to other devices. */
export function useSaveLocale() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (locale: Locale) => authApi.setLocale(locale),
    onSuccess: (me) => queryClient.setQueryData(meQueryKey, me),
  });
}
