import type { AppContext } from '../../platform/context';
import { reportingConverter } from '../pipeline/service';
import * as repo from './repo-reports';

/**
 * The open pipeline of some accounts (a group of companies) in the reporting currency, per account:
 * deals expected to close before `until` (or without a close date), weighted by their stage's probability.
 */
export async function openPipelineOf(ctx: AppContext, accountIds: readonly string[], until: string) {
  const [rows, fx] = await Promise.all([repo.openByAccount(ctx.db, accountIds, until), reportingConverter(ctx)]);
  const byAccount = new Map<string, { count: number; value: number; weightedValue: number }>();
  for (const r of rows) {
    const cell = byAccount.get(r.accountId) ?? { count: 0, value: 0, weightedValue: 0 };
    cell.count += r.count;
    cell.value += fx.toReporting(r.value, r.currency);
    cell.weightedValue += fx.toReporting(r.weightedValue, r.currency);
    byAccount.set(r.accountId, cell);
  }
  return [...byAccount].map(([accountId, c]) => ({ accountId, ...c }));
}
