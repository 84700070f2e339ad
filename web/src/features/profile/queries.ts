import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiKeysApi } from './api';

const key = ['api-keys'] as const;

export const useApiKeys = () => useQuery({ queryKey: key, queryFn: ({ signal }) => apiKeysApi.list(signal) });

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: apiKeysApi.create, onSuccess: () => queryClient.invalidateQueries({ queryKey: key }) });
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: apiKeysApi.revoke, onSuccess: () => queryClient.invalidateQueries({ queryKey: key }) });
}
