import type { z } from 'zod';
import type { CellState, MarkCell, Matrix, MatrixQuery, Suggestions } from '@contract/matrix';
import { rankSuggestions } from '../../domain/suggestions';
import { isForeignKeyViolation } from '../../db/errors';
import type { Actor } from '../../platform/auth';
import type { AppContext } from '../../platform/context';
import type { CsvColumn } from '../../platform/csv-export';
import { errors } from '../../platform/errors';
import { addMonths } from '../../domain/pipeline/aging';
import { recordEvent } from '../activities/service';
import { getOrganisation } from '../org/service';
import * as repo from './repo';

/** What a cell shows when several things are true: owned beats pipeline beats a seller's mark. */
const precedence: Record<Exclude<CellState, 'empty'>, number> = { owned: 3, pipeline: 2, potential: 1, not_relevant: 1 };

/** What counts as owned today: running contracts, and one-off purchases within the passive window. */
async function ownedAt(ctx: AppContext): Promise<repo.OwnedAt> {
  const now = ctx.clock.now();
  const { passiveAfterMonths } = await getOrganisation(ctx);
  return { today: now.toISOString().slice(0, 10), since: addMonths(now, -passiveAfterMonths).toISOString().slice(0, 10) };
}

/**
 * The product matrix (D5): accounts × products, each cell owned, in pipeline, potential, not
 * relevant or empty, with who sells it — a page of rows at a time, totals over all matching accounts.
 */
export async function matrix(ctx: AppContext, q: MatrixQuery): Promise<Matrix> {
  const owned = await ownedAt(ctx);
  const products = await repo.columns(ctx.db, q.salesGroupId);
  const productIds = products.map((p) => p.id);
  const [rows, totals] = await Promise.all([repo.rows(ctx.db, q, productIds, owned), repo.totals(ctx.db, q, owned)]);
  const cells = await repo.cells(
    ctx.db,
    rows.map((r) => r.id),
    q.rollup,
    owned,
  );
  const best = new Map<string, (typeof cells)[number]>();
  for (const c of cells) {
    const key = `${c.accountId}|${c.productId}`;
    const current = best.get(key);
    if (!current || precedence[c.state] > precedence[current.state]) best.set(key, c);
  }
  return {
    products,
    rows: rows.map((r) => ({
      account: {
        id: r.id,
        name: r.name,
        marketCode: r.marketCode,
        industry: r.industry,
        status: r.status,
        ownerName: r.ownerName,
        subsidiaries: r.subsidiaries,
      },
      cells: products.map((p) => {
        const c = best.get(`${r.id}|${p.id}`);
        return { productId: p.id, state: c?.state ?? 'empty', by: c?.by ?? null, reason: c?.reason ?? null };
      }),
      owned: r.owned,
      whiteSpace: r.white_space,
    })),
    totals: {
      accounts: totals.accounts,
      perProduct: totals.perProduct
        .filter((t) => productIds.includes(t.productId))
        .map((t) => ({ ...t, penetration: totals.accounts ? Math.round((t.owned / totals.accounts) * 1000) / 1000 : 0 })),
    },
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** A seller marks white space as potential, or not relevant with the reason; null clears the mark. */
export async function markCell(ctx: AppContext, actor: Actor, input: z.infer<typeof MarkCell>): Promise<void> {
  if (input.state === 'not_relevant' && !input.reason) {
    throw errors.invalid('Say why it is not relevant, so others need not ask again.', [{ path: 'body.reason', message: 'required' }]);
  }
  await ctx.db
    .transaction(async (tx) => {
      if (input.state === null) await repo.clearMark(tx, input.accountId, input.productId);
      else
        await repo.setMark(tx, {
          accountId: input.accountId,
          productId: input.productId,
          state: input.state,
          reason: input.reason ?? null,
          byUserId: actor.id,
          at: ctx.clock.now(),
        });
      await recordEvent({ ...ctx, db: tx }, actor, {
        accountId: input.accountId,
        event: input.state === null ? 'matrix.cleared' : `matrix.${input.state}`,
        subject:
          input.state === 'potential'
            ? 'Marked as potential'
            : input.state === 'not_relevant'
              ? `Marked not relevant: ${input.reason}`
              : 'Mark cleared',
        data: { productId: input.productId, reason: input.reason ?? null },
      });
    })
    .catch((e: unknown) => {
      if (isForeignKeyViolation(e))
        throw errors.invalid('The account or product does not exist.', [{ path: 'body', message: 'unknown reference' }]);
      throw e;
    });
}

export function matrixCsvColumns(products: Matrix['products']): CsvColumn<Matrix['rows'][number]>[] {
  return [
    { header: 'Account', value: (r) => r.account.name },
    { header: 'Market', value: (r) => r.account.marketCode },
    { header: 'Industry', value: (r) => r.account.industry },
    { header: 'Status', value: (r) => r.account.status },
    { header: 'Owned', value: (r) => r.owned },
    { header: 'White space', value: (r) => r.whiteSpace },
    ...products.map((p, i) => ({
      header: p.name,
      value: (r: Matrix['rows'][number]) => (r.cells[i]!.state === 'empty' ? '' : r.cells[i]!.state),
    })),
  ];
}

const MIN_PEERS = 20;

/** Products with the most potential for an account, each with its reason (D6). */
export async function suggestions(ctx: AppContext, accountId: string, limit: number): Promise<z.infer<typeof Suggestions>> {
  const account = await repo.accountIndustry(ctx.db, accountId);
  if (!account) throw errors.notFound('The account');
  const owned = await ownedAt(ctx);
  const [excluded, products] = await Promise.all([repo.taken(ctx.db, accountId, owned), repo.columns(ctx.db)]);
  let industry = account.industry;
  let data = await repo.coOwnership(ctx.db, accountId, industry, excluded, owned);
  if (data.peers < MIN_PEERS && industry !== null) {
    industry = null;
    data = await repo.coOwnership(ctx.db, accountId, null, excluded, owned);
  }
  const ranked = rankSuggestions(
    {
      pairs: data.pairs,
      antecedentCounts: Object.fromEntries(data.candidates.map((c) => [c.id, c.n])),
      candidateCounts: Object.fromEntries(data.candidates.map((c) => [c.id, c.n])),
      peers: data.peers,
      exclude: new Set(excluded),
    },
    limit,
  );
  const byId = new Map(products.map((p) => [p.id, p]));
  const who = industry ? `${industry} customers` : 'customers';
  return {
    accountId,
    peers: { industry, count: data.peers },
    items: ranked.flatMap((s) => {
      const product = byId.get(s.productId);
      if (!product) return [];
      const because = s.because ? byId.get(s.because) : undefined;
      const percent = Math.round(s.confidence * 100);
      return [
        {
          product: { id: product.id, name: product.name, salesGroupId: product.salesGroupId, salesGroupName: product.salesGroupName },
          score: Math.round(s.score * 1000) / 1000,
          confidence: Math.round(s.confidence * 1000) / 1000,
          support: s.support,
          lift: Math.round(s.lift * 100) / 100,
          because: because ? { id: because.id, name: because.name } : null,
          reason: because ? `Owned by ${percent} % of ${who} who own ${because.name}` : `Owned by ${percent} % of ${who}`,
        },
      ];
    }),
  };
}
