import { sql } from 'drizzle-orm';
import { rowsOf } from '../db/client';
import { inTransaction, type AppContext } from './context';

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
/** How long after start the jobs first run (the server is up and answering by then). */
const FIRST_RUN_MS = 15_000;

export function startJobs(ctx: AppContext, jobs: Job[]): () => void {
  const running = new Set<string>();
  const once = async (job: Job) => {
    if (job.exclusive === false) return job.run(ctx);
    await inTransaction(ctx, async (tx) => {
      const result = await tx.db.execute(sql`select pg_try_advisory_xact_lock(${lockKey(job.name)}) as got`);
      const got = rowsOf<{ got: boolean }>(result)[0]?.got;
      if (got) await job.run(tx);
    });
  };
  const tick = (job: Job) => {
    if (running.has(job.name)) return; // the last run is still going
    running.add(job.name);
    once(job)
      .catch((err: unknown) => ctx.log.error({ err, job: job.name }, 'scheduled job failed'))
      .finally(() => running.delete(job.name));
  };
  const timers = jobs.map((job) => setInterval(() => tick(job), job.everyMs).unref());
  // a first run soon after start, one job at a time, so that a daily job does not wait a day
  const first = jobs.map((job, i) => setTimeout(() => tick(job), FIRST_RUN_MS + i * 2_000).unref());
  return () => {
    timers.forEach(clearInterval);
    first.forEach(clearTimeout);
  };
}
