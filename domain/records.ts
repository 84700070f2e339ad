/**
 * The life of a deleted record (accounts, contacts, opportunities): deleting is soft — the record
 * leaves every list but stays restorable for `restoreDays` by those who may delete it (access.ts).
 */
export const restoreDays = 30;

const DAY = 86_400_000;

/** The last moment a record deleted at `deletedAt` can be restored. */
export const restorableUntil = (deletedAt: Date): Date => new Date(deletedAt.getTime() + restoreDays * DAY);

/** Whether a record deleted at `deletedAt` may still be restored at `now`. */
export const isRestorable = (deletedAt: Date, now: Date): boolean => now.getTime() <= restorableUntil(deletedAt).getTime();

/** Records deleted before this moment can no longer be restored, so they are purged for good (the `records.purge` job). */
export const purgeDeletedBefore = (now: Date): Date => new Date(now.getTime() - restoreDays * DAY);

/** The fields whose values differ between what a form started from and what the server has now ("here is what changed"). */
export function changedFields<T extends Record<string, unknown>>(
  before: T,
  now: Partial<T>,
  fields: readonly (keyof T & string)[],
): (keyof T & string)[] {
  const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null) || JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
  return fields.filter((f) => f in now && !same(before[f], now[f]));
}
