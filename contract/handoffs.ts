import { z } from 'zod';
import { handoffOutcomes, handoffStatuses, handoffUrgencies, needsReason, reportStatuses } from '@domain/handoffs';
import { Id, PageQuery, pageOf, text } from './common';

export { handoffStatuses };
export const HandoffStatus = z.enum(handoffStatuses);
export const HandoffUrgency = z.enum(handoffUrgencies);

export const CreateHandoff = z.object({
  accountId: Id,
  toSalesGroupId: Id,
  toUserId: Id.nullable().optional(),
  productIds: z.array(Id).max(10).default([]),
  contactId: Id.nullable().optional(),
  answers: z
    .array(z.object({ question: text().trim().min(1).max(300), answer: text().trim().max(2000) }))
    .max(10)
    .default([]),
  urgency: HandoffUrgency.default('normal'),
  note: text().trim().max(4000).default(''),
});
export type CreateHandoff = z.infer<typeof CreateHandoff>;

/**
 * A tip written by hand on the new-tip page names the product(s) the customer may need: the receiving
 * group's knowledge cards and analysis questions follow from them. Tips that rituals and leads make
 * may carry none (`CreateHandoff`).
 */
export const WrittenHandoff = CreateHandoff.extend({ productIds: z.array(Id).min(1).max(10) });

/** The receiver answers or reports back; a reason for declined / not relevant; the opportunity when one was created. */
/** Declining or "not relevant" says why (`needsReason`); "opportunity created" links the opportunity. */
export const ReportHandoff = z
  .object({
    status: z.enum(reportStatuses),
    note: text().trim().max(2000).optional(),
    opportunityId: Id.optional(),
  })
  .refine((r) => !needsReason(r.status) || !!r.note, { path: ['note'], message: 'Say why, so the giver learns from it.' })
  .refine((r) => r.status !== 'opportunity_created' || !!r.opportunityId, {
    path: ['opportunityId'],
    message: 'Link the opportunity that was created.',
  });

/** The giver changes an open tip: its note and urgency. */
export const UpdateHandoff = z
  .object({ note: text().trim().max(4000), urgency: HandoffUrgency })
  .partial()
  .refine((o) => Object.keys(o).length > 0, { message: 'Send at least one field to change.' });
/** The giver takes an open tip back, optionally saying why. */
export const WithdrawHandoff = z.object({ note: text().trim().max(2000).optional() });

export const Handoff = z.object({
  id: Id,
  /** The customer, with its market (the receiver's list labels it). */
  account: z.object({ id: Id, name: text(), marketCode: text().nullable() }),
  giver: z.object({ id: Id, name: text() }).nullable(),
  giverGroupId: Id.nullable(),
  toSalesGroup: z.object({ id: Id, name: text() }),
  toUser: z.object({ id: Id, name: text() }).nullable(),
  productIds: z.array(Id),
  contactId: Id.nullable(),
  answers: z.array(z.object({ question: text(), answer: text() })),
  urgency: HandoffUrgency,
  note: text(),
  status: HandoffStatus,
  /** Won or lost, from the linked opportunity. */
  outcome: z.enum(handoffOutcomes).nullable(),
  statusNote: text().nullable(),
  opportunityId: Id.nullable(),
  dueAt: z.iso.datetime(),
  overdue: z.boolean(),
  createdAt: z.iso.datetime(),
  updates: z.array(z.object({ status: HandoffStatus, note: text().nullable(), by: text().nullable(), at: z.iso.datetime() })),
  /** What the viewer may report next (domain/handoffs.ts allowedNext; empty when they may not report on it). */
  allowedNext: z.array(z.enum(reportStatuses)),
  /** What the viewer may do (domain/access.ts): answer and report back as the receiver, their leader or an admin. */
  can: z.object({ report: z.boolean(), edit: z.boolean() }),
});
export type Handoff = z.infer<typeof Handoff>;

export const HandoffListQuery = PageQuery.extend({
  box: z.enum(['incoming', 'outgoing', 'all']).default('incoming'),
  accountId: Id.optional(),
  open: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type HandoffListQuery = z.infer<typeof HandoffListQuery>;
export const HandoffPage = pageOf(Handoff);

export const Notification = z.object({
  id: Id,
  kind: text(),
  data: z.record(text(), z.unknown()),
  link: text().nullable(),
  read: z.boolean(),
  createdAt: z.iso.datetime(),
});
export const NotificationList = z.object({ unread: z.number().int(), items: z.array(Notification) });

/** A page of the ledger, most tips given first: a company with thousands of sellers reads it a page at a time. */
export const LedgerQuery = PageQuery.extend({
  by: z.enum(['seller', 'salesGroup']).default('seller'),
  /** Only this sales group's sellers (by seller: those in it now), or only its row (by group); ranked among themselves. */
  salesGroupId: Id.optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export const LedgerRow = z.object({
  id: Id.nullable(),
  /** Place by tips given (then name), 1 for the most. */
  rank: z.number().int(),
  name: text().nullable(),
  given: z.number().int(),
  received: z.number().int(),
  /** Of those received, the share answered (accepted or declined). */
  responseRate: z.number().nullable(),
  medianResponseHours: z.number().nullable(),
  /** Of those accepted, the share reported on after accepting. */
  feedbackRate: z.number().nullable(),
  /** Given by this seller/group: how many became opportunities and wins, and the value won. */
  givenToOpportunity: z.number().int(),
  givenWon: z.number().int(),
  givenWonValue: z.number(),
});
export const Ledger = z.object({
  reportingCurrency: text(),
  /** The page's rows, in rank order. */
  rows: z.array(LedgerRow),
  /** Sellers (or groups) who gave or received in the window: the pages' total. */
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /**
   * The reader's own row (their seller or their group), wherever it ranks; null when they gave and received
   * none, or are not in the sales group asked for (a seller counts in the group they are in now).
   */
  own: LedgerRow.nullable(),
  /** Who gives to whom: giver group → receiving group, with how many were won. */
  flows: z.array(
    z.object({
      fromId: Id.nullable(),
      fromName: text().nullable(),
      toId: Id,
      toName: text(),
      count: z.number().int(),
      won: z.number().int(),
    }),
  ),
});
