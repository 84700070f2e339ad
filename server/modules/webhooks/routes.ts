import { z } from 'zod';
import { IdParams, Ok } from '@contract/common';
import {
  CreateWebhookEndpoint,
  RotatedWebhookSecret,
  UpdateWebhookEndpoint,
  WebhookCatalogue,
  WebhookEndpoint,
  WebhookMessage,
  WebhookMessagePage,
  WebhookMessageParams,
  WebhookMessageQuery,
} from '@contract/webhooks';
import type { AppContext } from '../../platform/context';
import { actorOf, replies, type App } from '../../platform/http';
import { webhookPolicies } from './policies';
import * as service from './service';
import * as secrets from './service-secrets';

export function webhookRoutes(app: App, ctx: AppContext): void {
  const config = { policy: webhookPolicies.manage };
  const tags = ['webhooks'];

  app.get(
    '/api/webhooks/catalogue',
    { schema: { tags, summary: 'The events an endpoint may subscribe to', response: replies({ 200: WebhookCatalogue }) }, config },
    async () => service.catalogue(ctx),
  );

  app.get(
    '/api/webhooks',
    {
      schema: { tags, summary: 'Webhook endpoints, with their secrets and state', response: replies({ 200: z.array(WebhookEndpoint) }) },
      config,
    },
    async () => service.listEndpoints(ctx),
  );

  app.post(
    '/api/webhooks',
    {
      schema: {
        tags,
        summary: 'Add a webhook endpoint (HTTPS; private addresses only when allowed); its signing secret is generated',
        body: CreateWebhookEndpoint,
        response: replies({ 201: WebhookEndpoint }),
      },
      config,
    },
    async (request, reply) => reply.status(201).send(await service.createEndpoint(ctx, actorOf(request), request.body)),
  );

  app.patch(
    '/api/webhooks/:id',
    {
      schema: {
        tags,
        summary: 'Change an endpoint: address, events, on/off, private networks; `paused: false` resumes it',
        params: IdParams,
        body: UpdateWebhookEndpoint,
        response: replies({ 200: WebhookEndpoint }),
      },
      config,
    },
    async (request) => service.updateEndpoint(ctx, actorOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/webhooks/:id',
    { schema: { tags, summary: 'Remove an endpoint and its delivery log', params: IdParams, response: replies({ 200: Ok }) }, config },
    async (request) => {
      await service.deleteEndpoint(ctx, actorOf(request), request.params.id);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/webhooks/:id/messages',
    {
      schema: {
        tags,
        summary: 'The delivery log of an endpoint, newest first: status, response code, duration, attempts',
        params: IdParams,
        querystring: WebhookMessageQuery,
        response: replies({ 200: WebhookMessagePage }),
      },
      config,
    },
    async (request) => service.listMessages(ctx, request.params.id, request.query),
  );

  app.post(
    '/api/webhooks/:id/messages/:messageId/replay',
    {
      schema: {
        tags,
        summary: 'Send a message again now, with the same webhook-id',
        params: WebhookMessageParams,
        response: replies({ 200: Ok }),
      },
      config,
    },
    async (request) => service.replayMessage(ctx, actorOf(request), request.params.id, request.params.messageId),
  );

  app.post(
    '/api/webhooks/:id/rotate-secret',
    {
      schema: {
        tags,
        summary:
          'A new signing secret, answered once; the old one keeps signing beside it for 24 hours (several signatures in webhook-signature)',
        params: IdParams,
        response: replies({ 200: RotatedWebhookSecret }),
      },
      config,
    },
    async (request) => secrets.rotateSecret(ctx, actorOf(request), request.params.id),
  );

  app.post(
    '/api/webhooks/:id/test',
    {
      schema: {
        tags,
        summary: 'Send a test event (webhook.test) now through the normal delivery path; answers the message and its log',
        params: IdParams,
        response: replies({ 200: WebhookMessage }),
      },
      config,
    },
    async (request) => secrets.sendTestEvent(ctx, actorOf(request), request.params.id),
  );
}
