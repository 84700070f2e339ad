/**
 * The load generator, in a worker thread so that it does not share the event loop with the server
 * under test: autocannon cycles through the job's requests (varied ids), first a warm-up, then the
 * measured run, and posts back every response time.
 */
import os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import autocannon from 'autocannon';
import type { LoadJob, LoadResult } from './load';

const job = workerData as LoadJob;
let next = 0;

const requests: autocannon.Request[] = [
  {
    setupRequest: (request) => {
      const r = job.requests[next++ % job.requests.length]!;
      return { ...request, method: r.method, path: r.path, headers: r.headers, body: r.body };
    },
  },
];

function run(seconds: number, amount?: number): Promise<Omit<LoadResult, 'warmupRequests' | 'busyMs'>> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url: job.url, connections: job.connections, duration: seconds, ...(amount ? { amount } : {}), requests, timeout: 300 },
      (err, result) => {
        if (err) return reject(err instanceof Error ? err : new Error(String(err)));
        resolve({
          latencies: Float64Array.from(latencies),
          seconds: result.duration,
          statuses,
          errors: result.errors,
          timeouts: result.timeouts,
        });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    });
  });
}

/** Milliseconds the machine's cores have been busy (user, nice, system, interrupts) since boot. */
const busyMs = () => os.cpus().reduce((a, c) => a + c.times.user + c.times.nice + c.times.sys + c.times.irq, 0);

const warm = job.warmupSeconds > 0 ? await run(job.warmupSeconds) : null;
const before = busyMs();
const measured = await run(job.durationSeconds, job.amount);
const result: LoadResult = { ...measured, warmupRequests: warm?.latencies.length ?? 0, busyMs: busyMs() - before };
parentPort!.postMessage(result, [result.latencies.buffer as ArrayBuffer]);
