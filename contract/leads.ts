import { z } from 'zod';
import { behaviourKinds, fitFields } from '@domain/lead-score';
import { disqualifyReasons, leadMoves, leadSources, leadStatuses, missingForMove, rejectReasons } from '@domain/leads';
import { Id, IndustryCode, PageQuery, optionalIndustry, optionalText, pageOf, text } from './common';
import { Currency } from './org';

export { leadStatuses, leadSources, disqualifyReasons, rejectReasons, behaviourKinds, fitFields };
export const LeadStatus = z.enum(leadStatuses);
export const LeadSource = z.enum(leadSources);
export const BehaviourKind = z.enum(behaviourKinds);

const email = z
  .email()
  .max(254)
  .nullable()
  .optional()
  .or(z.literal('').transform(() => null));

/** A lead as marketing enters it (or a list import, or the web form). */
export const LeadInput = z.object({
  name: text().trim().min(1, 'Who is it?').max(200),
  email,
  phone: optionalText(50),
  company: optionalText(200),
  orgNumber: optionalText(40),
  domain: optionalText(200),
  industry: optionalIndustry,
  size: optionalText(40),
  title: optionalText(150),
  marketId: Id.nullable().optional(),
  country: optionalText(100),
  source: LeadSource.default('other'),
  campaign: optionalText(200),
  message: optionalText(4000),
});
export type LeadInput = z.infer<typeof LeadInput>;

/** Move a lead: a reason for disqualify / reject; the sales group (and maybe a seller) when handing it to sales. */
export const MoveLead = z.object({
  status: LeadStatus,
  reason: text().trim().max(60).optional(),
  note: text().trim().max(2000).optional(),
  salesGroupId: Id.optional(),
  assignedUserId: Id.nullable().optional(),
});
export type MoveLead = z.infer<typeof MoveLead>;

/** A move as the lead page's form sends it, with what its status asks for said before the server says it (`missingForMove`). */
export const LeadMoveForm = MoveLead.superRefine((move, ctx) => {
  for (const field of missingForMove(move.status, move))
    ctx.addIssue({ code: 'custom', path: [field], message: 'Required for this move.' });
});

/** Convert an accepted lead: to the matched (or a chosen) account or a new one, its contact, and maybe an opportunity. */
export const ConvertLead = z.object({
  /** An existing account to convert into; else the matched one, else a new account from the lead's company. */
  accountId: Id.optional(),
  opportunity: z
    .object({
      name: text().trim().min(1).max(200),
      estimatedValue: z.number().positive(),
      expectedCloseOn: z.iso.date(),
      currency: Currency.optional(),
    })
    .optional(),
});
export type ConvertLead = z.infer<typeof ConvertLead>;
export const Converted = z.object({
  leadId: Id,
  accountId: Id,
  contactId: Id,
  opportunityId: Id.nullable(),
  createdAccount: z.boolean(),
  createdContact: z.boolean(),
});

export const LeadEventInput = z.object({
  kind: BehaviourKind,
  detail: optionalText(300),
  at: z.iso.datetime().optional(),
});

export const ScorePart = z.discriminatedUnion('type', [
  z.object({ type: z.literal('fit'), field: z.enum(fitFields), value: text(), points: z.number() }),
  z.object({ type: z.literal('behaviour'), kind: BehaviourKind, count: z.number().int(), points: z.number() }),
  z.object({ type: z.literal('inactive'), days: z.number().int(), points: z.number() }),
]);

const Named = z.object({ id: Id, name: text() });

export const Lead = z.object({
  id: Id,
  name: text(),
  email: text().nullable(),
  phone: text().nullable(),
  company: text().nullable(),
  orgNumber: text().nullable(),
  domain: text().nullable(),
  industry: IndustryCode.nullable(),
  size: text().nullable(),
  title: text().nullable(),
  market: z.object({ id: Id, code: text() }).nullable(),
  country: text().nullable(),
  source: LeadSource,
  campaign: text().nullable(),
  message: text().nullable(),
  owner: Named.nullable(),
  status: LeadStatus,
  statusReason: text().nullable(),
  statusNote: text().nullable(),
  score: z.number(),
  /** At or above the MQL threshold: ready for sales. */
  mql: z.boolean(),
  account: Named.nullable(),
  contact: Named.nullable(),
  matchedBy: z.enum(['email', 'org_number', 'domain']).nullable(),
  salesGroup: Named.nullable(),
  assignedUser: Named.nullable(),
  handedAt: z.iso.datetime().nullable(),
  /** Sales must accept or reject by then (working hours of the agreement). */
  dueAt: z.iso.datetime().nullable(),
  /** Handed, unanswered, and past its deadline. */
  overdue: z.boolean(),
  answeredAt: z.iso.datetime().nullable(),
  /** Accepted or rejected before the deadline (null while unanswered or never handed). */
  answeredInTime: z.boolean().nullable(),
  convertedAt: z.iso.datetime().nullable(),
  opportunityId: Id.nullable(),
  createdAt: z.iso.datetime(),
  /** The statuses this viewer may move it to (domain/leads.ts allowedNextFor). */
  allowedNext: z.array(z.enum(leadMoves)),
  /** What this viewer may do: marketing's work on it, and converting it. */
  can: z.object({ work: z.boolean(), convert: z.boolean() }),
});
export type Lead = z.infer<typeof Lead>;

