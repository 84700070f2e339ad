import { AuditExportQuery, AuditPage, AuditQuery, RecordHistoryParams, RecordHistoryQuery } from '@contract/audit';
import type { AppContext } from '../../platform/context';
import { sendListAsCsv } from '../../platform/csv-export';
import { csvReplies, replies, type App } from '../../platform/http';
import { auditPolicies } from './policies';
import * as service from './service';

/** The audit trail is read-only: no route changes or deletes an entry. */
export function auditRoutes(app: App, ctx: AppContext): void {
  const tags = ['audit'];
  app.get(
    '/api/audit-events',
    {
      schema: {
        tags,
        summary: 'The audit trail, newest first: who changed what from → to, when and through which channel',
        querystring: AuditQuery,
        response: replies({ 200: AuditPage }),
      },
      config: { policy: auditPolicies.read },
    },
    async (request) => service.listAuditEvents(ctx, request.query),
  );
  app.get(
    '/api/audit-events/export.csv',
    {
      schema: { tags, summary: 'The audit trail as CSV, with the same filters', querystring: AuditExportQuery, response: csvReplies() },
      config: { policy: auditPolicies.read },
    },
    async (request, reply) =>
      sendListAsCsv(reply, 'audit-trail.csv', service.auditCsvColumns, (page, pageSize) =>
        service.listAuditEvents(ctx, { ...request.query, page, pageSize }),
      ),
  );
  app.get(
    '/api/history/:entityType/:id',
    {
      schema: {
        tags,
        summary: 'The history of an account, contact or opportunity, field by field, for its page',
        params: RecordHistoryParams,
        querystring: RecordHistoryQuery,
        response: replies({ 200: AuditPage }),
      },
      config: { policy: auditPolicies.recordHistory },
    },
    async (request) => service.recordHistory(ctx, request.params.entityType, request.params.id, request.query.page, request.query.pageSize),
  );
}
