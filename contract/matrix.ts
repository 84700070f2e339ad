import { z } from 'zod';
import { Id, PageQuery } from './common';
import { AccountStatus } from './accounts';

export const CellState = z.enum(['owned', 'pipeline', 'potential', 'not_relevant', 'empty']);
export type CellState = z.infer<typeof CellState>;

export const MatrixQuery = PageQuery.extend({
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
  q: z.string().trim().max(100).optional(),
  marketId: Id.optional(),
  /** Columns: only this sales group's products. */
  salesGroupId: Id.optional(),
  industry: z.string().trim().max(100).optional(),
  size: z.enum(['micro', 'small', 'medium', 'large', 'enterprise']).optional(),
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
  by: z.string().nullable(),
  reason: z.string().nullable(),
});
export const Matrix = z.object({
  products: z.array(z.object({ id: Id, name: z.string(), family: z.string(), salesGroupId: Id, salesGroupName: z.string() })),
  rows: z.array(
    z.object({
      account: z.object({
        id: Id,
        name: z.string(),
        marketCode: z.string().nullable(),
        industry: z.string().nullable(),
        status: AccountStatus,
        ownerName: z.string().nullable(),
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

export const MarkCell = z.object({
  accountId: Id,
  productId: Id,
  state: z.enum(['potential', 'not_relevant']).nullable(),
  reason: z.string().trim().max(500).optional(),
});

export const SuggestionsQuery = z.object({ accountId: Id, limit: z.coerce.number().int().min(1).max(10).default(5) });
export const Suggestions = z.object({
  accountId: Id,
  /** The peers the rules come from: the account's industry, or all customers when it has too few. */
  peers: z.object({ industry: z.string().nullable(), count: z.number().int() }),
  items: z.array(
    z.object({
      product: z.object({ id: Id, name: z.string(), salesGroupId: Id, salesGroupName: z.string() }),
      score: z.number(),
      confidence: z.number(),
      support: z.number().int(),
      lift: z.number(),
      because: z.object({ id: Id, name: z.string() }).nullable(),
      /** In words (English), e.g. "Owned by 64 % of Manufacturing customers who own Fleet Leasing". */
      reason: z.string(),
    }),
  ),
});