export const LeadDetail = Lead.extend({
  scoreParts: z.array(ScorePart),
  fitScore: z.number(),
  behaviourScore: z.number(),
  mqlThreshold: z.number(),
  events: z.array(z.object({ kind: BehaviourKind, detail: text().nullable(), at: z.iso.datetime() })),
  updates: z.array(
    z.object({
      status: LeadStatus,
      reason: text().nullable(),
      note: text().nullable(),
      by: text().nullable(),
      at: z.iso.datetime(),
    }),
  ),
});
export type LeadDetail = z.infer<typeof LeadDetail>;

export const leadBoxes = ['all', 'inbox', 'marketing', 'mine'] as const;
export const leadSorts = ['-createdAt', '-score', 'dueAt'] as const;
export const LeadListQuery = PageQuery.extend({
  /** inbox: handed to me or my group and waiting; marketing: still with marketing; mine: assigned to or owned by me. */
  box: z.enum(leadBoxes).default('all'),
  status: LeadStatus.optional(),
  source: LeadSource.optional(),
  salesGroupId: Id.optional(),
  marketId: Id.optional(),
  accountId: Id.optional(),
  q: text().trim().max(100).optional(),
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  sort: z.enum(leadSorts).default('-createdAt'),
});
export type LeadListQuery = z.infer<typeof LeadListQuery>;
export const LeadPage = pageOf(Lead);

export const FitRule = z.object({
  field: z.enum(fitFields),
  value: text().trim().min(1).max(100),
  points: z.number().int().min(-100).max(100),
});
export const BehaviourRule = z.object({
  kind: BehaviourKind,
  points: z.number().int().min(-100).max(100),
  halfLifeDays: z.number().min(0).max(365),
  maxCount: z.number().int().min(1).max(100),
});
export const ScoringRules = z
  .object({
    fit: z.array(FitRule).max(200),
    behaviour: z.array(BehaviourRule).max(50),
    inactiveAfterDays: z.number().int().min(1).max(365),
    inactivePoints: z.number().int().min(-100).max(0),
    mqlThreshold: z.number().int().min(1).max(1000),
  })
  .superRefine((rules, ctx) => {
    // one rule per attribute value and per behaviour: a second one would silently never count
    const seen = new Set<string>();
    rules.fit.forEach((r, i) => {
      const key = `${r.field}:${r.value.trim().toLowerCase()}`;
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['fit', i, 'value'], message: 'This value already has a rule.' });
      seen.add(key);
    });
    const kinds = new Set<string>();
    rules.behaviour.forEach((r, i) => {
      if (kinds.has(r.kind))
        ctx.addIssue({ code: 'custom', path: ['behaviour', i, 'kind'], message: 'This behaviour already has a rule.' });
      kinds.add(r.kind);
    });
  });
export const LeadSettings = z
  .object({
    scoring: ScoringRules,
    acceptWithinHours: z.number().int().min(1).max(200),
    remindBeforeHours: z.number().int().min(0).max(100),
    /** Markets with their own agreement: { marketId: working hours }. */
    acceptWithinHoursByMarket: z.record(z.string(), z.number().int().min(1).max(200)),
  })
  .refine((s) => s.remindBeforeHours < s.acceptWithinHours, {
    path: ['remindBeforeHours'],
    message: 'Remind before the deadline, not at or after it.',
  });
export type LeadSettings = z.infer<typeof LeadSettings>;

export const SlaReportQuery = z.object({
  by: z.enum(['seller', 'salesGroup']).default('salesGroup'),
  /** A row per group (or seller) and ISO week handed, or one for the whole period. */
  per: z.enum(['period', 'week']).default('period'),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export const SlaReport = z.object({
  rows: z.array(
    z.object({
      id: Id.nullable(),
      name: text().nullable(),
      /** The ISO week the leads were handed in ("2026-W49"), when asked per week. */
      week: text().nullable(),
      handed: z.number().int(),
      acceptedInTime: z.number().int(),
      acceptedLate: z.number().int(),
      rejected: z.number().int(),
      /** Still unanswered past the deadline. */
      overdue: z.number().int(),
      waiting: z.number().int(),
      rejectedByReason: z.record(z.string(), z.number().int()),
      /** Median working hours from handing to accepting. */
      medianHoursToAccept: z.number().nullable(),
    }),
  ),
});

// ── Web forms ────────────────────────────────────────────────────────────────────────────────

export const LeadFormInput = z.object({
  name: text().trim().min(1).max(100),
  /** The company's own site, e.g. https://www.example.com — the only origin allowed to post the form. */
  allowedOrigin: z
    .string()
    .trim()
    .regex(/^https?:\/\/[a-z0-9.-]+(:\d+)?$/i, 'An origin such as https://www.example.com'),
  campaign: optionalText(200),
  marketId: Id.nullable().optional(),
});
export const LeadForm = z.object({
  id: Id,
  name: text(),
  key: text(),
  allowedOrigin: text(),
  campaign: text().nullable(),
  marketId: Id.nullable(),
  active: z.boolean(),
  createdAt: z.iso.datetime(),
});
export type LeadForm = z.infer<typeof LeadForm>;
export const FormKeyParams = z.object({ key: text().min(10).max(80) });

/** What the company's site posts (JSON). `website` is the honeypot (hidden from people); `renderedAt` when the form was shown (ms). */
export const FormSubmission = z.object({
  name: text().trim().min(1).max(200),
  email: z.email().max(254),
  phone: optionalText(50),
  company: optionalText(200),
  orgNumber: optionalText(40),
  title: optionalText(150),
  message: optionalText(4000),
  website: text().max(500).optional(),
  renderedAt: z.number().int().optional(),
});
export const FormReceipt = z.object({ ok: z.literal(true) });
