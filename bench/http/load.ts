/** Runs one autocannon load in a worker thread (bench/http/load-worker.ts) and waits for its response times. */
import { Worker } from 'node:worker_threads';

export interface HttpRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export interface LoadJob {
  url: string;
  connections: number;
  warmupSeconds: number;
  durationSeconds: number;
  /** A number of requests instead of the duration (slow views). */
  amount?: number;
  requests: HttpRequest[];
}

export interface LoadResult {
  latencies: Float64Array;
  seconds: number;
  statuses: Record<string, number>;
  errors: number;
  timeouts: number;
  warmupRequests: number;
  /** CPU time the whole machine spent during the measured run (server, database, this load generator, anything else). */
  busyMs: number;
}

/** A worker running TypeScript: registers tsx's loader in the thread, then imports the module. */
function tsWorker(module: URL, data: unknown): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const code = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(module.href)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(code)}`), { workerData: data });
}

export function runLoad(job: LoadJob): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = tsWorker(new URL('./load-worker.ts', import.meta.url), job);
    worker.once('message', (result: LoadResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the load worker exited with ${code}`));
    });
  });
}
