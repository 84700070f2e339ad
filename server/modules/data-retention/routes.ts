import { PutRetentionRules, RetentionRules } from '@contract/data-retention';
import type { AppContext } from '../../platform/context';
import { actorOf, replies, type App } from '../../platform/http';
import { dataRetentionPolicies } from './policies';
import * as service from './service';

export function dataRetentionRoutes(app: App, ctx: AppContext): void {
  const tags = ['privacy'];
  const config = { policy: dataRetentionPolicies.manage };
  app.get(
    '/api/data-retention',
    {
      schema: {
        tags,
        summary: 'How long data about people is kept, and the last run of each rule',
        response: replies({ 200: RetentionRules }),
      },
      config,
    },
    async () => service.listRules(ctx),
  );
  app.put(
    '/api/data-retention',
    {
      schema: {
        tags,
        summary: 'Set how long each kind of data about people is kept (null: kept); a scheduled job applies the rules',
        body: PutRetentionRules,
        response: replies({ 200: RetentionRules }),
      },
      config,
    },
    async (request) => service.putRules(ctx, actorOf(request), request.body),
  );
}
