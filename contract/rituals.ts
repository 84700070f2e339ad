import { z } from 'zod';
import { attendanceStatuses, insightReach, schemeCadences, visitStatuses } from '@domain/rituals';
import { Id, IndustryCode, text } from './common';
import { CreateHandoff, Handoff } from './handoffs';
import { CreateOpportunity } from './opportunities';

const isoDate = z.iso.date();
/** A local date and time, 'YYYY-MM-DDTHH:mm', read in the visit's time zone (its market's). */
export const LocalDateTime = text().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'Use YYYY-MM-DDTHH:mm');

export const SchemeCadence = z.enum(schemeCadences);
export const VisitStatus = z.enum(visitStatuses);
const Person = z.object({ id: Id, name: text(), salesGroupId: Id.nullable(), salesGroupName: text().nullable() });

export const Absence = z.object({ from: isoDate, to: isoDate }).refine((a) => a.from <= a.to, { message: 'from after to' });

export const SchemeInput = z.object({
  name: text().trim().min(1).max(120),
  marketId: Id.nullable().optional(),
  cadence: SchemeCadence.default('weekly'),
  startsOn: isoDate,
  endsOn: isoDate.nullable().optional(),
  memberIds: z.array(Id).min(2).max(500),
});

export const SchemeMemberPatch = z.object({
  optedOut: z.boolean().optional(),
  languages: z.array(text().trim().min(2).max(8)).min(1).max(5).optional(),
  absences: z.array(Absence).max(50).optional(),
});

export const SchemeMember = Person.extend({
  languages: z.array(text()),
  optedOut: z.boolean(),
  absences: z.array(z.object({ from: text(), to: text() })),
  /** Whether the viewer may change this participation (the seller, their leaders, admins). */
  canChange: z.boolean(),
});

export const Scheme = z.object({
  id: Id,
  name: text(),
  marketId: Id.nullable(),
  cadence: SchemeCadence,
  startsOn: text(),
  endsOn: text().nullable(),
  active: z.boolean(),
  members: z.array(SchemeMember),
  timeZone: text(),
  can: z.object({ manage: z.boolean() }),
});

export const ProposeInput = z.object({ week: isoDate.optional() });

export const VisitAction = z.enum(['plan', 'cancel', 'accept', 'ask_another', 'record']);
export const JointVisit = z.object({
  id: Id,
  schemeId: Id,
  schemeName: text(),
  period: text(),
  host: Person,
  guest: Person,
  status: VisitStatus,
  account: z.object({ id: Id, name: text() }).nullable(),
  startsAt: z.iso.datetime().nullable(),
  endsAt: z.iso.datetime().nullable(),
  /** The start in the visit's own zone, 'YYYY-MM-DDTHH:mm'. */
  localStart: text().nullable(),
  timeZone: text(),
  place: text(),
  answerNote: text().nullable(),
  metBefore: z.number().int(),
  learned: text().nullable(),
  needs: text().nullable(),
  recordedAt: z.iso.datetime().nullable(),
  recordMissing: z.boolean(),
  tips: z.array(Handoff.pick({ id: true, status: true, note: true }).extend({ toSalesGroup: text() })),
  opportunities: z.array(z.object({ id: Id, name: text(), status: text(), value: z.number().nullable() })),
  /** What the viewer may do next (domain/rituals.ts). */
  actions: z.array(VisitAction),
});
export type JointVisit = z.infer<typeof JointVisit>;

export const VisitListQuery = z.object({
  schemeId: Id.optional(),
  mine: z.coerce.boolean().default(false),
  period: text().max(10).optional(),
});

export const PlanVisit = z.object({
  accountId: Id,
  start: LocalDateTime,
  durationMinutes: z.number().int().min(15).max(600).default(60),
  place: text().trim().max(300).default(''),
  activityId: Id.nullable().optional(),
});
export const AnswerVisit = z.object({ answer: z.enum(['accept', 'ask_another']), note: text().trim().max(1000).optional() });
export const RecordVisit = z.object({
  learned: text().trim().max(4000).default(''),
  needs: text().trim().max(4000).default(''),
});
export const VisitTip = CreateHandoff.omit({ accountId: true });
/** An opportunity from the visit: as any new opportunity (the stage's gate applies), at the visit's customer. */
export const VisitOpportunity = CreateOpportunity.omit({ accountId: true });

