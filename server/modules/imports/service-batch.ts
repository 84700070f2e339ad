import type { ImportEntity, Mapping } from '@domain/imports/layouts';
import { parseStageMap } from '@domain/imports/stages';
import type { TxContext } from '../../platform/context';
import { recordInvoiceLines } from '../invoices/service';
import { recordHistoricDeals } from '../opportunities/service-history';
import { getOrganisation } from '../org/service';
import { reportingConverter } from '../pipeline/service';
import { parseOwnerMap } from './file';
import { writeLeads } from './leads';
import type { LeadRow } from './rows-leads';
import * as repo from './repo';
import type { AccountRow, ActivityRow, ContactRow, InvoiceRow, OpportunityRow, ProductRow } from './rows';

// Writing one batch of an import's valid rows, entity by entity, in the batch's transaction.

export interface BatchOptions {
  entity: ImportEntity;
  salesGroup?: string;
  stageMap?: string;
  ownerMap?: string;
  currency?: string;
  actor: { id: string; salesGroupId: string | null } | null;
}

/**
 * The writer of a run's batches. Look-ups (markets, the accounts already resolved) live as long as
 * the run; accounts' parents are linked at the end (`linkParents`), once every account exists.
 */
export function batchWriter(options: BatchOptions, mapping: Mapping, lookups: repo.Lookups) {
  const parentLinks: { id: string; parent: string; line: number }[] = [];
  const col = (f: string) => mapping[f] ?? null;
  const accountColumn = col('account') ?? col('accountSourceId');

  const write = async (t: TxContext, batch: unknown[]): Promise<repo.BatchResult> => {
    const tx = t.db;
    switch (options.entity) {
      case 'accounts': {
        const r = await repo.writeAccounts(tx, batch as AccountRow[], lookups);
        parentLinks.push(...r.parentLinks);
        return r;
      }
      case 'contacts':
        return repo.writeContacts(tx, batch as ContactRow[], lookups, accountColumn);
      case 'products':
        return repo.writeProducts(tx, batch as ProductRow[], options.salesGroup, col('salesGroup'));
      case 'activities':
        return repo.writeActivities(tx, batch as ActivityRow[], lookups, accountColumn, options.actor);
      case 'opportunities': {
        const { deals, errors } = await repo.resolveOpportunityRows(tx, batch as OpportunityRow[], lookups, {
          stageMap: parseStageMap(options.stageMap),
          ownerMap: parseOwnerMap(options.ownerMap),
          defaultCurrency: options.currency,
          reportingCurrency: (await getOrganisation(t)).reportingCurrency,
          now: t.clock.now(),
          columns: {
            stage: col('stage'),
            account: accountColumn,
            product: col('product'),
            expectedCloseOn: col('expectedCloseOn'),
            owner: col('owner'),
          },
        });
        const result = { created: 0, updated: 0, errors };
        // through the opportunities module, as deals won in the app (set-based per batch)
        const outcomes = await recordHistoricDeals(t, deals);
        for (const [i, r] of outcomes.entries()) {
          if ('error' in r) result.errors.push({ row: deals[i]!.line, column: col('stage'), message: r.error });
          else if (r.outcome === 'created') result.created++;
          else result.updated++;
        }
        return result;
      }
      case 'orders': {
        const { deals, errors } = await repo.resolveOrders(tx, batch as repo.OrderGroup[], lookups, {
          ownerMap: parseOwnerMap(options.ownerMap),
          defaultCurrency: options.currency,
          reportingCurrency: (await getOrganisation(t)).reportingCurrency,
          columns: { account: accountColumn, product: col('productCode') ?? col('product'), owner: col('owner') },
        });
        const result = { created: 0, updated: 0, errors };
        const outcomes = await recordHistoricDeals(t, deals);
        // counted as orders (each a won deal), not as their lines
        for (const [i, r] of outcomes.entries()) {
          if ('error' in r) result.errors.push({ row: deals[i]!.line, column: null, message: r.error });
          else if (r.outcome === 'created') result.created++;
          else result.updated++;
        }
        return result;
      }
      case 'invoices': {
        const fx = await reportingConverter(t);
        const { lines, errors } = await repo.resolveInvoiceRows(
          tx,
          batch as InvoiceRow[],
          lookups,
          { account: accountColumn, product: col('product'), currency: col('currency') },
          { default: options.currency ?? fx.currency, known: new Set(fx.factors.map((f) => f.currency)) },
        );
        return { ...(await recordInvoiceLines(t, lines)), errors };
      }
      case 'leads':
        return writeLeads(t, batch as LeadRow[], lookups, col('market') ?? col('country'), options.actor);
    }
  };

  return {
    write,
    /** Accounts: whether the file named parents, to be linked once every account exists. */
    hasParentLinks: () => parentLinks.length > 0,
    /** Link them (errors for those not found). */
    linkParents: (t: TxContext) => repo.linkParents(t.db, parentLinks, lookups, col('parent')),
  };
}
