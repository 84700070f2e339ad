import type { z } from 'zod';
import type { MarkCell, Matrix, MatrixQuery, Suggestions } from '@contract/matrix';
import { cellPrecedence as precedence } from '@domain/matrix';
import { industryName } from '@domain/industries';
import { describeConfig, fitRanker, rankCandidates, reasonText, suggest, type FittedRanker, type ScopeCounts } from '@domain/suggestions';
import { isForeignKeyViolation } from '../../db/errors';
import type { Actor } from '../../platform/auth';
import { inTransaction, type AppContext } from '../../platform/context';
import { industryCsvColumns, type CsvColumn } from '../../platform/csv-export';
import type { Locale } from '@domain/people';
import { errors } from '../../platform/errors';
import { addMonths } from '@domain/pipeline/aging';
import { recordEvent } from '../activities/service';
import { matrixCountsAt } from '../read-models/service';
import { getOrganisation, suggestionGate } from '../org/service';
import * as repo from './repo';

/** What counts as owned today: running contracts, and one-off purchases within the passive window. */
async function ownedAt(ctx: AppContext): Promise<repo.OwnedAt> {
  const now = ctx.clock.now();
  const { passiveAfterMonths } = await getOrganisation(ctx);
  return { today: now.toISOString().slice(0, 10), since: addMonths(now, -passiveAfterMonths).toISOString().slice(0, 10) };
}

/** The products an account owns today, as the matrix counts them (for website signals: "reads about a product it lacks"). */
export async function ownedProducts(ctx: AppContext, accountId: string): Promise<Set<string>> {
  const taken = await repo.taken(ctx.db, accountId, await ownedAt(ctx));
  return new Set(taken.filter((t) => t.kind === 'owned').map((t) => t.id));
}

/**
 * The product matrix (D5): accounts × products, each cell owned, in pipeline, potential, not
 * relevant or empty, with who sells it — a page of rows at a time, totals over all matching accounts.
 */
