import { IdParams } from '@contract/common';
import { EraseContact, ErasureResult, PersonalDataExport } from '@contract/privacy';
import type { AppContext } from '../../platform/context';
import { actorOf, htmlReplies, replies, type App } from '../../platform/http';
import { privacyPolicies } from './policies';
import * as service from './service';

export function privacyRoutes(app: App, ctx: AppContext): void {
  const tags = ['privacy'];
  const config = { policy: privacyPolicies.handleRequests };
  app.get(
    '/api/contacts/:id/personal-data',
    {
      schema: {
        tags,
        summary: 'Everything Korsa holds about a contact (GDPR access request), as JSON',
        params: IdParams,
        response: replies({ 200: PersonalDataExport }),
      },
      config,
    },
    async (request) => service.exportContact(ctx, actorOf(request), request.params.id),
  );
  app.get(
    '/api/contacts/:id/personal-data.html',
    {
      schema: {
        tags,
        summary: 'The same export as a readable HTML page',
        params: IdParams,
        response: htmlReplies(),
      },
      config,
    },
    async (request, reply) => {
      const data = await service.exportContact(ctx, actorOf(request), request.params.id);
      return reply
        .type('text/html; charset=utf-8')
        .header('content-disposition', `attachment; filename="personal-data-${request.params.id}.html"`)
        .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
        .send(service.exportAsHtml(data));
    },
  );
  app.post(
    '/api/contacts/:id/erase',
    {
      schema: {
        tags,
        summary: 'Erase a contact’s personal data by anonymising them (deals kept), with the reason in the audit trail',
        params: IdParams,
        body: EraseContact,
        response: replies({ 200: ErasureResult }),
      },
      config,
    },
    async (request) => service.eraseContact(ctx, actorOf(request), request.params.id, request.body),
  );
}
