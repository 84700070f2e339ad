import {
  IngestReceipt,
  NewSignalSite,
  PageRules,
  SignalSettings,
  SignalSite,
  SignalSiteInput,
  SiteEventBatch,
  SiteVisitQuery,
  SiteVisits,
} from '@contract/signals';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { replies, type App } from '../../platform/http';
import { signalPolicies } from './policies';
import * as service from './service';

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
      const receipt = await service.ingest(
        ctx,
        { actor: request.actor, siteToken: typeof token === 'string' ? token : undefined },
        request.body,
      );
      return reply.status(202).send(receipt);
    },
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
