/**
 * `npm run bench -- suggestions`: cross-sell rankings on real and generated data with the protocol
 * of domain/suggestion-evaluation.ts (leave-one-out over every owned product of every account owning
 * two or more, the same training view for every method, bootstrap intervals over accounts).
 *
 * Datasets (each skipped with a note when absent): Superstore customers × sub-categories and
 * × products, Maven's won deals (accounts × products), the demo organisation (small — what
 * `korsa demo` loads — and medium), and the large generated data of bench/large. Any other
 * customer × product CSV: `--csv FILE --customer COLUMN --product COLUMN [--segment COLUMN]
 * [--where COLUMN=VALUE]`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { planDemo, type DemoSize } from '../server/demo/generate';
import { addMonths } from '@domain/pipeline/aging';
import { benchmarkSuggestions, type Benchmark } from '@domain/suggestion-evaluation';
import type { Ownership } from '@domain/suggestions';
import { planGenerated } from './large/in-memory';
import type { BenchSize } from './large/sizes';

export interface NamedOwnership extends Ownership {
  name: string;
  products: string[];
  segmentNames: string[];
}

/** Builds the matrix from (customer, product, segment) triples; a customer's segment is its first one seen. */
export function ownershipFrom(
  name: string,
  triples: Iterable<{ customer: string; product: string; segment?: string | null }>,
): NamedOwnership {
  const products = new Map<string, number>();
  const segments = new Map<string, number>();
  const customers = new Map<string, { owned: Set<number>; segment: number }>();
  for (const t of triples) {
    if (!t.customer || !t.product) continue;
    let p = products.get(t.product);
    if (p === undefined) products.set(t.product, (p = products.size));
    let c = customers.get(t.customer);
    if (!c) {
      let s = -1;
      if (t.segment) {
        s = segments.get(t.segment) ?? -1;
        if (s < 0) segments.set(t.segment, (s = segments.size));
      }
      customers.set(t.customer, (c = { owned: new Set(), segment: s }));
    }
    c.owned.add(p);
  }
  const list = [...customers.values()];
  return {
    name,
    items: products.size,
    rows: list.map((c) => [...c.owned].sort((a, b) => a - b)),
    segments: list.map((c) => c.segment),
    segmentCount: segments.size,
    products: [...products.keys()],
    segmentNames: [...segments.keys()],
  };
}

export interface CsvSpec {
  file: string;
  customer: string;
  product: string;
  segment?: string;
  /** Keep only rows where COLUMN=VALUE. */
  where?: string;
}

/** The generic loader: any customer × product CSV, columns chosen by name. */
export function loadCsv(name: string, spec: CsvSpec): NamedOwnership {
  const rows = parse<Record<string, string>>(fs.readFileSync(spec.file), { columns: true, bom: true, skip_empty_lines: true });
  const header = Object.keys(rows[0] ?? {});
  for (const column of [spec.customer, spec.product, spec.segment].filter((c): c is string => !!c))
    if (!header.includes(column)) throw new Error(`${spec.file} has no column "${column}" (it has: ${header.join(', ')})`);
  const [whereColumn, whereValue] = spec.where
    ? [spec.where.slice(0, spec.where.indexOf('=')), spec.where.slice(spec.where.indexOf('=') + 1)]
    : [];
  return ownershipFrom(
    name,
    rows
      .filter((r) => !whereColumn || r[whereColumn] === whereValue)
      .map((r) => ({ customer: r[spec.customer]!, product: r[spec.product]!, segment: spec.segment ? r[spec.segment] : null })),
  );
}

/** Owned today as the matrix counts it: a contract still running, or a one-off purchase within the passive window. */
function ownedToday(h: { startedOn: string; endsOn: string | null }, today: string, since: string): boolean {
  return h.endsOn === null || h.endsOn >= today || (h.endsOn === h.startedOn && h.startedOn >= since);
}

function demo(size: DemoSize, today: Date): NamedOwnership {
  const plan = planDemo(1, size, today);
  const t = today.toISOString().slice(0, 10);
  const since = addMonths(today, -18).toISOString().slice(0, 10);
  return ownershipFrom(
    `demo organisation (${size}, ${plan.accounts.length} accounts)`,
    plan.accounts.flatMap((a) =>
      a.holdings
        .filter((h) => ownedToday(h, t, since))
        .map((h) => ({ customer: String(a.key), product: h.productCode, segment: a.industry })),
    ),
  );
}

function generated(size: BenchSize, seed: number, today: Date, log: (line: string) => void): NamedOwnership {
  const { accounts, holdings, seconds } = planGenerated(size, seed, today);
  log(`  planned ${accounts.size} generated accounts in ${seconds.toFixed(1)} s`);
  const industry = new Map([...accounts].map(([id, a]) => [id, a.industry]));
  const t = today.toISOString().slice(0, 10);
  const since = addMonths(today, -18).toISOString().slice(0, 10);
  return ownershipFrom(
    `generated ${size} (${industry.size} accounts)`,
    holdings
      .filter((h) => ownedToday(h, t, since))
      .map((h) => ({ customer: h.account, product: h.product, segment: industry.get(h.account) })),
  );
}

