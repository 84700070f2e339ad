import { useSearchParams } from 'react-router';
import type { UserFilter } from './api';
import { isRole } from './options';

export const USERS_PAGE_SIZE = 25;

/** The users list's view state lives in the URL: `?q=anna&role=seller&page=2`. */
export function useUserFilter() {
  const [params, setParams] = useSearchParams();
  const role = params.get('role');
  const filter: UserFilter = {
    q: params.get('q') ?? undefined,
    role: isRole(role) ? role : undefined,
    page: Math.max(1, Number(params.get('page')) || 1),
    pageSize: USERS_PAGE_SIZE,
  };

  const update = (changes: Partial<Record<'q' | 'role' | 'page', string | null>>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        if (!('page' in changes)) next.delete('page'); // a new search starts on page 1
        return next;
      },
      { replace: true },
    );

  return { filter, update };
}
