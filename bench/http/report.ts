/** The HTTP bench's targets (issue #7) and its results as a Markdown table. */
import type { DbKind } from '../large/dataset';
import type { BenchSize } from '../large/sizes';
import type { LatencySummary } from './stats';

export interface ViewResult {
  scenario: string;
  view: string;
  kind: 'read' | 'write';
  /** Distinct requests (ids, terms, pages) the load cycled through. */
  distinctRequests: number;
  connections: number;
  /** The machine's 1-minute load average as the API run started (2 cores: above 2 means others were busy too). */
  loadAverage: number;
  api: LatencySummary;
  non2xx: number;
  /** Responses by status code, when some were not 2xx. */
  statuses?: Record<string, number>;
  errors: number;
  /**
   * The machine's CPU time per answered request over the run: the server's, the database's and the
   * load generator's together (and anything else running). On 2 cores, 16 connections answer in
   * about 16 × this ÷ 2 ms on average, whatever the locks do.
   */
  cpuMsPerRequest?: number | null;
  /** The same statements straight on the database (reads only). */
  rawSql: LatencySummary | null;
  /** API p50 ÷ raw SQL p50. */
  ratio: number | null;
  targets: TargetCheck[];
}

export interface TargetCheck {
  target: string;
  met: boolean;
}

/** The p95 limit that applies to a read at this database, size and concurrency (none elsewhere). */
export function p95Limit(db: DbKind, size: BenchSize, connections: number): number | null {
  if (db === 'postgres' && (size === 'large' || size === 'xl') && connections === 16) return 100;
  if (db === 'pglite' && size === 'medium' && connections === 1) return 150;
  return null;
}

/** Writes stay fast with the read models maintained (issue #15): logging an activity, winning a deal. */
export function writeP95Limit(db: DbKind, size: BenchSize, connections: number): number | null {
  return db === 'postgres' && (size === 'large' || size === 'xl') && connections === 16 ? 150 : null;
}

export function checkTargets(db: DbKind, size: BenchSize, r: Omit<ViewResult, 'targets'>): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const limit = r.kind === 'read' ? p95Limit(db, size, r.connections) : writeP95Limit(db, size, r.connections);
  if (limit !== null) checks.push({ target: `p95 < ${limit} ms`, met: r.api.p95 < limit });
  if (r.rawSql && r.connections === 1) {
    const allowed = 1.5 * r.rawSql.p50 + 2;
    checks.push({ target: `p50 ≤ 1.5 × raw + 2 ms (${allowed.toFixed(1)} ms)`, met: r.api.p50 <= allowed });
  }
  return checks;
}

const ms = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '–' : n < 10 ? n.toFixed(1) : Math.round(n).toString());
const verdict = (checks: TargetCheck[]) => checks.map((c) => `${c.met ? '✅' : '❌'} ${c.target}`).join('<br>') || '';

export function markdownTable(rows: ViewResult[]): string {
  const lines = [
    '| view | conns | req/s | p50 ms | p95 ms | p99 ms | raw SQL p50 / p95 ms | API p50 ÷ raw p50 | CPU ms / request | load | targets |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const r of rows) {
    const raw = r.rawSql ? `${ms(r.rawSql.p50)} / ${ms(r.rawSql.p95)}` : '–';
    const errors = r.non2xx + r.errors > 0 ? ` (${r.non2xx + r.errors} errors)` : '';
    lines.push(
      `| ${r.scenario}${errors} | ${r.connections} | ${Math.round(r.api.requestsPerSecond)} | ${ms(r.api.p50)} | ${ms(r.api.p95)} | ${ms(r.api.p99)} | ${raw} | ${r.ratio === null ? '–' : r.ratio.toFixed(2)} | ${ms(r.cpuMsPerRequest ?? undefined)} | ${r.loadAverage.toFixed(1)} | ${verdict(r.targets)} |`,
    );
  }
  return lines.join('\n');
}
