import type { Me } from '@contract/auth';
import { useSession } from '../../shared/session/session';
import { useUrlParams } from '../../shared/url/useUrlParams';
import { channels, type Channel } from '@domain/channels';
import { oneOf } from '@domain/people';
import type { OpportunityFilter } from './api';

const channelOf = (v: string | null): Channel | undefined => (oneOf(channels, v) ? v : undefined);

export const scopes = ['all', 'team', 'mine'] as const;
export type Scope = (typeof scopes)[number];

/** Where the board and the list open: a sales leader's on their team, everyone else's on all deals. */
export function defaultScopeOf(me: { user: { role: string }; salesGroup: { id: string } | null }): Scope {
  return me.user.role === 'sales_leader' && me.salesGroup ? 'team' : 'all';
}

/** The board's view state lives in the URL: `?scope=team&group=…&market=…&owner=…&product=…&channel=…&q=…`. */
export function opportunityFilterOf(params: URLSearchParams, me: Me): { filter: OpportunityFilter; scope: Scope } {
  const scopeParam = params.get('scope');
  const scope: Scope = scopeParam === 'all' || scopeParam === 'team' || scopeParam === 'mine' ? scopeParam : defaultScopeOf(me);
  const filter: OpportunityFilter = {
    q: params.get('q') ?? undefined,
    salesGroupId: scope === 'team' ? (me.salesGroup?.id ?? undefined) : (params.get('group') ?? undefined),
    marketId: params.get('market') ?? undefined,
    ownerId: scope === 'mine' ? me.user.id : (params.get('owner') ?? undefined),
    productId: params.get('product') ?? undefined,
    channel: channelOf(params.get('channel')),
  };
  return { filter, scope };
}

export function useOpportunityFilter() {
  const me = useSession();
  const { params, update, page } = useUrlParams();
  return { ...opportunityFilterOf(params, me), params, update, page };
}
