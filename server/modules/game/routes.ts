import { z } from 'zod';
import { Id, IdParams, Ok } from '@contract/common';
import {
  Behaviour,
  Leaderboard,
  LeaderboardQuery,
  Payout,
  PlayerCard,
  Season,
  SeasonInput,
  SeasonUpdate,
  Statement,
  StatementQuery,
} from '@contract/game';
import type { AppContext } from '../../platform/context';
import { sendCsv } from '../../platform/csv-export';
import { actorOf, csvReplies, replies, sendJsonText, type App } from '../../platform/http';
import type { LiveHub } from '../live/service';
import { gamePolicies } from './policies';
import { createSeasonCache } from './season-cache';
import * as incentives from './service-incentives';
import * as service from './service';

export function gameRoutes(app: App, ctx: AppContext, hub: Pick<LiveHub, 'subscribe'>): void {
  const seasons = createSeasonCache(hub);
  const tags = ['game'];
  app.get(
    '/api/seasons',
    {
      schema: { tags, summary: 'Seasons of the cross-selling game, newest first', response: replies({ 200: z.array(Season) }) },
      config: { policy: gamePolicies.read },
    },
    async (request) => service.listSeasons(ctx, actorOf(request)),
  );
  app.post(
    '/api/seasons',
    {
      schema: {
        tags,
        summary: 'Start a season: its point rules, incentive rules and teams',
        body: SeasonInput,
        response: replies({ 201: Season }),
      },
      config: { policy: gamePolicies.manage },
    },
    async (request, reply) => reply.status(201).send(await service.createSeason(ctx, actorOf(request), request.body)),
  );
  app.get(
    '/api/seasons/:id',
    { schema: { tags, summary: 'A season', params: IdParams, response: replies({ 200: Season }) }, config: { policy: gamePolicies.read } },
    async (request) => service.getSeason(ctx, actorOf(request), request.params.id),
  );
  app.put(
    '/api/seasons/:id',
    {
      schema: {
        tags,
        summary: 'Change a season’s rules or teams (the points are recomputed)',
        params: IdParams,
        body: SeasonUpdate,
        response: replies({ 200: Season }),
      },
      config: { policy: gamePolicies.manage },
    },
    async (request) => service.updateSeason(ctx, actorOf(request), request.params.id, request.body),
  );
  app.delete(
    '/api/seasons/:id',
    {
      schema: { tags, summary: 'Delete a season', params: IdParams, response: replies({ 200: Ok }) },
      config: { policy: gamePolicies.manage },
    },
    async (request) => {
      await service.deleteSeason(ctx, actorOf(request), request.params.id);
      return { ok: true as const };
    },
  );
  app.get(
    '/api/seasons/:id/leaderboard',
    {
      schema: {
        tags,
        summary: 'The season’s standings: people and teams, computed from verified events',
        params: IdParams,
        querystring: LeaderboardQuery,
        response: replies({ 200: Leaderboard }),
      },
      config: { policy: gamePolicies.read },
    },
    async (request, reply) =>
      sendJsonText(
        reply,
        await service.leaderboardJson(ctx, actorOf(request), request.params.id, seasons, { lastAllowed: request.query.last === 'allowed' }),
      ),
  );
  app.get(
    '/api/seasons/:id/players/:userId',
    {
      schema: {
        tags,
        summary: 'A player’s season: points by rule with every line, rank, trend, badges and next milestone',
        params: z.object({ id: Id, userId: Id }),
        response: replies({ 200: PlayerCard }),
      },
      config: { policy: gamePolicies.read },
    },
    async (request) => service.playerCard(ctx, actorOf(request), request.params.id, request.params.userId, seasons),
  );
  app.get(
    '/api/seasons/:id/behaviour',
    {
      schema: {
        tags,
        summary: 'Tips given, reports on time and cross-sell wins per week, before and during the season',
        params: IdParams,
        response: replies({ 200: Behaviour }),
      },
      config: { policy: gamePolicies.manage },
    },
    async (request) => service.behaviour(ctx, request.params.id),
  );
  app.get(
    '/api/seasons/:id/statement',
    {
      schema: {
        tags,
        summary: 'Incentives earned: each line traceable to its rule and deal or tip, with what was paid and adjustments',
        params: IdParams,
        querystring: StatementQuery,
        response: replies({ 200: Statement }),
      },
      config: { policy: gamePolicies.statement },
    },
    async (request) => incentives.statement(ctx, actorOf(request), request.params.id, request.query, seasons),
  );
  app.get(
    '/api/seasons/:id/statement.csv',
    {
      schema: { tags, summary: 'The statement as CSV, for payroll', params: IdParams, querystring: StatementQuery, response: csvReplies() },
      config: { policy: gamePolicies.statement },
    },
    async (request, reply) => {
      const s = await incentives.statement(ctx, actorOf(request), request.params.id, request.query, seasons);
      type Line = (typeof s.lines)[number];
      return sendCsv<Line>(
        reply,
        'incentives.csv',
        [
          { header: 'person', value: (l) => l.personName },
          { header: 'rule', value: (l) => l.ruleId },
          { header: 'kind', value: (l) => l.kind },
          { header: 'date', value: (l) => l.at?.slice(0, 10) },
          { header: 'customer', value: (l) => l.label },
          { header: 'source', value: (l) => (l.source ? `${l.source.type}:${l.source.id}` : '') },
          { header: 'basis', value: (l) => l.basis },
          { header: `amount (${s.currency})`, value: (l) => l.amount },
          { header: 'paid', value: (l) => l.paid },
          { header: 'due', value: (l) => l.due },
          { header: 'adjustment', value: (l) => (l.adjustment ? 'yes' : '') },
        ],
        (async function* () {
          yield* s.lines;
        })(),
      );
    },
  );
  app.post(
    '/api/seasons/:id/payouts',
    {
      schema: {
        tags,
        summary: 'Record what is due on the statement as paid (payroll), so later changes show as adjustments',
        params: IdParams,
        body: StatementQuery,
        response: replies({ 201: Payout }),
      },
      config: { policy: gamePolicies.payout },
    },
    async (request, reply) => reply.status(201).send(await incentives.recordPayout(ctx, actorOf(request), request.params.id, request.body, seasons)),
  );
}
