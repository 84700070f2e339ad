import { errors } from '../../platform/errors';
import type { AppContext } from '../../platform/context';
import { isForeignKeyViolation } from '../../db/errors';
import * as repo from './repo';

/**
 * The people a ritual brings together (a scheme's members, a seminar's sellers, an interview's
 * listeners): each an active seller of a sales group, and of at least two groups in all — else
 * 400 at `field`, saying what the ritual is.
 */
export async function sellersOfSeveralGroups(ctx: AppContext, ids: string[], field: string, ritual: string) {
  const people = await repo.people(ctx.db, ids);
  if (people.length !== ids.length || people.some((p) => !p.active || !p.salesGroupId))
    throw errors.invalid('Every one must be an active seller of a sales group.', [
      { path: `body.${field}`, message: 'unknown or without a group' },
    ]);
  if (new Set(people.map((p) => p.salesGroupId)).size < 2)
    throw errors.invalid(`${ritual} needs sellers of at least two sales groups.`, [{ path: `body.${field}`, message: 'one group only' }]);
  return people;
}

/** A reference the database refused (a foreign key) as 400 at a field; anything else as it was. */
export function rethrowReference(field: string, what: string) {
  return (e: unknown): never => {
    if (isForeignKeyViolation(e))
      throw errors.invalid(`The ${what} does not exist.`, [{ path: `body.${field}`, message: `unknown ${what}` }]);
    throw e;
  };
}
