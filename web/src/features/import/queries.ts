import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { importsApi, type ImportRequest, type StartOptions } from './api';

const keys = {
  all: ['imports'] as const,
  run: (id: string) => ['imports', id] as const,
  errors: (id: string) => ['imports', id, 'errors'] as const,
};

/** Upload the file to see the detected columns, the mapping, sample rows and the first errors. */
export function usePreview() {
  return useMutation({ mutationFn: (request: ImportRequest) => importsApi.preview(request) });
}

export function useStartImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ request, options }: { request: ImportRequest; options: StartOptions }) => importsApi.start(request, options),
    onSuccess: (run) => {
      queryClient.setQueryData(keys.run(run.id), run);
      return queryClient.invalidateQueries({ queryKey: keys.all, exact: true });
    },
  });
}

/** A run and its progress: polled twice a second while it runs. */
export function useImportRun(id: string | null) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: keys.run(id ?? ''),
    queryFn: async ({ signal }) => {
      const run = await importsApi.run(id!, signal);
      if (run.status !== 'running') void queryClient.invalidateQueries({ queryKey: keys.all, exact: true });
      return run;
    },
    enabled: !!id,
    refetchInterval: (query) => (query.state.data?.status === 'running' ? 500 : false),
  });
}

export function useRunErrors(id: string, enabled: boolean) {
  return useQuery({ queryKey: keys.errors(id), queryFn: ({ signal }) => importsApi.errors(id, signal), enabled });
}

export function useRecentImports() {
  return useQuery({ queryKey: keys.all, queryFn: ({ signal }) => importsApi.recent(signal) });
}
