/**
 * The large generated data planned in memory, chunk by chunk exactly as `generate` plans it (same
 * seed → the same rows), keeping only what the model benchmarks read: accounts (industry, size),
 * holdings, and closed opportunities with their stage history, group and first product's family.
 */
import { demoGroups } from '../../server/demo/catalogue';
import { planChunks } from './chunks';
import { planOrganisation } from './organisation';
import { sizeSpecs, type BenchSize } from './sizes';
import { tableColumns, type TableName } from './tables';

/** A column's place in the planner's rows of a table. */
const at = <T extends TableName>(table: T, column: (typeof tableColumns)[T][number]) =>
  (tableColumns[table] as readonly string[]).indexOf(column);

/** The global process's stage keys, standing in for their ids (the planner only passes them through). */
export const stageKeys = ['identified', 'quote_designed', 'pricing', 'quote_sent', 'negotiation', 'won', 'lost'] as const;
/** Their probabilities as migration 0006 seeds them. */
export const stageProbability: Record<string, number> = {
  identified: 0.1,
  quote_designed: 0.3,
  pricing: 0.4,
  quote_sent: 0.5,
  negotiation: 0.75,
};

export interface GeneratedDeal {
  account: string;
  group: string;
  family: string;
  outcome: 'won' | 'lost';
  createdAt: Date;
  closedAt: Date;
  /** Every open stage it passed through, with when it entered it. */
  stages: { key: string; at: Date }[];
}

export interface GeneratedData {
  accounts: Map<string, { industry: string; size: string }>;
  holdings: { account: string; product: string; startedOn: string; endsOn: string | null }[];
  deals: GeneratedDeal[];
  seconds: number;
}

export function planGenerated(size: BenchSize, seed: number, today: Date): GeneratedData {
  const t0 = performance.now();
  const spec = sizeSpecs[size];
  const org = planOrganisation(seed, spec);
  const family = new Map<string, string>();
  for (const g of demoGroups) for (const f of g.families) for (const [code] of f.products) family.set(org.productId.get(code)!, f.family);
  const groupName = new Map(demoGroups.map((g) => [org.groupId.get(g.key)!, g.name]));
  const accounts = new Map<string, { industry: string; size: string }>();
  const holdings: GeneratedData['holdings'] = [];
  const deals: GeneratedDeal[] = [];
  for (const rows of planChunks({ seed, size: spec, today, org, stageIds: new Map(stageKeys.map((k) => [k, k])) })) {
    for (const a of rows.accounts ?? [])
      accounts.set(a[at('accounts', 'id')] as string, {
        industry: a[at('accounts', 'industry')] as string,
        size: a[at('accounts', 'size')] as string,
      });
    for (const h of rows.holdings ?? [])
      holdings.push({
        account: h[at('holdings', 'account_id')] as string,
        product: h[at('holdings', 'product_id')] as string,
        startedOn: h[at('holdings', 'started_on')] as string,
        endsOn: (h[at('holdings', 'ends_on')] as string | null) ?? null,
      });
    const firstProduct = new Map<string, string>();
    for (const l of rows.opportunity_lines ?? [])
      if (l[at('opportunity_lines', 'position')] === 0)
        firstProduct.set(l[at('opportunity_lines', 'opportunity_id')] as string, l[at('opportunity_lines', 'product_id')] as string);
    const stages = new Map<string, { key: string; at: Date }[]>();
    for (const c of rows.stage_changes ?? []) {
      const key = c[at('stage_changes', 'to_stage_id')] as string;
      if (!(key in stageProbability)) continue;
      const deal = c[at('stage_changes', 'opportunity_id')] as string;
      const list = stages.get(deal) ?? [];
      list.push({ key, at: c[at('stage_changes', 'at')] as Date });
      stages.set(deal, list);
    }
    for (const o of rows.opportunities ?? []) {
      const stage = o[at('opportunities', 'stage_id')] as string;
      if (stage !== 'won' && stage !== 'lost') continue;
      const id = o[at('opportunities', 'id')] as string;
      const product = firstProduct.get(id);
      deals.push({
        account: o[at('opportunities', 'account_id')] as string,
        group: groupName.get(o[at('opportunities', 'sales_group_id')] as string) ?? '',
        family: product ? (family.get(product) ?? '') : '',
        outcome: stage,
        createdAt: o[at('opportunities', 'created_at')] as Date,
        closedAt: o[at('opportunities', 'closed_at')] as Date,
        stages: stages.get(id) ?? [],
      });
    }
  }
  return { accounts, holdings, deals, seconds: (performance.now() - t0) / 1000 };
}
