import { date, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { markets, salesGroups } from './org';
import { users } from './users';
import { seasonModes } from '@domain/game';

export const teamKinds = ['sales_group', 'market', 'custom'] as const;

/**
 * A season of the cross-selling game (F1) with its point rules and incentive rules (F2). The rules
 * are the season's own (jsonb, validated by the contract); points and earnings are never stored but
 * computed from the verified events (`domain/game.ts`, `domain/incentives.ts`).
 */
export const seasons = pgTable('seasons', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  startsOn: date('starts_on', { mode: 'string' }).notNull(),
  endsOn: date('ends_on', { mode: 'string' }).notNull(),
  mode: text('mode', { enum: seasonModes }).notNull().default('against'),
  /** The shared goal in points when the season is played together. */
  teamGoal: integer('team_goal'),
  pointRules: jsonb('point_rules').notNull().default([]),
  incentiveRules: jsonb('incentive_rules').notNull().default([]),
  createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A team in a season: a sales group, a market (members follow the organisation), or hand-picked. */
export const seasonTeams = pgTable(
  'season_teams',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seasonId: uuid('season_id')
      .notNull()
      .references(() => seasons.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    kind: text('kind', { enum: teamKinds }).notNull(),
    salesGroupId: uuid('sales_group_id').references(() => salesGroups.id, { onDelete: 'cascade' }),
    marketId: uuid('market_id').references(() => markets.id, { onDelete: 'cascade' }),
    memberIds: uuid('member_ids').array().notNull().default([]),
  },
  (t) => [index('season_teams_season_idx').on(t.seasonId)],
);

/** What was paid of each incentive line (the statement closed for payroll), to show adjustments. */
export const incentivePayouts = pgTable(
  'incentive_payouts',
  {
    seasonId: uuid('season_id')
      .notNull()
      .references(() => seasons.id, { onDelete: 'cascade' }),
    lineKey: text('line_key').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    amount: numeric('amount', { precision: 16, scale: 2, mode: 'number' }).notNull(),
    paidAt: timestamp('paid_at', { withTimezone: true }).notNull().defaultNow(),
    paidById: uuid('paid_by_id').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [primaryKey({ columns: [t.seasonId, t.lineKey] })],
);
