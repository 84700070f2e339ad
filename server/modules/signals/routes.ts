import { readFileSync } from 'node:fs';
import {
  CollectBatch,
  IngestReceipt,
  NewSignalSite,
  PageRules,
  SignalSettings,
  SignalSite,
  SignalSiteChange,
  SignalSiteInput,
  SiteEventBatch,
  SiteVisitQuery,
  SiteVisits,
} from '@contract/signals';
import { Id } from '@contract/common';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { replies, type App } from '../../platform/http';
import { signalPolicies } from './policies';
import * as service from './service';
import * as ingest from './service-ingest';

/** The tracking script, read once. */
const trackerJs = readFileSync(new URL('./tracker/korsa.js', import.meta.url), 'utf8');

/** The script and what it sends may be used from the company's own site (another origin); no credentials travel. */
const crossOrigin = { 'access-control-allow-origin': '*', 'cross-origin-resource-policy': 'cross-origin' };

export function signalRoutes(app: App, ctx: AppContext): void {
  const tags = ['signals'];
  app.post(
    '/api/signals/events',
    {
      schema: {
        tags,
        summary: 'Page views from the company’s site (a site token in x-korsa-site-token, or an API key); at most 100 per batch',
        body: SiteEventBatch,
        response: replies({ 202: IngestReceipt }),
      },
      config: { policy: signalPolicies.ingest },
    },
    async (request, reply) => {
      const token = request.headers['x-korsa-site-token'];
      const receipt = await ingest.ingest(
        ctx,
        { actor: request.actor, siteToken: typeof token === 'string' ? token : undefined },
        request.body,
      );
      return reply.status(202).send(receipt);
    },
  );
  void app.register(async (scope: App) => {
    // sendBeacon posts text/plain (no preflight): its body is the JSON batch
    scope.addContentTypeParser('text/plain', { parseAs: 'string', bodyLimit: 256 * 1024 }, (_req, body, done) => {
      try {
        done(null, JSON.parse(body as string));
      } catch {
        done(new AppError('malformed_json', 'The request body is not valid JSON.'), undefined);
      }
    });
    scope.post(
      '/api/signals/collect',
      {
        schema: {
          tags,
          summary: 'Events from the tracking script (the site’s public key in the body; text/plain or JSON); at most 100 per batch',
          body: CollectBatch,
          response: replies({ 202: IngestReceipt }),
        },
        config: { policy: signalPolicies.collect },
      },
      async (request, reply) =>
        reply
          .status(202)
          .headers(crossOrigin)
          .send(await ingest.collect(ctx, request.body)),
    );
  });
  app.get(
    '/api/signals/t.js',
    {
      schema: { tags, summary: 'The first-party tracking script to put on the company’s site (see the site’s embed snippet)' },
      config: { policy: signalPolicies.script },
    },
    async (_request, reply) =>
      reply
        .headers({ ...crossOrigin, 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=3600' })
        .send(trackerJs),
  );
  app.patch(
    '/api/signals/sites/:id',
    {
      schema: {
        tags,
        summary: 'Rename a site, or stop taking its page views',
        params: z.object({ id: Id }),
        body: SignalSiteChange,
        response: replies({ 200: SignalSite }),
      },
      config: { policy: signalPolicies.manage },
    },
    async (request) => service.changeSite(ctx, request.params.id, request.body),
  );
  app.get(
    '/api/signals/visits',
    {
      schema: {
        tags,
        summary: 'What an account’s people (or one contact) read on the company’s site, newest first (at most 50)',
        querystring: SiteVisitQuery,
        response: replies({ 200: SiteVisits }),
      },
      config: { policy: signalPolicies.read },
    },
    async (request) => service.siteVisits(ctx, request.query),
  );
  app.get(
    '/api/signals/settings',
    {
      schema: { tags, summary: 'The quiet period and how long visits are kept', response: replies({ 200: SignalSettings }) },
      config: { policy: signalPolicies.manage },
    },
    async () => service.getSettings(ctx),
  );
  app.put(
    '/api/signals/settings',
    {
      schema: {
        tags,
        summary: 'Change the quiet period and the retention',
        body: SignalSettings,
        response: replies({ 200: SignalSettings }),
      },
      config: { policy: signalPolicies.manage },
    },
    async (request) => service.putSettings(ctx, request.body),
  );
  app.get(
    '/api/signals/sites',
    {
      schema: { tags, summary: 'Sites that send page views', response: replies({ 200: z.array(SignalSite) }) },
      config: { policy: signalPolicies.manage },
    },
    async () => service.listSites(ctx),
  );
  app.post(
    '/api/signals/sites',
    {
      schema: { tags, summary: 'A new site and its token (shown once)', body: SignalSiteInput, response: replies({ 201: NewSignalSite }) },
      config: { policy: signalPolicies.manage },
    },
    async (request, reply) => reply.status(201).send(await service.createSite(ctx, request.body.name)),
  );
  app.get(
    '/api/signals/page-rules',
    {
      schema: { tags, summary: 'Which pages are about which products', response: replies({ 200: PageRules }) },
      config: { policy: signalPolicies.manage },
    },
    async () => service.getPageRules(ctx),
  );
  app.put(
    '/api/signals/page-rules',
    {
      schema: { tags, summary: 'Replace the page→product rules', body: PageRules, response: replies({ 200: PageRules }) },
      config: { policy: signalPolicies.manage },
    },
    async (request) => service.putPageRules(ctx, request.body),
  );
}
