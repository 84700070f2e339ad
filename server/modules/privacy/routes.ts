import { IdParams } from '@contract/common';
import { EraseContact, ErasureResult, LeadErasureResult, LeadPersonalData, PersonalDataExport, UserPersonalData } from '@contract/privacy';
import type { Actor } from '../../platform/auth';
import type { AppContext } from '../../platform/context';
import { actorOf, htmlReplies, replies, type App } from '../../platform/http';
import { htmlDownloadHeaders } from './html';
import { privacyPolicies } from './policies';
import * as service from './service';
import * as people from './service-people';

export function privacyRoutes(app: App, ctx: AppContext): void {
  const tags = ['privacy'];
  const config = { policy: privacyPolicies.handleRequests };

  const json = { tags, params: IdParams };
  app.get(
    '/api/contacts/:id/personal-data',
    {
      schema: {
        ...json,
        summary: 'Everything Korsa holds about a contact (GDPR access request), as JSON',
        response: replies({ 200: PersonalDataExport }),
      },
      config,
    },
    async (request) => service.exportContact(ctx, actorOf(request), request.params.id),
  );
  app.get(
    '/api/leads/:id/personal-data',
    {
      schema: {
        ...json,
        summary: 'Everything Korsa holds about a lead (GDPR access request), as JSON',
        response: replies({ 200: LeadPersonalData }),
      },
      config,
    },
    async (request) => people.exportLead(ctx, actorOf(request), request.params.id),
  );
  app.get(
    '/api/users/:id/personal-data',
    {
      schema: {
        ...json,
        summary: 'Everything Korsa holds about a user (GDPR access request), as JSON: no password, session token or key',
        response: replies({ 200: UserPersonalData }),
      },
      config,
    },
    async (request) => people.exportUser(ctx, actorOf(request), request.params.id),
  );

  /** The same exports as readable, printable HTML pages (downloads). */
  const readable = (kind: string, label: string, page: (actor: Actor, id: string) => Promise<string>) =>
    app.get(
      `/api/${kind}/:id/personal-data.html`,
      {
        schema: { tags, summary: `The ${label}’s export as a readable, printable HTML page`, params: IdParams, response: htmlReplies() },
        config,
      },
      async (request, reply) =>
        reply.headers(htmlDownloadHeaders(`personal-data-${request.params.id}.html`)).send(await page(actorOf(request), request.params.id)),
    );
  readable('contacts', 'contact', async (actor, id) => service.exportAsHtml(await service.exportContact(ctx, actor, id)));
  readable('leads', 'lead', async (actor, id) => people.leadAsHtml(await people.exportLead(ctx, actor, id)));
  readable('users', 'user', async (actor, id) => people.userAsHtml(await people.exportUser(ctx, actor, id)));

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
  app.post(
    '/api/leads/:id/erase',
    {
      schema: {
        tags,
        summary: 'Erase a lead’s personal data by anonymising it (company, source and status kept), with the reason in the audit trail',
        params: IdParams,
        body: EraseContact,
        response: replies({ 200: LeadErasureResult }),
      },
      config,
    },
    async (request) => people.eraseLead(ctx, actorOf(request), request.params.id, request.body),
  );
}
