/**
 * inTransaction runs a transaction again when PostgreSQL aborted it for a deadlock or a
 * serialisation failure (platform/context.ts), and only then.
 */
import { describe, expect, it, vi } from 'vitest';
import type { AppContext } from '../../server/platform/context';
import { inTransaction } from '../../server/platform/context';

/** A context whose database fails each transaction with the next error given, then commits. */
function failingContext(failures: Error[]) {
  const attempts = { count: 0 };
  const warn = vi.fn();
  const db = {
    transaction: async (work: (db: unknown) => Promise<unknown>) => {
      attempts.count++;
      const failure = failures.shift();
      if (failure) throw failure;
      return work(db);
    },
  };
  const ctx = { db, log: { warn } } as unknown as AppContext;
  return { ctx, attempts, warn };
}

/** As Drizzle wraps pg's error: the SQLSTATE on the cause. */
const wrapped = (code: string) =>
  Object.assign(new Error('Failed query: update …'), { cause: Object.assign(new Error('deadlock detected'), { code }) });

describe('inTransaction', () => {
  it('runs a transaction aborted by a deadlock or a serialisation failure again', async () => {
    const { ctx, attempts, warn } = failingContext([wrapped('40P01'), wrapped('40001')]);
    await expect(inTransaction(ctx, async () => 'won')).resolves.toBe('won');
    expect(attempts.count).toBe(3);
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('does not run it again for any other error', async () => {
    const { ctx, attempts } = failingContext([wrapped('23505')]);
    await expect(inTransaction(ctx, async () => 'never')).rejects.toThrow('Failed query');
    expect(attempts.count).toBe(1);
  });

  it('gives up after five attempts with the database’s error', async () => {
    const { ctx, attempts } = failingContext(Array.from({ length: 9 }, () => wrapped('40P01')));
    await expect(inTransaction(ctx, async () => 'never')).rejects.toThrow('Failed query');
    expect(attempts.count).toBe(5);
  });

  it('inside a transaction runs the work once, in it', async () => {
    const { ctx, attempts } = failingContext([]);
    const tx = { ...ctx, inTransaction: true as const };
    await expect(inTransaction(tx, async (t) => t === tx)).resolves.toBe(true);
    expect(attempts.count).toBe(0);
  });
});
