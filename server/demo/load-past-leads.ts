import { randomUUID } from 'node:crypto';
import { defaultScoringRules, scoreLead } from '@domain/lead-score';
import type { Db } from '../db/client';
import { leadEvents, leads } from '../db/schema';
import type { DemoPlan } from './generate';

const DAY = 86_400_000;

/**
 * The year of past leads (server/demo/past-leads.ts), written as they ended: disqualified with a
 * reason, or converted into the planned opportunity they became (at its account, opened then), with
 * their behaviour events. Their stored score is the one they had when judged (two weeks in, or when
 * they became an opportunity) — the tuning page computes its own from the events.
 */
export async function loadPastLeads(
  tx: Db,
  plan: Pick<DemoPlan, 'pastLeads' | 'opportunities' | 'accounts'>,
  ids: { market: (code: string) => string; marketer: string; opportunity: (index: number) => string; account: (key: number) => string },
): Promise<void> {
  const rows = plan.pastLeads.map((l) => {
    const o = l.opportunityIndex === null ? null : plan.opportunities[l.opportunityIndex]!;
    const judgedAt = new Date(Math.min(l.createdAt.getTime() + 14 * DAY, o?.createdAt.getTime() ?? Infinity));
    const facts = { industry: l.industry, size: l.size, title: l.title, source: l.source, country: l.country, market: l.marketCode };
    return {
      id: randomUUID(),
      name: l.name,
      email: l.email,
      company: o ? plan.accounts[o.accountKey]!.name : l.company,
      industry: l.industry,
      size: l.size,
      title: l.title,
      marketId: ids.market(l.marketCode),
      country: l.country,
      source: l.source,
      campaign: l.campaign,
      ownerId: ids.marketer,
      status: o ? ('converted' as const) : ('disqualified' as const),
      statusReason: l.reason,
      score: scoreLead(facts, l.events, defaultScoringRules, judgedAt).total,
      accountId: o ? ids.account(o.accountKey) : null,
      convertedAt: o ? o.createdAt : null,
      opportunityId: o ? ids.opportunity(l.opportunityIndex!) : null,
      createdAt: l.createdAt,
      updatedAt: o ? o.createdAt : judgedAt,
    };
  });
  for (let i = 0; i < rows.length; i += 500) await tx.insert(leads).values(rows.slice(i, i + 500));
  const events = rows.flatMap((r, k) => plan.pastLeads[k]!.events.map((e) => ({ leadId: r.id, kind: e.kind, at: e.at, detail: null })));
  for (let j = 0; j < events.length; j += 1000) await tx.insert(leadEvents).values(events.slice(j, j + 1000));
}
