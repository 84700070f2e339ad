import { useEffect } from 'react';
import { useUrlParams, type ParamChanges } from '../../shared/url/useUrlParams';
import type { OverviewLevel, OverviewQuery } from './api';

export const thisYear = new Date().getFullYear();

/** URL parameter of each drill-down level (`?market=…&group=…&seller=…`). */
export const levelParam: Record<Exclude<OverviewLevel, 'company'>, 'market' | 'group' | 'seller'> = {
  market: 'market',
  salesGroup: 'group',
  seller: 'seller',
};

/** The API's names for the same filters, as links from elsewhere may use them (`/overview?userId=…`). */
const aliases = { marketId: 'market', salesGroupId: 'group', userId: 'seller' } as const;

/** The overview's view state lives in the URL: `?year=2026&market=…&group=…&seller=…`. */
export function useOverviewFilter() {
  const { params, update } = useUrlParams();
  const aliased = Object.keys(aliases).some((a) => params.has(a));
  useEffect(() => {
    if (!aliased) return;
    const changes: ParamChanges = {};
    for (const [alias, name] of Object.entries(aliases)) {
      if (!params.has(alias)) continue;
      changes[alias] = null;
      changes[name] = params.get(name) ?? params.get(alias);
    }
    update(changes);
  }, [aliased, params, update]);
  const query: OverviewQuery = {
    year: Number(params.get('year')) || thisYear,
    marketId: params.get('market') ?? params.get('marketId') ?? undefined,
    salesGroupId: params.get('group') ?? params.get('salesGroupId') ?? undefined,
    userId: params.get('seller') ?? params.get('userId') ?? undefined,
  };
  /** A link that keeps the other filters and changes these (drill-down, breadcrumbs). */
  const hrefWith = (changes: ParamChanges) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    const qs = next.toString();
    return { search: qs ? `?${qs}` : '' };
  };
  return { query, params, update, hrefWith };
}
