import { z } from 'zod';
import { Id, PageQuery, pageOf } from './common';

export const handoffStatuses = [
  'sent',
  'accepted',
  'declined',
  'contacted',
  'meeting_held',
  'opportunity_created',
  'not_relevant',
] as const;
export const HandoffStatus = z.enum(handoffStatuses);

export const CreateHandoff = z.object({
  accountId: Id,
  toSalesGroupId: Id,
  toUserId: Id.nullable().optional(),
  productIds: z.array(Id).max(10).default([]),
  contactId: Id.nullable().optional(),
  answers: z
    .array(z.object({ question: z.string().trim().min(1).max(300), answer: z.string().trim().max(2000) }))
    .max(10)
    .default([]),
  urgency: z.enum(['low', 'normal', 'high']).default('normal'),
  note: z.string().trim().max(4000).default(''),
});
export type CreateHandoff = z.infer<typeof CreateHandoff>;

/** The receiver answers or reports back; a reason for declined / not relevant; the opportunity when one was created. */
export const ReportHandoff = z.object({
  status: HandoffStatus.exclude(['sent']),
  note: z.string().trim().max(2000).optional(),
  opportunityId: Id.optional(),
});

export const Handoff = z.object({
  id: Id,
  account: z.object({ id: Id, name: z.string() }),
  giver: z.object({ id: Id, name: z.string() }).nullable(),
  giverGroupId: Id.nullable(),
  toSalesGroup: z.object({ id: Id, name: z.string() }),
  toUser: z.object({ id: Id, name: z.string() }).nullable(),
  productIds: z.array(Id),
  contactId: Id.nullable(),
  answers: z.array(z.object({ question: z.string(), answer: z.string() })),
  urgency: z.enum(['low', 'normal', 'high']),
  note: z.string(),
  status: HandoffStatus,
  /** Won or lost, from the linked opportunity. */
  outcome: z.enum(['won', 'lost']).nullable(),
  statusNote: z.string().nullable(),
  opportunityId: Id.nullable(),
  dueAt: z.iso.datetime(),
  overdue: z.boolean(),
  createdAt: z.iso.datetime(),
  updates: z.array(z.object({ status: z.string(), note: z.string().nullable(), by: z.string().nullable(), at: z.iso.datetime() })),
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
  kind: z.string(),
  data: z.record(z.string(), z.unknown()),
  link: z.string().nullable(),
  read: z.boolean(),
  createdAt: z.iso.datetime(),
});
export const NotificationList = z.object({ unread: z.number().int(), items: z.array(Notification) });

export const LedgerQuery = z.object({
  by: z.enum(['seller', 'salesGroup']).default('seller'),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export const LedgerRow = z.object({
  id: Id.nullable(),
  name: z.string().nullable(),
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
  reportingCurrency: z.string(),
  rows: z.array(LedgerRow),
  /** Who gives to whom: giver group → receiving group, with how many were won. */
  flows: z.array(
    z.object({
      fromId: Id.nullable(),
      fromName: z.string().nullable(),
      toId: Id,
      toName: z.string(),
      count: z.number().int(),
      won: z.number().int(),
    }),
  ),
});