/** The host's planned meetings in the visit's week, to pick the visit from. */
export const PlannedMeeting = z.object({
  activityId: Id,
  account: z.object({ id: Id, name: text() }),
  subject: text(),
  at: z.iso.datetime(),
  localStart: text(),
});

export const ResultRow = z.object({
  id: Id.nullable(),
  name: text(),
  planned: z.number().int(),
  done: z.number().int(),
  recorded: z.number().int(),
  tips: z.number().int(),
  opportunities: z.number().int(),
  wonValue: z.number(),
});
export const VisitResults = z.object({
  currency: text(),
  bySeller: z.array(ResultRow),
  byGroup: z.array(ResultRow),
  byMarket: z.array(ResultRow),
  /** The pairs that have met (done visits): a grid of sellers × sellers. */
  grid: z.object({
    sellers: z.array(z.object({ id: Id, name: text() })),
    met: z.array(z.object({ a: Id, b: Id, times: z.number().int() })),
  }),
  figures: z.object({
    sellers: z.number().int(),
    visits: z.number().int(),
    distinctPartners: z.object({ min: z.number(), mean: z.number(), max: z.number() }),
    maxMeetingsOfAPair: z.number().int(),
  }),
});
export const ResultsQuery = z.object({ schemeId: Id.optional(), marketId: Id.optional() });

export const CalendarFeed = z.object({
  active: z.boolean(),
  createdAt: z.iso.datetime().nullable(),
  lastUsedAt: z.iso.datetime().nullable(),
  /** The secret address: only in the answer that creates it. */
  url: text().nullable(),
});
export const CalendarFile = z.object({ file: text().regex(/^[A-Za-z0-9_-]{20,100}\.ics$/) });

// ---------------------------------------------------------------- seminars (E2)

export const AttendanceStatus = z.enum(attendanceStatuses);
export const SeminarInput = z.object({
  title: text().trim().min(1).max(200),
  topic: text().trim().max(4000).default(''),
  start: LocalDateTime,
  durationMinutes: z
    .number()
    .int()
    .min(15)
    .max(24 * 60)
    .default(120),
  place: text().trim().max(300).default(''),
  link: z.url().max(1000).nullable().optional(),
  capacity: z.number().int().min(1).max(100_000).nullable().optional(),
  marketId: Id.nullable().optional(),
  sellerIds: z.array(Id).min(1).max(200),
  followUpMonths: z.number().int().min(1).max(24).default(6),
});
/** Invite contacts: named ones, and/or every contact of some accounts (a saved list's or a matrix filter's). */
export const InviteInput = z
  .object({ contactIds: z.array(Id).max(2000).default([]), accountIds: z.array(Id).max(2000).default([]) })
  .refine((i) => i.contactIds.length + i.accountIds.length > 0, { message: 'Name contacts or accounts' });
