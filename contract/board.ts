import { z } from 'zod';
import { Id, text } from './common';
import { Opportunity, OpportunityFilters, Process, Stage } from './opportunities';

export const BoardQuery = OpportunityFilters.omit({ status: true, stageId: true }).extend({
  processId: Id.optional(),
  perColumn: z.coerce.number().int().min(1).max(200).default(50),
});

/**
 * An opportunity as its card on the board shows it (B7): what, for whom, how much, when, whose, how old, the
 * one warning, when a won one was signed and a lost one closed, and what moving it needs (its stage, channel, version, and
 * whether the viewer may). The same fields as the opportunity itself, so the card opens the same win, lose
 * and gate forms, but its stage by id: it is its column's, which the board sends once. The rest (dates of
 * the quote, the loss, custom fields …) is on the opportunity's own page.
 */
export const BoardCard = Opportunity.pick({
  id: true,
  accountId: true,
  accountName: true,
  name: true,
  owner: true,
  currency: true,
  estimatedValue: true,
  value: true,
  expectedCloseOn: true,
  closedAt: true,
  signedOn: true,
  ageDays: true,
  daysInStage: true,
  closeOverdue: true,
  warning: true,
  channel: true,
  version: true,
  can: true,
}).extend({ stageId: Id });
export type BoardCard = z.infer<typeof BoardCard>;

export const BoardColumn = z.object({
  stage: Stage,
  count: z.number().int(),
  value: z.number(),
  weightedValue: z.number(),
  cards: z.array(BoardCard),
});
export const Board = z.object({ process: Process, reportingCurrency: text(), columns: z.array(BoardColumn) });
