import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export type ParamChanges = Record<string, string | null | undefined>;

/**
 * View state in the URL (filters, sort, page, tabs): read with `params.get`, change with `update`.
 * A change to anything but the page starts again on page 1; history is replaced, not pushed.
 */
export function useUrlParams() {
  const [params, setParams] = useSearchParams();
  const update = useCallback(
    (changes: ParamChanges) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          if (!('page' in changes)) next.delete('page');
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const page = Math.max(1, Number(params.get('page')) || 1);
  return { params, update, page };
}
