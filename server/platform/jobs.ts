import { sql } from 'drizzle-orm';
import { rowsOf } from '../db/client';
import type { AppContext } from './context';

export interface Job {
  name: string;
  everyMs: number;
  run(ctx: AppContext): Promise<void>;
}

/** A stable 32-bit key for a job name, for pg_try_advisory_xact_lock. */
function lockKey(name: string): number {
  let h = 0;
  for (const c of name) h = (Math.imul(h, 31) + c.charCodeAt(0)) | 0;
  return h;
}

/**
 * Run jobs on an interval. Each run takes a transaction-scoped advisory lock first, so when several
 * servers share one PostgreSQL only one of them runs a given job at a time.
 */
export function startJobs(ctx: AppContext, jobs: Job[]): () => void {
  const timers = jobs.map((job) =>
    setInterval(() => {
      void ctx.db
        .transaction(async (tx) => {
          const result = await tx.execute(sql`select pg_try_advisory_xact_lock(${lockKey(job.name)}) as got`);
          const got = rowsOf<{ got: boolean }>(result)[0]?.got;
          if (got) await job.run({ ...ctx, db: tx });
        })
        .catch((err: unknown) => ctx.log.error({ err, job: job.name }, 'scheduled job failed'));
    }, job.everyMs).unref(),
  );
  return () => timers.forEach(clearInterval);
}
