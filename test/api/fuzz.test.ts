import { describe, expect, it } from 'vitest';
import { fuzzFreshApp } from '../fuzz/run-app';

/**
 * The fuzzing suite in CI (issue 12): every operation of the OpenAPI document, valid and malformed
 * requests drawn from its schemas with real ids, as an admin, on PGlite. A bounded budget here
 * (FUZZ_REQUESTS, default 2,000, and at most FUZZ_SECONDS, default 100 s); the long run is
 * `npm run bench -- fuzz` (bench/README.md). Any finding fails the test with what to replay.
 */
const requests = Number(process.env.FUZZ_REQUESTS ?? 2000);
const seconds = Number(process.env.FUZZ_SECONDS ?? 100);
const seed = Number(process.env.FUZZ_SEED ?? 1);

describe('fuzzing the API from its OpenAPI document', () => {
  it(`answers ${requests} generated requests without a 5xx, a crash, an undocumented status or a broken schema (seed ${seed})`, async () => {
    const { app, ...report } = await fuzzFreshApp({ requests, seed, maxDurationMs: seconds * 1000 });
    try {
      expect(report.operationsExercised).toBe(Math.min(report.operations, report.requests));
      expect(report.requests).toBeGreaterThanOrEqual(Math.min(requests, report.operations));
      expect(report.findings.slice(0, 10), JSON.stringify(report.distinctFindings)).toEqual([]);
    } finally {
      await app.close();
    }
  }, 240_000);
});
