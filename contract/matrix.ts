import { z } from 'zod';
import { accountSizes } from '@domain/accounts';
import { cellStates, matrixMarks } from '@domain/matrix';
import { Id, IndustryCode, PageQuery, text } from './common';
import { AccountStatus } from './accounts';

export const CellState = z.enum(cellStates);
export type CellState = z.infer<typeof CellState>;

export const MatrixQuery = PageQuery.extend({
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
  q: text().trim().max(100).optional(),
  marketId: Id.optional(),
  /** Columns: only this sales group's products. */
  salesGroupId: Id.optional(),
  /** A section letter of NACE Rev. 2; another value is 400 validation_failed. */
  industry: IndustryCode.optional(),
  size: z.enum(accountSizes).optional(),
  ownerId: Id.optional(),
  status: AccountStatus.optional(),
  /** One row per group of companies: the global parent with its subsidiaries' cells rolled up. */
  rollup: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .default(false),
  sort: z.enum(['name', 'whitespace', 'owned']).default('name'),
});
export type MatrixQuery = z.infer<typeof MatrixQuery>;

export const MatrixCell = z.object({
  productId: Id,
  state: CellState,
  /** Who sells or owns the relationship: the seller of the deal, or who marked it. */
  by: text().nullable(),
  reason: text().nullable(),
});
export const Matrix = z.object({
  products: z.array(z.object({ id: Id, name: text(), family: text(), salesGroupId: Id, salesGroupName: text() })),
  rows: z.array(
    z.object({
      account: z.object({
        id: Id,
        name: text(),
        marketCode: text().nullable(),
        industry: IndustryCode.nullable(),
        status: AccountStatus,
        ownerName: text().nullable(),
        subsidiaries: z.number().int(),
      }),
      cells: z.array(MatrixCell),
      owned: z.number().int(),
      whiteSpace: z.number().int(),
    }),
  ),
  /** Over every account that matches the filters, not just this page. */
  totals: z.object({
    accounts: z.number().int(),
    perProduct: z.array(
      z.object({
        productId: Id,
        owned: z.number().int(),
        pipeline: z.number().int(),
        potential: z.number().int(),
        penetration: z.number(),
      }),
    ),
  }),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type Matrix = z.infer<typeof Matrix>;

/** "Not relevant" needs the reason, so that nobody in another group has to ask again. */
export const MarkCell = z
  .object({
    accountId: Id,
    productId: Id,
    state: z.enum(matrixMarks).nullable(),
    reason: text().trim().max(500).optional(),
  })
  .refine((m) => m.state !== 'not_relevant' || !!m.reason, {
    path: ['reason'],
    message: 'Say why it is not relevant, so others need not ask again.',
  });

export const SuggestionsQuery = z.object({ accountId: Id, limit: z.coerce.number().int().min(1).max(10).default(5) });
export const Suggestions = z.object({
  accountId: Id,
  /** The peers the rules come from: every other account owning something today, and those of the account's industry. */
  peers: z.object({ industry: IndustryCode.nullable(), count: z.number().int(), industryCount: z.number().int() }),
  /** The blend the ranking uses, chosen by leave-one-out on the organisation's own data, and how well it did there. */
  ranking: z.object({ method: text(), folds: z.number().int(), hitRate3: z.number(), mrr: z.number() }),
  /** How strong a rule must be to be shown (the organisation's settings). */
  gate: z.object({ minSupport: z.number().int(), minLift: z.number() }),
  items: z.array(
    z.object({
      product: z.object({ id: Id, name: text(), salesGroupId: Id, salesGroupName: text() }),
      score: z.number(),
      /** support / base, as in the sentence. */
      confidence: z.number(),
      /** Peers that own the product (and `because`, when there is one). */
      support: z.number().int(),
      /** Peers the share is of: those owning `because`, or all of the segment. */
      base: z.number().int(),
      lift: z.number(),
      /** A product the account owns — never one in pipeline or marked not relevant. */
      because: z.object({ id: Id, name: text() }).nullable(),
      /** The industry the rule holds in; null for all customers. */
      segment: IndustryCode.nullable(),
      /** In words (English), e.g. "Owned by 64 % of the 220 Manufacturing customers who own Fleet Leasing". */
      reason: text(),
    }),
  ),
});
