import { buyingRoles, oneOf } from '../../shared/domain/vocabulary';
import { useUrlParams } from '../../shared/url/useUrlParams';
import { customFilterOf } from '../../shared/custom-fields/form';
import type { ContactFilter } from './api';

export const CONTACTS_PAGE_SIZE = 50;

/** The contact list's view state in the URL: `?q=anna&role=decision_maker&account=<id>&accountName=…&cf.shoe_size=42&sort=-createdAt&page=2`. */
export function useContactFilter() {
  const { params, update, page } = useUrlParams();
  const role = params.get('role');
  const filter: ContactFilter = {
    q: params.get('q') ?? undefined,
    buyingRole: oneOf(buyingRoles, role) ? role : undefined,
    accountId: params.get('account') ?? undefined,
    cf: customFilterOf(params),
    sort: params.get('sort') === '-createdAt' ? '-createdAt' : 'name',
    page,
    pageSize: CONTACTS_PAGE_SIZE,
  };
  return { filter, params, update };
}
