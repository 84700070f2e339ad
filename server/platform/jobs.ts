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

/** How long after start the jobs first run (the server is up and answering by then). */
const FIRST_RUN_MS = 15_000;
/** The session advisory lock that makes an instance the one that runs the scheduled jobs. */
export const SCHEDULER_LOCK = 7_248_114;

export interface JobOptions {
  /**
   * Several servers on one PostgreSQL (`Database.tryLock`): the exclusive jobs run on the one instance
   * that holds SCHEDULER_LOCK; the others try to take it over every `leaderRetryMs`, so when that
   * instance stops (its connection closes, the lock with it) another takes its place. Without it
   * (PGlite: one process per data directory) this instance runs them.
   */
  tryLock?: (key: number, onLost: (err: unknown) => void) => Promise<(() => Promise<void>) | null>;
  firstRunMs?: number;
  leaderRetryMs?: number;
}

/** Run jobs on an interval, never two runs of one job at once in this process. Returns the stop. */
function schedule(ctx: AppContext, jobs: Job[], firstRunMs: number): () => void {
  const running = new Set<string>();
  const once = async (job: Job) => {
    if (job.exclusive === false) return job.run(ctx);
    // the lock of the job too: a cluster-wide guard while one instance hands the scheduler to another
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
  const first = jobs.map((job, i) => setTimeout(() => tick(job), firstRunMs + i * 2_000).unref());
  return () => {
    timers.forEach(clearInterval);
    first.forEach(clearTimeout);
  };
}

/**
 * Start the scheduled jobs. The jobs that claim their own work (`exclusive: false`) run on every
 * instance; the others on one instance at a time (see `JobOptions.tryLock`), so that with several
 * servers on one PostgreSQL each job runs once per interval, not once per server.
 */
export function startJobs(ctx: AppContext, jobs: Job[], options: JobOptions = {}): () => Promise<void> {
  const firstRunMs = options.firstRunMs ?? FIRST_RUN_MS;
  const stopShared = schedule(
    ctx,
    jobs.filter((j) => j.exclusive === false),
    firstRunMs,
  );
  const exclusive = jobs.filter((j) => j.exclusive !== false);
  const tryLock = options.tryLock;
  if (!tryLock) {
    const stop = schedule(ctx, exclusive, firstRunMs);
    return async () => {
      stopShared();
      stop();
    };
  }
  let stopped = false;
  let stopExclusive: (() => void) | null = null;
  let release: (() => Promise<void>) | null = null;
  let retry: NodeJS.Timeout | null = null;
  const later = () => {
    if (!stopped) retry = setTimeout(() => void lead(), options.leaderRetryMs ?? 10_000).unref();
  };
  const lost = (err: unknown) => {
    stopExclusive?.();
    stopExclusive = null;
    release = null;
    ctx.log.warn({ err }, 'lost the scheduler lock; another instance may run the scheduled jobs now');
    later();
  };
  const lead = async () => {
    retry = null;
    if (stopped) return;
    try {
      const got = await tryLock(SCHEDULER_LOCK, lost);
      if (got && stopped) await got();
      else if (got) {
        release = got;
        stopExclusive = schedule(ctx, exclusive, firstRunMs);
        ctx.log.info('this instance runs the scheduled jobs');
        return;
      }
    } catch (err) {
      ctx.log.warn({ err }, 'could not try the scheduler lock');
    }
    later();
  };
  void lead();
  return async () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    stopShared();
    stopExclusive?.();
    await release?.();
  };
}
