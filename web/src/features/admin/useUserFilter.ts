import { useUrlParams } from '../../shared/url/useUrlParams';
import type { UserFilter } from './api';
import { isRole } from './options';

export const USERS_PAGE_SIZE = 25;

/** The users list's view state lives in the URL: `?q=anna&role=seller&page=2` (a new search starts on page 1). */
export function useUserFilter() {
  const { params, update, page } = useUrlParams();
  const role = params.get('role');
  const filter: UserFilter = {
    q: params.get('q') ?? undefined,
    role: isRole(role) ? role : undefined,
    page,
    pageSize: USERS_PAGE_SIZE,
  };
  return { filter, update };
}
