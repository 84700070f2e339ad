import type { CustomFieldFilter } from '@contract/custom-fields';
import type { AppContext } from '../../platform/context';
import { customFieldMatches } from '../custom-fields/service';
import type { WithCustom } from './repo-filters';

/**
 * The one reading of an opportunity view's filters (#14): the list, the board, the export, the forecast,
 * the analytics and the outstanding quotes all pass their query through here, so `cf=<key>:<value>` is
 * read as the fields' types (an unknown field or a value it cannot hold is a 400) and filters every one
 * of them alike in repo-filters `filters`.
 */
export async function resolveFilters<T extends { cf?: CustomFieldFilter }>(ctx: AppContext, query: T): Promise<WithCustom<T>> {
  const { cf, ...rest } = query;
  return { ...rest, custom: await customFieldMatches(ctx, 'opportunity', cf) };
}
