import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { webhooksApi } from './api';

const key = ['webhooks'] as const;

export const useCatalogue = () =>
  useQuery({ queryKey: [...key, 'catalogue'], queryFn: ({ signal }) => webhooksApi.catalogue(signal), staleTime: Infinity });
export const useEndpoints = () => useQuery({ queryKey: key, queryFn: ({ signal }) => webhooksApi.list(signal) });

export const useMessages = (id: string | null, query: { status?: string; page: number }) =>
  useQuery({
    queryKey: [...key, id, 'messages', query],
    queryFn: ({ signal }) => webhooksApi.messages(id!, query, signal),
    enabled: id !== null,
    placeholderData: keepPreviousData,
    refetchInterval: 10_000,
  });

function useInvalidating<A, R>(fn: (a: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: key }) });
}

export const useCreateEndpoint = () => useInvalidating(webhooksApi.create);
export const useUpdateEndpoint = () => useInvalidating(webhooksApi.update);
export const useDeleteEndpoint = () => useInvalidating(webhooksApi.remove);
export const useReplay = () => useInvalidating(webhooksApi.replay);
export const useRotateSecret = () => useInvalidating(webhooksApi.rotateSecret);
export const useSendTest = () => useInvalidating(webhooksApi.sendTest);
