import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

export type ParamChanges = Record<string, string | null | undefined>;

/**
 * View state in the URL (filters, sort, page, tabs): read with `params.get`, change with `update`.
 * A change to anything but the page starts again on page 1; history is replaced, not pushed.
 *
 * Each change starts from the address bar, not from the params of the last render: the router
 * renders a navigation in a transition, so a second change made before that render (a market,
 * then at once a group) would otherwise drop the first.
 */
export function useUrlParams() {
  const [params, setParams] = useSearchParams();
  const update = useCallback(
    (changes: ParamChanges) => {
      const next = new URLSearchParams(window.location.search);
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      if (!('page' in changes)) next.delete('page');
      setParams(next, { replace: true });
    },
    [setParams],
  );
  return { params, update, page: pageOf(params) };
}

/** The page an address asks for: 1 unless it names a later one (a whole number). */
export function pageOf(params: URLSearchParams): number {
  return Math.max(1, Math.floor(Number(params.get('page'))) || 1);
}