export async function matrix(ctx: AppContext, q: MatrixQuery): Promise<Matrix> {
  const owned = await ownedAt(ctx);
  const products = await repo.columns(ctx.db, q.salesGroupId);
  const productIds = products.map((p) => p.id);
  // the penetration counts hold one day's ownership: the first read of a new day rolls them to it
  const counted = repo.countsHold(q) && (await matrixCountsAt(ctx, owned));
  const [rows, totals] = await Promise.all([repo.rows(ctx.db, q, productIds, owned), repo.totals(ctx.db, q, owned, counted)]);
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
      // in the columns' order, whichever way the totals were counted
      perProduct: productIds
        .flatMap((id) => totals.perProduct.filter((t) => t.productId === id))
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
  await inTransaction(ctx, async (tx) => {
    if (input.state === null) await repo.clearMark(tx.db, input.accountId, input.productId);
    else
      await repo.setMark(tx.db, {
        accountId: input.accountId,
        productId: input.productId,
        state: input.state,
        reason: input.reason ?? null,
        byUserId: actor.id,
        at: ctx.clock.now(),
      });
    await recordEvent(tx, actor, {
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
  }).catch((e: unknown) => {
    if (isForeignKeyViolation(e))
      throw errors.invalid('The account or product does not exist.', [{ path: 'body', message: 'unknown reference' }]);
    throw e;
  });
}

/** The export's columns: the account (its industry as code and name in `locale`), its counts, then a column per product. */
export function matrixCsvColumns(products: Matrix['products'], locale: Locale): CsvColumn<Matrix['rows'][number]>[] {
  return [
    { header: 'Account', value: (r) => r.account.name },
    { header: 'Market', value: (r) => r.account.marketCode },
    ...industryCsvColumns<Matrix['rows'][number]>(locale, (r) => r.account.industry),
    { header: 'Status', value: (r) => r.account.status },
    { header: 'Owned', value: (r) => r.owned },
    { header: 'White space', value: (r) => r.whiteSpace },
    ...products.map((p, i) => ({
      header: p.name,
      value: (r: Matrix['rows'][number]) => (r.cells[i]!.state === 'empty' ? '' : r.cells[i]!.state),
    })),
  ];
}

const RANKER_REFRESH_MS = 60 * 60_000;
/** Per database handle (several databases in one process in tests never share a ranker). */
const rankers = new WeakMap<object, { at: number; today: string; ranker: FittedRanker; products: string[]; segments: string[] }>();

/**
 * The ranking blend, chosen by leave-one-out on what the organisation's accounts own today and
 * refitted hourly (or when the day changes). Explanations never come from it: they are counted
 * fresh per request.
 */
async function rankerFor(ctx: AppContext, at: repo.OwnedAt) {
  const now = ctx.clock.now().getTime();
  const cached = rankers.get(ctx.db);
  if (cached && cached.today === at.today && now - cached.at < RANKER_REFRESH_MS) return cached;
  const rows = await repo.ownership(ctx.db, at);
  const products = [...new Set(rows.flatMap((r) => r.products))].sort();
  const segments = [...new Set(rows.flatMap((r) => (r.industry ? [r.industry] : [])))].sort();
  const productIndex = new Map(products.map((p, i) => [p, i]));
  const segmentIndex = new Map(segments.map((s, i) => [s, i]));
  const ranker = fitRanker({
    items: products.length,
    rows: rows.map((r) => r.products.map((p) => productIndex.get(p)!)),
    segments: rows.map((r) => (r.industry ? segmentIndex.get(r.industry)! : -1)),
    segmentCount: segments.length,
  });
  const entry = { at: now, today: at.today, ranker, products, segments };
  rankers.set(ctx.db, entry);
  return entry;
}

/**
 * Products with the most potential for an account (D6), in the fitted blend's order, each with the
 * strongest true rule that starts from a product the account owns (or its industry) and meets the
 * organisation's minimum support and lift; a product without one is not suggested.
 */
export async function suggestions(ctx: AppContext, accountId: string, limit: number): Promise<z.infer<typeof Suggestions>> {
  const account = await repo.accountIndustry(ctx.db, accountId);
  if (!account) throw errors.notFound('The account');
  const at = await ownedAt(ctx);
  const [taken, products, gate, model] = await Promise.all([
    repo.taken(ctx.db, accountId, at),
    repo.columns(ctx.db),
    suggestionGate(ctx),
    rankerFor(ctx, at),
  ]);
  const owned = taken.filter((t) => t.kind === 'owned').map((t) => t.id);
  const exclude = new Set(taken.map((t) => t.id));
  const byId = new Map(products.map((p) => [p.id, p]));
  const index = new Map(model.products.map((p, i) => [p, i]));
  const industry = account.industry;
  const ranked = rankCandidates(
    model.ranker,
    owned.flatMap((p) => (index.has(p) ? [index.get(p)!] : [])),
    industry === null ? -1 : model.segments.indexOf(industry),
    [...exclude].flatMap((p) => (index.has(p) ? [index.get(p)!] : [])),
  ).flatMap((r) => {
    const product = model.products[r.item]!;
    return byId.has(product) && !exclude.has(product) ? [{ product, score: r.score }] : [];
  });
  const counts = await repo.coOwnership(ctx.db, accountId, industry, owned, at);
  const owners = new Map(counts.owners.map((o) => [o.id, o]));
  const pairs = new Map(counts.pairs.map((p) => [`${p.antecedent}|${p.candidate}`, p]));
  const scope = (key: 'all' | 'segment', segment: string | null): ScopeCounts<string> => ({
    segment,
    peers: counts.peers[key],
    owners: (p) => owners.get(p)?.[key] ?? 0,
    both: (a, p) => pairs.get(`${a}|${p}`)?.[key] ?? 0,
  });
  const chosen = suggest(ranked, owned, scope('all', null), industry === null ? null : scope('segment', industry), gate, limit);
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return {
    accountId,
    peers: { industry, count: counts.peers.all, industryCount: counts.peers.segment },
    ranking: {
      method: describeConfig(model.ranker.config),
      folds: model.ranker.evaluation.folds,
      hitRate3: r3(model.ranker.evaluation.hitRate3),
      mrr: r3(model.ranker.evaluation.mrr),
    },
    gate,
    items: chosen.map((s) => {
      const product = byId.get(s.product)!;
      const e = s.explanation;
      const because = e.because ? { id: e.because, name: byId.get(e.because)?.name ?? e.because } : null;
      return {
        product: { id: product.id, name: product.name, salesGroupId: product.salesGroupId, salesGroupName: product.salesGroupName },
        score: r3(s.score),
        confidence: r3(e.confidence),
        support: e.support,
        base: e.base,
        lift: Math.round(e.lift * 100) / 100,
        because,
        segment: e.segment === null ? null : industry,
        reason: reasonText(
          { ...e, segment: e.segment === null || industry === null ? null : industryName(industry, 'en') },
          because?.name ?? null,
        ),
      };
    }),
  };
}

/** The active products (with their group) and every non-empty cell of some accounts, each on its own (no roll-up). */
export async function cellsOfAccounts(ctx: AppContext, accountIds: readonly string[]) {
  const at = await ownedAt(ctx);
  const [products, cells] = await Promise.all([repo.columns(ctx.db), repo.cells(ctx.db, [...accountIds], false, at)]);
  return { products, cells: cells.map((c) => ({ accountId: c.accountId, productId: c.productId, state: c.state })) };
}

/** The same, narrowed to what the seminar's follow-ups are decided from. */
export async function potentialFacts(ctx: AppContext, accountIds: string[]) {
  const { products, cells } = await cellsOfAccounts(ctx, accountIds);
  return { products: products.map((p) => ({ id: p.id, salesGroupId: p.salesGroupId })), cells };
}
