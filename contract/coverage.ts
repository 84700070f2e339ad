import { z } from 'zod';
import { Id, text } from './common';

const Named = z.object({ id: Id, name: text() });

export const CoverageRuleInput = z.object({
  marketId: Id,
  /** The sales group the rule names a seller for; null: the market's team for every group. */
  salesGroupId: Id.nullable().default(null),
  /** The seller who covers; null: the market's team. */
  sellerId: Id.nullable().default(null),
});
export const PutCoverageRules = z.object({ rules: z.array(CoverageRuleInput).max(100) });
export type PutCoverageRules = z.infer<typeof PutCoverageRules>;

const Rule = z.object({ id: Id, market: Named, salesGroup: Named.nullable(), seller: Named.nullable() });

/** An account's place in its group of companies and who covers it (H2). */
export const AccountCoverage = z.object({
  /** The group of companies (its global account); null when the account is in none. */
  group: Named.nullable(),
  /** The account is the group's global account itself (where the rules are set). */
  isGroup: z.boolean(),
  globalOwner: Named.nullable(),
  rules: z.array(Rule),
  /** At a subsidiary: who covers it for the viewer's sales group, and whether the viewer works it outside the rule. */
  forYou: z.object({
    outside: z.boolean(),
    coveredBy: z.object({ market: Named, salesGroup: Named.nullable(), seller: Named.nullable() }).nullable(),
  }),
  /** Setting the rules: the global owner, their leaders, admins. */
  can: z.object({ edit: z.boolean() }),
});
export type AccountCoverage = z.infer<typeof AccountCoverage>;

/** Parallel opportunities for the same product at one group of companies from more than one market. */
export const CoverageConflicts = z.object({
  items: z.array(
    z.object({
      group: Named,
      product: Named,
      opportunities: z.array(z.object({ id: Id, name: text(), account: Named, market: Named.nullable(), owner: Named.nullable() })),
    }),
  ),
});
export const CoverageConflictsQuery = z.object({ groupId: Id.optional() });
