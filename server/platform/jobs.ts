import { sql } from 'drizzle-orm';
import { rowsOf } from '../db/client';
import type { AppContext } from './context';

export interface Job {
  name: string;
  everyMs: number;
  run(ctx: AppContext): Promise<void>;
  /**
   * false: run outside a transaction, without the cluster-wide lock — for a job that claims its
   * own work (`for update skip locked`) and talks to the outside world (e-mail) between commits.
   */
  exclusive?: boolean;
}

/** A stable 32-bit key for a job name, for pg_try_advisory_xact_lock. */
function lockKey(name: string): number {
  let h = 0;
  for (const c of name) h = (Math.imul(h, 31) + c.charCodeAt(0)) | 0;
  return h;
}

/**
 * Run jobs on an interval, never two runs of one job at once in a process. Each run takes a
 * transaction-scoped advisory lock first, so when several servers share one PostgreSQL only one of
 * them runs a given job at a time (unless the job is not `exclusive`).
 */
export function startJobs(ctx: AppContext, jobs: Job[]): () => void {
  const running = new Set<string>();
  const once = async (job: Job) => {
    if (job.exclusive === false) return job.run(ctx);
    await ctx.db.transaction(async (tx) => {
      const result = await tx.execute(sql`select pg_try_advisory_xact_lock(${lockKey(job.name)}) as got`);
      const got = rowsOf<{ got: boolean }>(result)[0]?.got;
      if (got) await job.run({ ...ctx, db: tx });
    });
  };
  const timers = jobs.map((job) =>
    setInterval(() => {
      if (running.has(job.name)) return; // the last run is still going
      running.add(job.name);
      once(job)
        .catch((err: unknown) => ctx.log.error({ err, job: job.name }, 'scheduled job failed'))
        .finally(() => running.delete(job.name));
    }, job.everyMs).unref(),
  );
  return () => timers.forEach(clearInterval);
}
