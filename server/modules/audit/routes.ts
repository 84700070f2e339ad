import { AuditPage, AuditQuery } from '@contract/audit';
import type { AppContext } from '../../platform/context';
import { replies, type App } from '../../platform/http';
import { auditPolicies } from './policies';
import * as service from './service';

export function auditRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/audit-events',
    {
      schema: { tags: ['audit'], summary: 'The audit trail, newest first', querystring: AuditQuery, response: replies({ 200: AuditPage }) },
      config: { policy: auditPolicies.read },
    },
    async (request) => service.listAuditEvents(ctx, request.query),
  );
}
