import { Ok } from '@contract/common';
import { MarkCell, Matrix, MatrixQuery, Suggestions, SuggestionsQuery } from '@contract/matrix';
import type { AppContext } from '../../platform/context';
import { onReplica } from '../../platform/reads';
import { sendCsv } from '../../platform/csv-export';
import { actorOf, csvReplies, replies, type App } from '../../platform/http';
import { matrixPolicies } from './policies';
import * as service from './service';
import { localeOf } from '../users/service';

export function matrixRoutes(app: App, ctx: AppContext): void {
  const tags = ['cross-selling'];
  app.get(
    '/api/matrix',
    {
      schema: {
        tags,
        summary: 'The product matrix: accounts × products with owned, pipeline, potential and not relevant',
        querystring: MatrixQuery,
        response: replies({ 200: Matrix }),
      },
      config: { policy: matrixPolicies.read },
    },
    async (request) => onReplica(ctx, request, (ctx) => service.matrix(ctx, request.query)),
  );
  app.get(
    '/api/matrix/export.csv',
    {
      schema: {
        tags,
        summary: 'The filtered matrix as CSV',
        querystring: MatrixQuery.omit({ page: true, pageSize: true }),
        response: csvReplies(),
      },
      config: { policy: matrixPolicies.read },
    },
    async (request, reply) => {
      const first = await service.matrix(ctx, { ...request.query, page: 1, pageSize: 100 });
      const rows = (async function* () {
        yield* first.rows;
        for (let page = 2, more = first.rows.length === 100; more; page++) {
          const next = await service.matrix(ctx, { ...request.query, page, pageSize: 100 });
          yield* next.rows;
          more = next.rows.length === 100;
        }
      })();
      return sendCsv(reply, 'matrix.csv', service.matrixCsvColumns(first.products, await localeOf(ctx, actorOf(request).id)), rows);
    },
  );
  app.get(
    '/api/matrix/suggestions',
    {
      schema: {
        tags,
        summary: 'Products with the most potential for an account, each with its reason',
        querystring: SuggestionsQuery,
        response: replies({ 200: Suggestions }),
      },
      config: { policy: matrixPolicies.read },
    },
    async (request) => onReplica(ctx, request, (ctx) => service.suggestions(ctx, request.query.accountId, request.query.limit)),
  );
  app.put(
    '/api/matrix/cells',
    {
      schema: { tags, summary: 'Mark a cell as potential or not relevant (null clears)', body: MarkCell, response: replies({ 200: Ok }) },
      config: { policy: matrixPolicies.mark },
    },
    async (request) => {
      await service.markCell(ctx, actorOf(request), request.body);
      return { ok: true as const };
    },
  );
}
