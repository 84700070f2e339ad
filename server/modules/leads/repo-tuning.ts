import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { leadEvents, leads, markets, opportunities } from '../../db/schema';

/** Every lead with what the tuning page needs: its facts, when it arrived, and whether it became an opportunity and was won. */
export async function tuningLeads(db: Db) {
  return db
    .select({
      id: leads.id,
      industry: leads.industry,
      size: leads.size,
      title: leads.title,
      source: leads.source,
      country: leads.country,
      market: markets.code,
      createdAt: leads.createdAt,
      opportunityAt:
        sql<Date | null>`case when ${leads.opportunityId} is null then null else coalesce(${leads.convertedAt}, ${opportunities.createdAt}) end`.mapWith(
          (v: string | Date | null) => (v === null ? null : new Date(v)),
        ),
      won: sql<boolean>`coalesce(${opportunities.signedOn} is not null and ${opportunities.lostReason} is null, false)`,
    })
    .from(leads)
    .leftJoin(markets, eq(markets.id, leads.marketId))
    .leftJoin(opportunities, eq(opportunities.id, leads.opportunityId));
}

/** Every lead's behaviour (kind and when), for the tuning page. */
export async function allLeadEvents(db: Db) {
  return db.select({ leadId: leadEvents.leadId, kind: leadEvents.kind, at: leadEvents.at }).from(leadEvents);
}
