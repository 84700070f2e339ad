import type { AppContext } from '../../platform/context';
import * as repo from './repo-tree';

/** A group of companies as seen from one of its accounts: the account and all its subsidiaries at every level below it. */
export function familyOf(ctx: AppContext, rootId: string) {
  return repo.family(ctx.db, rootId);
}
