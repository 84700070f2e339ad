import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../shared/api/queryKeys';
import { refreshAccountMemory } from '../../shared/timeline/queries';
import { matrixApi, type CellMark, type Matrix, type MatrixFilter } from './api';
import { withMark } from './matrixModel';
import { matrixKeys, matrixQuery } from './matrixQuery';

/** The industries in use, for the matrix's industry filter. */
export function useIndustries() {
  return useQuery({
    queryKey: ['industries'],
    queryFn: ({ signal }) => matrixApi.industries(signal),
    staleTime: 5 * 60_000,
    select: (rows) => rows.map((r) => r.industry),
  });
}

/** A page of the product matrix; the last page stays on screen while the next one loads. */
export function useMatrix(filter: MatrixFilter) {
  return useQuery({ ...matrixQuery(filter), placeholderData: keepPreviousData });
}

/** Mark a cell as potential or not relevant, or clear it: shown at once, then refreshed from the server. */
export function useMarkCell(filter: MatrixFilter, byName: string) {
  const queryClient = useQueryClient();
  const key = matrixKeys.page(filter);
  return useMutation({
    mutationFn: (mark: CellMark) => matrixApi.mark(mark),
    onMutate: async (mark) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<Matrix>(key);
      if (previous) queryClient.setQueryData(key, withMark(previous, mark, byName));
      return { previous };
    },
    onError: (_error, _mark, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    onSettled: (_data, _error, mark) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.matrix }),
        // a forum's agenda lists the new potential
        queryClient.invalidateQueries({ queryKey: queryKeys.forums }),
        refreshAccountMemory(queryClient, mark.accountId),
      ]),
  });
}
