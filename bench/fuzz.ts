/**
 * `npm run bench -- fuzz [--requests N] [--seed S] [--db pglite|postgres] [--json]`: the API fuzzer
 * (test/fuzz/openapi-fuzzer.ts) for longer than `npm test` runs it, on a fresh in-process Korsa with
 * the demo organisation. Reports requests, statuses and findings (each with what to replay).
 */
import { fuzzFreshApp } from '../test/fuzz/run-app';

export async function benchFuzz(options: { requests: number; seed: number; db: 'pglite' | 'postgres'; log: (line: string) => void }) {
  if (options.db === 'postgres' && !process.env.TEST_DATABASE_URL) {
    throw new Error('Fuzzing PostgreSQL needs TEST_DATABASE_URL (a server where a database can be created).');
  }
  const { app, ...report } = await fuzzFreshApp({ kind: options.db, requests: options.requests, seed: options.seed, log: options.log });
  await app.close();
  const { findings, ...figures } = report;
  return {
    results: [{ scenario: 'fuzz', db: options.db, ...figures, findings: findings.slice(0, 50) }],
    report: [
      `fuzz (${options.db}, seed ${report.seed}): ${report.requests} requests (${report.valid} valid, ${report.malformed} malformed) to ${report.operationsExercised} of ${report.operations} operations in ${(report.durationMs / 1000).toFixed(0)} s (${report.requestsPerSecond}/s)`,
      `statuses: ${Object.entries(report.statuses)
        .map(([s, n]) => `${s} × ${n}`)
        .join(', ')}`,
      `findings: ${findings.length}${report.distinctFindings.length ? `\n  ${report.distinctFindings.join('\n  ')}` : ''}`,
    ].join('\n'),
  };
}
