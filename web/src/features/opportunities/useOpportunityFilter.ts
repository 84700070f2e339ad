import { useSession } from '../../shared/session/session';
import { useUrlParams } from '../../shared/url/useUrlParams';
import type { OpportunityFilter } from './api';

export const scopes = ['all', 'team', 'mine'] as const;
export type Scope = (typeof scopes)[number];

/** The board's view state lives in the URL: `?scope=team&group=…&market=…&owner=…&product=…&q=…`. */
export function useOpportunityFilter() {
  const me = useSession();
  const { params, update, page } = useUrlParams();
  const scopeParam = params.get('scope');
  const scope: Scope = scopeParam === 'team' || scopeParam === 'mine' ? scopeParam : 'all';
  const filter: OpportunityFilter = {
    q: params.get('q') ?? undefined,
    salesGroupId: scope === 'team' ? (me.salesGroup?.id ?? undefined) : (params.get('group') ?? undefined),
    marketId: params.get('market') ?? undefined,
    ownerId: scope === 'mine' ? me.user.id : (params.get('owner') ?? undefined),
    productId: params.get('product') ?? undefined,
  };
  return { filter, scope, params, update, page };
}
