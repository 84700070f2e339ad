/**
 * Offline evaluation of the cross-sell suggestions (D6): for every customer owning at least two
 * products, hide one, rank the rest of the catalogue from the other customers, and see where the
 * hidden product lands. Hit rate at 3 and mean reciprocal rank, against "most popular first".
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { planDemo } from '../server/demo/generate';
import { rankSuggestions } from '../server/domain/suggestions';

interface Customer {
  id: string;
  industry: string;
  owned: Set<string>;
}

function rankFor(target: Customer, others: Customer[], catalogue: string[]): string[] {
  const sameIndustry = others.filter((c) => c.industry === target.industry);
  const peers = sameIndustry.length >= 20 ? sameIndustry : others;
  const counts: Record<string, number> = {};
  const pairs = new Map<string, number>();
  for (const c of peers) {
    for (const p of c.owned) counts[p] = (counts[p] ?? 0) + 1;
    for (const a of c.owned) {
      if (!target.owned.has(a)) continue;
      for (const p of c.owned) if (p !== a) pairs.set(`${a}|${p}`, (pairs.get(`${a}|${p}`) ?? 0) + 1);
    }
  }
  const ranked = rankSuggestions(
    {
      pairs: [...pairs].map(([k, both]) => ({ antecedent: k.split('|')[0]!, candidate: k.split('|')[1]!, both })),
      antecedentCounts: counts,
      candidateCounts: counts,
      peers: peers.length,
      exclude: target.owned,
    },
    catalogue.length,
  ).map((s) => s.productId);
  // products no rule reached come last, most popular first
  const rest = catalogue.filter((p) => !target.owned.has(p) && !ranked.includes(p)).sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0));
  return [...ranked, ...rest];
}

function evaluate(name: string, customers: Customer[], catalogue: string[]) {
  let n = 0;
  let hits = 0;
  let rr = 0;
  let baseHits = 0;
  let baseRr = 0;
  const popularity: Record<string, number> = {};
  for (const c of customers) for (const p of c.owned) popularity[p] = (popularity[p] ?? 0) + 1;
  for (const c of customers) {
    if (c.owned.size < 2) continue;
    for (const hidden of c.owned) {
      const target = { ...c, owned: new Set([...c.owned].filter((p) => p !== hidden)) };
      const others = customers.filter((o) => o.id !== c.id);
      const rank = rankFor(target, others, catalogue).indexOf(hidden) + 1;
      const baseline = catalogue.filter((p) => !target.owned.has(p)).sort((a, b) => (popularity[b] ?? 0) - (popularity[a] ?? 0));
      const baseRank = baseline.indexOf(hidden) + 1;
      n++;
      if (rank > 0 && rank <= 3) hits++;
      if (rank > 0) rr += 1 / rank;
      if (baseRank > 0 && baseRank <= 3) baseHits++;
      if (baseRank > 0) baseRr += 1 / baseRank;
      break; // one hidden product per customer
    }
  }
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return {
    scenario: 'suggestions',
    dataset: name,
    customers: customers.length,
    evaluated: n,
    catalogue: catalogue.length,
    hitRateAt3: r(hits / n),
    mrr: r(rr / n),
    baselineHitRateAt3: r(baseHits / n),
    baselineMrr: r(baseRr / n),
  };
}

export function evaluateSuggestions(mavenDir: string) {
  const results = [];
  if (fs.existsSync(path.join(mavenDir, 'sales_pipeline.csv'))) {
    const read = (f: string) => parse<Record<string, string>>(fs.readFileSync(path.join(mavenDir, f)), { columns: true, bom: true });
    const industry = new Map(read('accounts.csv').map((a) => [a.account!, a.sector!]));
    const owned = new Map<string, Set<string>>();
    for (const d of read('sales_pipeline.csv')) {
      if (d.deal_stage !== 'Won' || !d.account) continue;
      const product = d.product!.replace(/\s+/g, '');
      owned.set(d.account, (owned.get(d.account) ?? new Set()).add(product));
    }
    const customers = [...owned].map(([id, set]) => ({ id, industry: industry.get(id) ?? '', owned: set }));
    results.push(evaluate('maven', customers, [...new Set(customers.flatMap((c) => [...c.owned]))]));
  }
  const plan = planDemo(1, 'medium', new Date('2026-11-23T12:00:00Z'));
  const generated = plan.accounts
    .filter((a) => a.holdings.length > 0)
    .map((a) => ({ id: String(a.key), industry: a.industry, owned: new Set(a.holdings.map((h) => h.productCode)) }));
  results.push(evaluate('generated demo (medium)', generated, [...new Set(generated.flatMap((c) => [...c.owned]))]));
  return results;
}
