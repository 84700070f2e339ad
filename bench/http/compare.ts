/**
 * Cost independent of history (issue #15): two runs of the HTTP bench at different sizes (e.g.
 * medium and large, each saved with --json), view by view and connection by connection — p50 of
 * each and the ratio larger ÷ smaller, against the target ratio ≤ 1.5.
 */
import { readFile } from 'node:fs/promises';
import type { ViewResult } from './report';

/** What a saved `npm run bench -- http --json` holds that the comparison reads. */
interface SavedRun {
  machine?: { loadAverage?: number };
  results: (Partial<ViewResult> & { scenario: string; size?: string })[];
}

export interface SizeComparison {
  scenario: string;
  connections: number;
  smaller: { size: string; p50: number; load: number };
  larger: { size: string; p50: number; load: number };
  /** Larger p50 ÷ smaller p50. */
  ratio: number;
  met: boolean;
}

export const HISTORY_RATIO_LIMIT = 1.5;

const views = (run: SavedRun) =>
  run.results.filter((r): r is ViewResult & { size: string } => typeof r.connections === 'number' && r.api !== undefined && !!r.size);

/** Pairs the two runs' views (same scenario and connections); the run with the bigger size is "larger". */
export function compareSizes(a: SavedRun, b: SavedRun): SizeComparison[] {
  const order = ['tiny', 'medium', 'large', 'xl'];
  const sizeOf = (run: SavedRun) => order.indexOf(views(run)[0]?.size ?? '');
  const [smaller, larger] = sizeOf(a) <= sizeOf(b) ? [a, b] : [b, a];
  const key = (r: { scenario: string; connections: number }) => `${r.scenario}@${r.connections}`;
  const small = new Map(views(smaller).map((r) => [key(r), r]));
  return views(larger).flatMap((l) => {
    const s = small.get(key(l));
    if (!s || s.api.p50 <= 0) return [];
    const ratio = Math.round((l.api.p50 / s.api.p50) * 100) / 100;
    return [
      {
        scenario: l.scenario,
        connections: l.connections,
        smaller: { size: s.size, p50: s.api.p50, load: s.loadAverage },
        larger: { size: l.size, p50: l.api.p50, load: l.loadAverage },
        ratio,
        met: ratio <= HISTORY_RATIO_LIMIT,
      },
    ];
  });
}

export function comparisonTable(rows: SizeComparison[]): string {
  const first = rows[0];
  if (!first) return 'No view was measured in both runs.';
  const lines = [
    `| view | conns | ${first.smaller.size} p50 ms (load) | ${first.larger.size} p50 ms (load) | ${first.larger.size} ÷ ${first.smaller.size} | ≤ ${HISTORY_RATIO_LIMIT} |`,
    '| --- | ---: | ---: | ---: | ---: | --- |',
  ];
  const ms = (n: number) => (n < 10 ? n.toFixed(1) : Math.round(n).toString());
  for (const r of rows)
    lines.push(
      `| ${r.scenario} | ${r.connections} | ${ms(r.smaller.p50)} (${r.smaller.load.toFixed(1)}) | ${ms(r.larger.p50)} (${r.larger.load.toFixed(1)}) | ${r.ratio.toFixed(2)} | ${r.met ? '✅' : '❌'} |`,
    );
  return lines.join('\n');
}

export async function compareRuns(files: string[]): Promise<{ results: SizeComparison[]; report: string }> {
  if (files.length !== 2) throw new Error('compare needs two saved runs: npm run bench -- compare medium.json large.json');
  const [a, b] = await Promise.all(files.map(async (f) => JSON.parse(await readFile(f, 'utf8')) as SavedRun));
  const results = compareSizes(a!, b!);
  return { results, report: comparisonTable(results) };
}