export const AttendanceInput = z.object({ contactIds: z.array(Id).min(1).max(2000), status: AttendanceStatus });
export const Invitee = z.object({
  contactId: Id,
  name: text(),
  email: text().nullable(),
  account: z.object({ id: Id, name: text() }),
  status: AttendanceStatus,
});
export const Seminar = z.object({
  id: Id,
  title: text(),
  topic: text(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  localStart: text(),
  timeZone: text(),
  place: text(),
  link: text().nullable(),
  capacity: z.number().int().nullable(),
  marketId: Id.nullable(),
  salesGroups: z.array(z.object({ id: Id, name: text() })),
  sellers: z.array(z.object({ id: Id, name: text(), salesGroupId: Id.nullable() })),
  followUpMonths: z.number().int(),
  counts: z.object({ invited: z.number().int(), registered: z.number().int(), attended: z.number().int() }),
  can: z.object({ run: z.boolean() }),
});
export const SeminarDetail = Seminar.extend({
  invitees: z.array(Invitee),
  followUps: z.array(z.object({ contactId: Id, salesGroup: text(), owner: text(), taskId: Id, done: z.boolean() })),
  /** Opportunities at attendees' accounts created from the seminar's day until `followUpMonths` after. */
  followed: z.object({
    currency: text(),
    /** Until when what happens at attendees' accounts counts. */
    until: z.iso.datetime(),
    tips: z.number().int(),
    opportunities: z.number().int(),
    won: z.number().int(),
    wonValue: z.number(),
    followUpsDone: z.number().int(),
  }),
});
export type SeminarDetail = z.infer<typeof SeminarDetail>;
export const SeminarListQuery = z.object({ when: z.enum(['upcoming', 'past', 'all']).default('all') });
/** A registration list (a CSV export or a pasted column): the e-mail addresses in it are matched to invitees. */
export const ImportAttendance = z.object({
  list: text().max(500_000),
  status: z.enum(['registered', 'attended']).default('attended'),
});
export const ImportResult = z.object({ matched: z.number().int(), unknown: z.array(text()) });
/** A tip from a seminar: to another group, at an invited customer. */
export const SeminarTip = CreateHandoff;

// ---------------------------------------------------------------- interview rounds (E3)

export const InsightReach = z.enum(insightReach);
export const InterviewInput = z.object({
  accountId: Id,
  contactId: Id.nullable().optional(),
  heldOn: isoDate,
  topics: z.array(text().trim().min(1).max(300)).min(3).max(4),
  listenerIds: z.array(Id).min(1).max(20),
  /** E-mail the topics to the contact (when they have an address and Korsa has SMTP). */
  sendTopics: z.boolean().default(false),
});
export const InsightInput = z.object({
  topic: z.number().int().min(0).max(3),
  text: text().trim().min(1).max(4000),
  reach: InsightReach.default('this_customer'),
  industry: IndustryCode.nullable().optional(),
});
export const Insight = z.object({
  id: Id,
  roundId: Id,
  topic: z.number().int(),
  text: text(),
  reach: InsightReach,
  industry: IndustryCode.nullable(),
  by: text().nullable(),
  tips: z.array(z.object({ id: Id, toSalesGroup: text() })),
  opportunities: z.array(z.object({ id: Id, name: text() })),
});
export const InterviewRound = z.object({
  id: Id,
  account: z.object({ id: Id, name: text(), industry: IndustryCode.nullable() }),
  contact: z.object({ id: Id, name: text() }).nullable(),
  heldOn: text(),
  topics: z.array(text()),
  listeners: z.array(z.object({ id: Id, name: text(), salesGroupName: text().nullable() })),
  insights: z.array(Insight),
  can: z.object({ run: z.boolean() }),
});
export const InterviewQuery = z.object({ q: text().trim().max(100).optional(), industry: IndustryCode.optional() });
/** What other customers' interviews taught about an account's industry: the suggestion on its page. */
export const Lesson = z.object({
  insightId: Id,
  roundId: Id,
  text: text(),
  topic: text(),
  fromAccount: text(),
  heldOn: text(),
  industry: IndustryCode,
});
export type InterviewRound = z.infer<typeof InterviewRound>;
export const InsightTip = VisitTip;
export const InsightOpportunity = VisitOpportunity;

// ---------------------------------------------------------------- what came of each ritual

const Came = z.object({ tips: z.number().int(), opportunities: z.number().int(), won: z.number().int(), wonValue: z.number() });
/** What came of the rituals (all of them, or a market's): per ritual, how many were held and what followed. */
export const RitualSummary = z.object({
  currency: text(),
  visits: Came.extend({ planned: z.number().int(), done: z.number().int(), recorded: z.number().int() }),
  seminars: Came.extend({
    held: z.number().int(),
    upcoming: z.number().int(),
    attended: z.number().int(),
    followUps: z.number().int(),
    followUpsDone: z.number().int(),
  }),
  interviews: Came.extend({ held: z.number().int(), upcoming: z.number().int(), insights: z.number().int() }),
});

/** One ritual on the cross-selling forum's agenda: what it was, who took part, and what came of it. */
export const ForumRitual = z.object({
  kind: z.enum(['visit', 'seminar', 'interview']),
  id: Id,
  title: text(),
  at: z.iso.datetime(),
  people: z.array(text()),
  /** What the guest learned (a visit) or the latest insight (an interview). */
  learned: text().nullable(),
  /** A joint visit held but not yet recorded: the forum chases it. */
  recordDue: z.boolean(),
  tips: z.number().int(),
  opportunities: z.number().int(),
  attended: z.number().int().nullable(),
  insights: z.number().int().nullable(),
});
/** The rituals since the forum's last meeting and those of the coming two weeks (E1–E3 in D7's agenda). */
export const ForumRituals = z.object({ recent: z.array(ForumRitual), upcoming: z.array(ForumRitual), recordsDue: z.number().int() });
