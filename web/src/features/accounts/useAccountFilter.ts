import { accountSorts, accountStatuses, oneOf } from '../../shared/domain/vocabulary';
import { useUrlParams } from '../../shared/url/useUrlParams';
import { customFilterOf } from '../../shared/custom-fields/form';
import type { AccountFilter } from './api';

export const ACCOUNTS_PAGE_SIZE = 50;

/** The account list's view state lives in the URL: `?q=skanska&status=customer&market=…&global=1&mine=1&cf.tier=gold&sort=-name&page=2`. */
export function useAccountFilter(myId: string) {
  const { params, update, page } = useUrlParams();
  const status = params.get('status');
  const sort = params.get('sort');
  const filter: AccountFilter = {
    q: params.get('q') ?? undefined,
    status: oneOf(accountStatuses, status) ? status : undefined,
    marketId: params.get('market') ?? undefined,
    ownerId: params.get('mine') ? myId : undefined,
    isGlobal: params.get('global') ? 'true' : undefined,
    cf: customFilterOf(params),
    sort: oneOf(accountSorts, sort) ? sort : 'name',
    page,
    pageSize: ACCOUNTS_PAGE_SIZE,
  };
  return { filter, params, update };
}
