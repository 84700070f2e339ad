/**
 * `npm run bench -- win-probability`: the win-probability models on a time split — train on the
 * older 70 % of the closed history (by close date, recent deals weighing more), predict the newer
 * deals — with AUC, Brier score and calibration by decile for naive Bayes, logistic regression and
 * the stage probability every deal would otherwise show. On Maven's CRM sample (a deal as it was
 * when engaged) and on bench/large's generated data (every open stage a closed deal passed, as the
 * server learns it).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { sizeFromEmployees } from '@domain/imports/values';
import { buckets, evaluateTimeSplit, type Example, type ModelScore, type TimeSplitEvaluation } from '@domain/pipeline/win-probability';
import { planGenerated, stageProbability } from './large/in-memory';
import type { BenchSize } from './large/sizes';

type Row = Record<string, string>;
const read = (dir: string, file: string) => parse<Row>(fs.readFileSync(path.join(dir, file)), { columns: true, bom: true });

/** Maven: one example per closed deal with what was known when it was engaged. */
export function mavenExamples(dir: string): Example[] | null {
  if (!fs.existsSync(path.join(dir, 'sales_pipeline.csv'))) return null;
  const accounts = new Map(read(dir, 'accounts.csv').map((a) => [a.account!, a]));
  const products = new Map(read(dir, 'products.csv').map((p) => [p.product!.replace(/\s+/g, '').toLowerCase(), p]));
  const teams = new Map(read(dir, 'sales_teams.csv').map((t) => [t.sales_agent!, t]));
  const closed = read(dir, 'sales_pipeline.csv').filter(
    (r) => (r.deal_stage === 'Won' || r.deal_stage === 'Lost') && r.engage_date && r.close_date,
  );
  const winsByAccount = new Map<string, string[]>();
  for (const r of closed)
    if (r.deal_stage === 'Won' && r.account) winsByAccount.set(r.account, [...(winsByAccount.get(r.account) ?? []), r.close_date!]);
  return closed.map((r) => {
    const account = accounts.get(r.account!);
    const product = products.get(r.product!.replace(/\s+/g, '').toLowerCase());
    const winsBefore = (winsByAccount.get(r.account!) ?? []).filter((d) => d < r.engage_date!).length;
    return {
      features: {
        product: product?.product ?? r.product!,
        family: product?.series ?? 'unknown',
        industry: account?.sector ?? 'unknown',
        size: account ? sizeFromEmployees(Number(account.employees)) : 'unknown',
        seller: r.sales_agent!,
        office: teams.get(r.sales_agent!)?.regional_office ?? 'unknown',
        owns: buckets.productsOwned(winsBefore),
      },
      won: r.deal_stage === 'Won',
      closedAt: Date.parse(`${r.close_date!}T12:00:00Z`),
    };
  });
}

/** Generated: every open stage a closed deal passed through, with the facts the server uses. */
export function generatedExamples(size: BenchSize, seed: number, today: Date, log: (line: string) => void) {
  const data = planGenerated(size, seed, today);
  log(`  planned ${data.deals.length} closed generated deals in ${data.seconds.toFixed(1)} s`);
  const probability = new Map<Example, number>();
  const examples: Example[] = [];
  for (const d of data.deals) {
    const account = data.accounts.get(d.account);
    for (const s of d.stages) {
      const e: Example = {
        features: {
          stage: s.key,
          group: d.group || '—',
          family: d.family || '—',
          industry: account?.industry || '—',
          size: account?.size || '—',
          age: buckets.ageMonths(Math.floor((s.at.getTime() - d.createdAt.getTime()) / 86_400_000)),
        },
        won: d.outcome === 'won',
        closedAt: d.closedAt.getTime(),
      };
      probability.set(e, stageProbability[s.key] ?? 0);
      examples.push(e);
    }
  }
  return { examples, stage: (e: Example) => probability.get(e) ?? null };
}

export interface WinBenchOptions {
  datasets: string;
  size: BenchSize;
  seed: number;
  only?: string[];
  log: (line: string) => void;
}

export function benchWinProbability(o: WinBenchOptions) {
  const today = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate(), 12));
  const results: ({ scenario: string; dataset: string; seconds: number } & TimeSplitEvaluation)[] = [];
  const run = (dataset: string, examples: Example[], stage: (e: Example) => number | null) => {
    const t0 = performance.now();
    const r = evaluateTimeSplit(examples, stage);
    results.push({ scenario: 'win-probability', dataset, seconds: Math.round((performance.now() - t0) / 100) / 10, ...r });
  };
  if (!o.only || o.only.includes('maven')) {
    o.log('win-probability: Maven');
    const maven = mavenExamples(path.join(o.datasets, 'maven-crm'));
    // a closed deal as it was when engaged: Maven's "Engaging" is Korsa's "Quote designed" (30 %)
    if (maven) run('Maven CRM (deals as engaged)', maven, () => 0.3);
    else o.log(`  skipped: no maven-crm in ${o.datasets}`);
  }
  if (!o.only || o.only.includes('generated')) {
    o.log(`win-probability: generated ${o.size}`);
    const g = generatedExamples(o.size, o.seed, today, o.log);
    run(`generated ${o.size} (every open stage of each closed deal)`, g.examples, g.stage);
  }
  return { results, report: report(results) };
}

const f3 = (x: number) => x.toFixed(3);
const date = (ms: number | null) => (ms === null ? '—' : new Date(ms).toISOString().slice(0, 10));

export function report(results: ({ dataset: string } & TimeSplitEvaluation)[]): string {
  const out: string[] = [];
  for (const r of results) {
    const models: [string, ModelScore | null][] = [
      ['naive Bayes', r.naiveBayes],
      ['logistic regression', r.logistic],
      ['stage probability', r.stage],
    ];
    out.push(
      `**${r.dataset}** — train ${r.train.examples.toLocaleString('en')} (closed up to ${date(r.splitAt)}), test ${r.test.examples.toLocaleString('en')} (win rate ${f3(r.test.winRate)}); chosen: ${r.chosen === 'logistic' ? 'logistic regression' : 'naive Bayes'}`,
      '',
      '| model | AUC | Brier | calibration by decile (mean predicted → observed) |',
      '| --- | ---: | ---: | --- |',
      ...models.map(([name, m]) =>
        m
          ? `| ${name} | ${f3(m.auc)} | ${m.brier.toFixed(4)} | ${m.deciles.map((d) => `${f3(d.meanPredicted)}→${f3(d.observed)}`).join(', ')} |`
          : `| ${name} | — | — | not enough history |`,
      ),
      '',
    );
  }
  return out.join('\n');
}