export interface SuggestionBenchOptions {
  datasets: string;
  csv?: CsvSpec;
  only?: string[];
  size: BenchSize;
  seed: number;
  log: (line: string) => void;
}

/** Every dataset present (or the given CSV), each with every method. */
export function benchSuggestions(o: SuggestionBenchOptions) {
  const today = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate(), 12));
  const superstore = path.join(o.datasets, 'superstore', 'superstore.csv');
  const maven = path.join(o.datasets, 'maven-crm');
  const loaders: [string, () => NamedOwnership | null][] = o.csv
    ? [['csv', () => loadCsv(path.basename(o.csv!.file), o.csv!)]]
    : [
        [
          'superstore-subcategories',
          () =>
            fs.existsSync(superstore)
              ? loadCsv('Superstore: customers × sub-categories', {
                  file: superstore,
                  customer: 'Customer ID',
                  product: 'Sub-Category',
                  segment: 'Segment',
                })
              : null,
        ],
        [
          'superstore-products',
          () =>
            fs.existsSync(superstore)
              ? loadCsv('Superstore: customers × products', {
                  file: superstore,
                  customer: 'Customer ID',
                  product: 'Product ID',
                  segment: 'Segment',
                })
              : null,
        ],
        [
          'maven',
          () => {
            if (!fs.existsSync(path.join(maven, 'sales_pipeline.csv'))) return null;
            const read = (f: string) => parse<Record<string, string>>(fs.readFileSync(path.join(maven, f)), { columns: true, bom: true });
            const sector = new Map(read('accounts.csv').map((a) => [a.account!, a.sector!]));
            return ownershipFrom(
              'Maven CRM: accounts × products (won deals)',
              read('sales_pipeline.csv')
                .filter((d) => d.deal_stage === 'Won' && d.account)
                .map((d) => ({ customer: d.account!, product: d.product!.replace(/\s+/g, ''), segment: sector.get(d.account!) ?? null })),
            );
          },
        ],
        ['demo-small', () => demo('small', today)],
        ['demo-medium', () => demo('medium', today)],
        ['generated', () => generated(o.size, o.seed, today, o.log)],
      ];
  const results: (Omit<Benchmark, 'methods'> & { scenario: string; dataset: string; methods: Benchmark['methods'] })[] = [];
  for (const [key, load] of loaders) {
    if (o.only && !o.only.includes(key)) continue;
    o.log(`suggestions: loading ${key}`);
    const data = load();
    if (!data) {
      o.log(`  skipped: ${key} is not in ${o.datasets}`);
      continue;
    }
    o.log(`  ${data.rows.length} customers × ${data.items} products; evaluating`);
    const b = benchmarkSuggestions(data, { seed: o.seed, now: () => performance.now() });
    o.log(`  done in ${b.seconds.toFixed(1)} s`);
    results.push({ scenario: 'suggestions', dataset: data.name, ...b });
  }
  return { results, report: report(results) };
}

const f3 = (x: number) => x.toFixed(3);
const withInterval = (e: { estimate: number; low: number; high: number }) => `${f3(e.estimate)} [${f3(e.low)}, ${f3(e.high)}]`;

/** Markdown tables, one per dataset, as bench/README.md keeps them. */
export function report(results: ({ dataset: string } & Benchmark)[]): string {
  const out: string[] = [];
  for (const r of results) {
    out.push(
      `**${r.dataset}** — ${r.accounts.toLocaleString('en')} customers × ${r.items.toLocaleString('en')} products, ${(r.density * 100).toFixed(1)} % full; ${r.evaluatedAccounts.toLocaleString('en')} customers own ≥ 2 → ${r.folds.toLocaleString('en')} folds (${r.seconds.toFixed(1)} s)`,
      '',
      '| method | hit rate @3 [95 % CI] | hit rate @5 [95 % CI] | MRR [95 % CI] | coverage | answered | ranked with |',
      '| --- | --- | --- | --- | ---: | ---: | --- |',
      ...r.methods.map(
        (m) =>
          `| ${m.method} | ${withInterval(m.hitRate3)} | ${withInterval(m.hitRate5)} | ${withInterval(m.mrr)} | ${f3(m.coverage)} | ${f3(m.answered)} | ${m.configs.join('; ')} |`,
      ),
      '',
      `Korsa − best baseline: ${r.comparisons
        .map(
          (c) =>
            `${c.metric} ${c.difference.estimate >= 0 ? '+' : ''}${f3(c.difference.estimate)} [${f3(c.difference.low)}, ${f3(c.difference.high)}] vs ${c.against} ${c.atLeastAsGood ? '✅' : '❌'}`,
        )
        .join('; ')}`,
      '',
    );
  }
  return out.join('\n');
}
