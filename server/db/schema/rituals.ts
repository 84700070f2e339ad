import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { industryCodes } from '@domain/industries';
import { accounts, contacts } from './accounts';
import { activities } from './activities';
import { handoffs } from './handoffs';
import { markets, salesGroups } from './org';
import { opportunities } from './pipeline';
import { tasks } from './tasks';
import { users } from './users';
import { attendanceStatuses, insightReach, schemeCadences, visitStatuses } from '@domain/rituals';

/** A joint-visit scheme (E1): who takes part in a market, how often, since when. */
export const visitSchemes = pgTable('visit_schemes', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  marketId: uuid('market_id').references(() => markets.id, { onDelete: 'set null' }),
  cadence: text('cadence', { enum: schemeCadences }).notNull().default('weekly'),
  /** The Monday of the scheme's first week; the season runs to `endsOn` (inclusive) when set. */
  startsOn: date('starts_on', { mode: 'string' }).notNull(),
  endsOn: date('ends_on', { mode: 'string' }),
  active: boolean('active').notNull().default(true),
  createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A seller taking part in a scheme: languages, opt-out, absences. */
export const visitSchemeMembers = pgTable(
  'visit_scheme_members',
  {
    schemeId: uuid('scheme_id')
      .notNull()
      .references(() => visitSchemes.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    languages: text('languages').array().notNull(),
    optedOut: boolean('opted_out').notNull().default(false),
    /** [{ from, to }] dates (inclusive) the seller is away. */
    absences: jsonb('absences').notNull().default([]),
  },
  (t) => [primaryKey({ columns: [t.schemeId, t.userId] }), index('visit_scheme_members_user_idx').on(t.userId)],
);

/** One joint visit: a proposed pair, then the visit the host picked, the guest's answer, the record. */
export const jointVisits = pgTable(
  'joint_visits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schemeId: uuid('scheme_id')
      .notNull()
      .references(() => visitSchemes.id, { onDelete: 'cascade' }),
    /** The ISO week ('2026-W49') the pair was proposed for. */
    period: text('period').notNull(),
    hostId: uuid('host_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    guestId: uuid('guest_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: text('status', { enum: visitStatuses }).notNull().default('proposed'),
    accountId: uuid('account_id').references(() => accounts.id, { onDelete: 'set null' }),
    /** The host's planned meeting the visit was picked from, if any. */
    activityId: uuid('activity_id').references(() => activities.id, { onDelete: 'set null' }),
    startsAt: timestamp('starts_at', { withTimezone: true }),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    place: text('place').notNull().default(''),
    /** The IANA zone the visit's local time is in (the market's). */
    timeZone: text('time_zone').notNull(),
    /** The guest's note when asking for another visit. */
    answerNote: text('answer_note'),
    learned: text('learned'),
    needs: text('needs'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }),
    recordedById: uuid('recorded_by_id').references(() => users.id, { onDelete: 'set null' }),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    /** iCalendar SEQUENCE: bumped on every change the calendars must pick up. */
    sequence: integer('sequence').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('joint_visits_host_period_key').on(t.schemeId, t.period, t.hostId),
    uniqueIndex('joint_visits_guest_period_key').on(t.schemeId, t.period, t.guestId),
    index('joint_visits_host_idx').on(t.hostId, t.startsAt),
    index('joint_visits_guest_idx').on(t.guestId, t.startsAt),
  ],
);

/** What came of a ritual: the tips and opportunities created from it (E1–E3). */
export const ritualOutcomes = pgTable(
  'ritual_outcomes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** 'visit', 'seminar' or 'interview'. */
    ritualKind: text('ritual_kind').notNull(),
    ritualId: uuid('ritual_id').notNull(),
    handoffId: uuid('handoff_id').references(() => handoffs.id, { onDelete: 'cascade' }),
    opportunityId: uuid('opportunity_id').references(() => opportunities.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('ritual_outcomes_ritual_idx').on(t.ritualKind, t.ritualId),
    index('ritual_outcomes_handoff_idx')
      .on(t.handoffId)
      .where(sql`handoff_id is not null`),
  ],
);

/** A person's secret calendar feed: the SHA-256 of the token in its URL; revoked by deleting the row. */
export const calendarFeeds = pgTable('calendar_feeds', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
});

/** A joint seminar (E2): customers meet sellers of several groups; its local time is in `timeZone`. */
export const seminars = pgTable(
  'seminars',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    topic: text('topic').notNull().default(''),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    timeZone: text('time_zone').notNull(),
    place: text('place').notNull().default(''),
    link: text('link'),
    capacity: integer('capacity'),
    marketId: uuid('market_id').references(() => markets.id, { onDelete: 'set null' }),
    /** Opportunities at attendees' accounts this many months after the day count as what followed. */
    followUpMonths: integer('follow_up_months').notNull().default(6),
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    sequence: integer('sequence').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('seminars_starts_idx').on(t.startsAt)],
);

/** The sellers taking part in a seminar (their groups are the groups taking part). */
export const seminarSellers = pgTable(
  'seminar_sellers',
  {
    seminarId: uuid('seminar_id')
      .notNull()
      .references(() => seminars.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.seminarId, t.userId] }), index('seminar_sellers_user_idx').on(t.userId)],
);

/** An invited contact: invited → registered → attended (or no-show). */
export const seminarInvitees = pgTable(
  'seminar_invitees',
  {
    seminarId: uuid('seminar_id')
      .notNull()
      .references(() => seminars.id, { onDelete: 'cascade' }),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    status: text('status', { enum: attendanceStatuses }).notNull().default('invited'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.seminarId, t.contactId] }), index('seminar_invitees_account_idx').on(t.accountId)],
);

/** A follow-up task for an attendee, to a group with potential at the attendee's account (one per attendee and group). */
export const seminarFollowUps = pgTable(
  'seminar_follow_ups',
  {
    seminarId: uuid('seminar_id')
      .notNull()
      .references(() => seminars.id, { onDelete: 'cascade' }),
    contactId: uuid('contact_id')
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    salesGroupId: uuid('sales_group_id')
      .notNull()
      .references(() => salesGroups.id, { onDelete: 'cascade' }),
    taskId: uuid('task_id')
      .notNull()
      .references(() => tasks.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.seminarId, t.contactId, t.salesGroupId] })],
);

/** A customer interview round (E3): a customer talks about 3–4 topics; sellers of several groups listen. */
export const interviewRounds = pgTable(
  'interview_rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'cascade' }),
    contactId: uuid('contact_id').references(() => contacts.id, { onDelete: 'set null' }),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    topics: text('topics').array().notNull(),
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('interview_rounds_account_idx').on(t.accountId), index('interview_rounds_held_idx').on(t.heldOn)],
);

export const interviewListeners = pgTable(
  'interview_listeners',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => interviewRounds.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.userId] }), index('interview_listeners_user_idx').on(t.userId)],
);

/** What was heard on one topic; relevant to this customer or to every customer of an industry. */
export const interviewInsights = pgTable(
  'interview_insights',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => interviewRounds.id, { onDelete: 'cascade' }),
    topic: integer('topic').notNull(),
    text: text('text').notNull(),
    reach: text('reach', { enum: insightReach }).notNull().default('this_customer'),
    industry: text('industry', { enum: industryCodes }),
    byUserId: uuid('by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('interview_insights_round_idx').on(t.roundId), index('interview_insights_industry_idx').on(t.industry)],
);
