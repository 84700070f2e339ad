import { industryFromText, type IndustryCode } from '@domain/industries';
import { accountSizes, accountStatuses, oneOf } from '../../shared/domain/vocabulary';
import { pageOf, useUrlParams } from '../../shared/url/useUrlParams';
import { matrixSorts, type MatrixFilter } from './api';

/** Rows per page the matrix offers; the first is the default. */
export const matrixPageSizes = [50, 100] as const;

/** The URL parameters the matrix's filters use (all but `page`). */
export const matrixParams = ['q', 'market', 'group', 'industry', 'size', 'owner', 'status', 'rollup', 'sort'] as const;

/**
 * The matrix's view state lives in the URL:
 * `?q=…&market=…&group=…&industry=G&size=large&owner=…&status=customer&rollup=1&sort=whitespace&page=2&pageSize=100`.
 */
/** The industry filter: a section code; an older link's name ("Retail") is read as its code. */
export function industryParam(params: URLSearchParams): IndustryCode | null {
  return industryFromText(params.get('industry'));
}

/** The matrix's filter from its address's parameters (the page and the prefetch read the same). */
export function matrixFilterOf(params: URLSearchParams): MatrixFilter {
  const size = params.get('size');
  const status = params.get('status');
  const sort = params.get('sort');
  return {
    q: params.get('q') ?? undefined,
    marketId: params.get('market') ?? undefined,
    salesGroupId: params.get('group') ?? undefined,
    industry: industryParam(params) ?? undefined,
    size: oneOf(accountSizes, size) ? size : undefined,
    ownerId: params.get('owner') ?? undefined,
    status: oneOf(accountStatuses, status) ? status : undefined,
    rollup: params.get('rollup') ? 'true' : undefined,
    sort: oneOf(matrixSorts, sort) ? sort : 'name',
    page: pageOf(params),
    pageSize: matrixPageSizes.find((n) => String(n) === params.get('pageSize')) ?? matrixPageSizes[0],
  };
}

export function useMatrixFilter() {
  const { params, update } = useUrlParams();
  return { filter: matrixFilterOf(params), params, update };
}
