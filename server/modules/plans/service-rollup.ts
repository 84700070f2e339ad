import type { PlanRollup } from '@contract/plans';
import { rollUpByMarket, rollUpMatrix } from '@domain/plan-rollup';
import type { AppContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import { familyOf } from '../accounts/service-tree';
import { cellsOfAccounts } from '../matrix/service';
import { openPipelineOf } from '../opportunities/service-open';
import { reportingConverter } from '../pipeline/service';
import { volumeOfAccounts } from '../targets/service';
import * as repo from './repo';

/**
 * The plan of a global account spans its subsidiaries (H1): the open pipeline and won volume of the plan's
 * year across the account and every company below it, each market's part, and the product matrix rolled
 * up. Read by everyone, like the plan (A3). Each figure comes from its own module's service.
 */
export async function planRollup(ctx: AppContext, accountId: string): Promise<PlanRollup> {
  const [account, members] = await Promise.all([repo.account(ctx.db, accountId), familyOf(ctx, accountId)]);
  if (!account || account.deletedAt || members.length === 0) throw errors.notFound('The account');
  const plan = await repo.planOf(ctx.db, accountId);
  const year = plan?.year ?? ctx.clock.now().getUTCFullYear();
  const ids = members.map((m) => m.id);
  const fx = await reportingConverter(ctx);
  const [pipeline, volume, matrix] = await Promise.all([
    openPipelineOf(ctx, ids, `${year + 1}-01-01`),
    volumeOfAccounts(ctx, ids, year, fx.factors),
    cellsOfAccounts(ctx, ids),
  ]);
  const { totals, markets } = rollUpByMarket(members, pipeline, volume);
  const marketOf = new Map(
    members.flatMap((m) => (m.marketId ? [[m.marketId, { id: m.marketId, code: m.marketCode!, name: m.marketName! }]] : [])),
  );
  const productOf = new Map(matrix.products.map((p) => [p.id, p]));
  return {
    account: { id: account.id, name: account.name },
    year,
    currency: fx.currency,
    members: members.map((m) => ({ id: m.id, name: m.name, parentId: m.parentId, depth: m.depth, marketCode: m.marketCode })),
    totals,
    markets: markets.map(({ marketId, ...f }) => ({ ...f, market: marketId ? (marketOf.get(marketId) ?? null) : null })),
    matrix: rollUpMatrix(
      ids,
      matrix.products.map((p) => p.id),
      matrix.cells,
    ).map(({ productId, ...r }) => {
      const p = productOf.get(productId)!;
      return { product: { id: p.id, name: p.name, family: p.family, salesGroupName: p.salesGroupName }, ...r };
    }),
  };
}
