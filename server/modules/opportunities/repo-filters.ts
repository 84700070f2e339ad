import { and, eq, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { OpportunityFilters } from '@contract/opportunities';
import { customFieldsMatch, type CustomFieldMatch } from '../../db/custom-fields';
import { accounts, opportunities, opportunityLines, stages } from '../../db/schema';

/**
 * Filters whose custom-field filters (`cf`) have been read as their fields' types (opportunities/filters
 * `resolveFilters`): the repo queries take only these, so no view can pass `cf` on unread and ignore it.
 */
export type WithCustom<T> = Omit<T, 'cf'> & { custom: readonly CustomFieldMatch[] };

/** The list filters, shared by every opportunity query (expects `accounts` and `stages` joined). */
export function filters(f: WithCustom<OpportunityFilters & { stageId?: string; status?: 'open' | 'won' | 'lost' }>): SQL | undefined {
  return and(
    isNull(opportunities.deletedAt),
    customFieldsMatch(opportunities.customFields, f.custom),
    f.q ? sql`(korsa_fold(${f.q}) <% korsa_fold(${opportunities.name}) or korsa_fold(${f.q}) <% korsa_fold(${accounts.name}))` : undefined,
    f.status === 'open' ? isNull(opportunities.closedAt) : f.status ? eq(stages.outcome, f.status) : undefined,
    f.stageId ? eq(opportunities.stageId, f.stageId) : undefined,
    f.ownerId ? eq(opportunities.ownerId, f.ownerId) : undefined,
    f.salesGroupId ? eq(opportunities.salesGroupId, f.salesGroupId) : undefined,
    f.marketId ? eq(opportunities.marketId, f.marketId) : undefined,
    f.accountId ? eq(opportunities.accountId, f.accountId) : undefined,
    f.channel ? eq(opportunities.channel, f.channel) : undefined,
    f.productId
      ? sql`exists (select 1 from ${opportunityLines} l where l.opportunity_id = ${opportunities.id} and l.product_id = ${f.productId})`
      : undefined,
    f.timedOut === true
      ? isNotNull(opportunities.timedOutProposedAt)
      : f.timedOut === false
        ? isNull(opportunities.timedOutProposedAt)
        : undefined,
  );
}
