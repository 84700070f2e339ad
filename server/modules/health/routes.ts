import { sql } from 'drizzle-orm';
import { Health } from '@contract/auth';
import type { AppContext } from '../../platform/context';
import { replies, type App } from '../../platform/http';
import { version } from '../../version';
import { healthPolicies } from './policies';

export function healthRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/health',
    {
      schema: { tags: ['health'], summary: 'Liveness and database reachability', response: replies({ 200: Health }) },
      config: { policy: healthPolicies.read },
    },
    async () => {
      await ctx.db.execute(sql`select 1`);
      return { status: 'ok' as const, database: ctx.dbKind, version };
    },
  );
}
