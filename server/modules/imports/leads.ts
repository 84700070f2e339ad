import type { TxContext } from '../../platform/context';
import { importLeads } from '../leads/service-import';
import type { BatchResult, Lookups } from './repo';
import type { RowError } from './rows';
import type { LeadRow } from './rows-leads';

// Leads in a CSV import (C1): a batch of valid rows (rows-leads.ts) written through the leads module,
// which matches and scores each lead as it arrives.

/** Write one batch of valid lead rows; a market the organisation does not have is the row's error. */
export async function writeLeads(
  t: TxContext,
  rows: LeadRow[],
  lookups: Lookups,
  marketColumn: string | null,
  actor: { id: string; salesGroupId: string | null } | null,
): Promise<BatchResult> {
  const errors: RowError[] = [];
  const leads = [];
  for (const r of rows) {
    const marketId = r.market
      ? lookups.markets.get(r.market.toLowerCase())
      : r.country
        ? lookups.markets.get(r.country.toLowerCase())
        : undefined;
    if (r.market && !marketId) {
      errors.push({ row: r.line, column: marketColumn, message: `"${r.market}" is not one of the organisation's markets` });
      continue;
    }
    leads.push({
      line: r.line,
      input: {
        name: r.name,
        email: r.email ?? null,
        phone: r.phone ?? null,
        company: r.company ?? null,
        orgNumber: r.orgNumber ?? null,
        domain: r.domain ?? null,
        industry: r.industry ?? null,
        size: r.size ?? null,
        title: r.title ?? null,
        marketId: marketId ?? null,
        country: r.country ?? null,
        source: r.source,
        campaign: r.campaign ?? null,
        message: r.message ?? null,
      },
    });
  }
  const { created, updated } = await importLeads(t, actor, leads);
  return { created, updated, errors };
}
