import { IdParams } from '@contract/common';
import { AccountCoverage, CoverageConflicts, CoverageConflictsQuery, PutCoverageRules } from '@contract/coverage';
import type { AppContext } from '../../platform/context';
import { actorOf, replies, type App } from '../../platform/http';
import { coveragePolicies } from './policies';
import * as service from './service';

export function coverageRoutes(app: App, ctx: AppContext): void {
  const tags = ['international accounts'];
  app.get(
    '/api/accounts/:id/coverage',
    {
      schema: {
        tags,
        summary: 'The account’s group of companies, its coverage rules, and who covers it for you',
        params: IdParams,
        response: replies({ 200: AccountCoverage }),
      },
      config: { policy: coveragePolicies.read },
    },
    async (request) => service.accountCoverage(ctx, actorOf(request), request.params.id),
  );
  app.put(
    '/api/accounts/:id/coverage-rules',
    {
      schema: {
        tags,
        summary: 'Set which market team, and per sales group which seller, works the group’s subsidiaries',
        params: IdParams,
        body: PutCoverageRules,
        response: replies({ 200: AccountCoverage }),
      },
      config: { policy: coveragePolicies.edit },
    },
    async (request) => service.putRules(ctx, actorOf(request), request.params.id, request.body),
  );
  app.get(
    '/api/coverage/conflicts',
    {
      schema: {
        tags,
        summary: 'Parallel open opportunities for one product at one group of companies from different markets',
        querystring: CoverageConflictsQuery,
        response: replies({ 200: CoverageConflicts }),
      },
      config: { policy: coveragePolicies.read },
    },
    async (request) => service.conflicts(ctx, request.query.groupId ?? null),
  );
}
