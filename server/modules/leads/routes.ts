import { IdParams } from '@contract/common';
import {
  ConvertLead,
  Converted,
  FormKeyParams,
  FormReceipt,
  FormSubmission,
  LeadDetail,
  LeadEventInput,
  LeadForm,
  LeadFormInput,
  LeadInput,
  LeadListQuery,
  LeadPage,
  LeadSettings,
  MoveLead,
  SlaReport,
  SlaReportQuery,
} from '@contract/leads';
import { AdoptSuggestions, LeadTuning } from '@contract/lead-tuning';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { onReplica } from '../../platform/reads';
import { actorOf, replies, type App } from '../../platform/http';
import { leadPolicies } from './policies';
import * as service from './service';
import * as converting from './service-convert';
import * as forms from './service-forms';
import * as sla from './service-sla';
import * as tuning from './service-tuning';

/** CORS for the form's own site only; the answer may be read cross-origin (helmet's default says same-origin). */
function corsHeaders(origin: string) {
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-methods': 'POST, OPTIONS',
    'access-control-allow-headers': 'content-type',
    'access-control-max-age': '600',
    'cross-origin-resource-policy': 'cross-origin',
    vary: 'Origin',
  };
}

export function leadRoutes(app: App, ctx: AppContext): void {
  const tags = ['leads'];
  app.get(
    '/api/leads',
    {
      schema: {
        tags,
        summary: 'Leads: all, my inbox to accept, marketing’s, or mine; with filters',
        querystring: LeadListQuery,
        response: replies({ 200: LeadPage }),
      },
      config: { policy: leadPolicies.read },
    },
    async (request) => onReplica(ctx, request, (ctx) => service.listLeads(ctx, actorOf(request), request.query)),
  );
  app.get(
    '/api/leads/settings',
    {
      schema: {
        tags,
        summary: 'Scoring rules, the MQL threshold and the agreement’s working hours',
        response: replies({ 200: LeadSettings }),
      },
      config: { policy: leadPolicies.read },
    },
    async () => service.getSettings(ctx),
  );
  app.put(
    '/api/leads/settings',
    {
      schema: {
        tags,
        summary: 'Change the scoring rules and the agreement (open leads are scored again)',
        body: LeadSettings,
        response: replies({ 200: LeadSettings }),
      },
      config: { policy: leadPolicies.tune },
    },
    async (request) => service.putSettings(ctx, actorOf(request), request.body),
  );
  app.get(
    '/api/leads/tuning',
    {
      schema: {
        tags,
        summary: 'The scoring rules against outcomes: each parameter’s conversion, the score’s AUC and calibration, suggested points',
        response: replies({ 200: LeadTuning }),
      },
      config: { policy: leadPolicies.tuning },
    },
    async (request) => onReplica(ctx, request, (ctx) => tuning.leadTuning(ctx, actorOf(request))),
  );
  app.post(
    '/api/leads/tuning/adopt',
    {
      schema: {
        tags,
        summary: 'Adopt the suggested points, all or some (a change of the scoring rules: audited, open leads scored again)',
        body: AdoptSuggestions,
        response: replies({ 200: LeadSettings }),
      },
      config: { policy: leadPolicies.tune },
    },
    async (request) => tuning.adoptSuggestions(ctx, actorOf(request), request.body),
  );
  app.get(
    '/api/leads/sla-report',
    {
      schema: {
        tags,
        summary: 'The sales–marketing agreement: handed, accepted in time, late, rejected, overdue',
        querystring: SlaReportQuery,
        response: replies({ 200: SlaReport }),
      },
      config: { policy: leadPolicies.report },
    },
    async (request) => onReplica(ctx, request, (ctx) => sla.slaReport(ctx, request.query)),
  );
  app.get(
    '/api/leads/:id',
    {
      schema: {
        tags,
        summary: 'One lead with its score’s parts, behaviour and history',
        params: IdParams,
        response: replies({ 200: LeadDetail }),
      },
      config: { policy: leadPolicies.read },
    },
    async (request) => service.getLead(ctx, request.params.id, actorOf(request)),
  );
  app.post(
    '/api/leads',
    {
      schema: {
        tags,
        summary: 'Enter a lead (matched to known accounts and contacts, scored)',
        body: LeadInput,
        response: replies({ 201: LeadDetail }),
      },
      config: { policy: leadPolicies.create },
    },
    async (request, reply) => reply.status(201).send(await service.createLead(ctx, actorOf(request), request.body)),
  );
  app.post(
    '/api/leads/:id/move',
    {
      schema: {
        tags,
        summary: 'Work, qualify, disqualify, hand to sales, accept or reject a lead',
        params: IdParams,
        body: MoveLead,
        response: replies({ 200: LeadDetail }),
      },
      config: { policy: leadPolicies.move },
    },
    async (request) => service.moveLead(ctx, actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/leads/:id/convert',
    {
      schema: {
        tags,
        summary: 'Convert an accepted lead to an account, a contact and maybe an opportunity',
        params: IdParams,
        body: ConvertLead,
        response: replies({ 200: Converted }),
      },
      config: { policy: leadPolicies.convert },
    },
    async (request) => converting.convertLead(ctx, actorOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/leads/:id/events',
    {
      schema: {
        tags,
        summary: 'Record what a lead did (it counts for the score)',
        params: IdParams,
        body: LeadEventInput,
        response: replies({ 200: LeadDetail }),
      },
      config: { policy: leadPolicies.manage },
    },
    async (request) => service.addLeadEvent(ctx, actorOf(request), request.params.id, request.body),
  );
  app.get(
    '/api/lead-forms',
    {
      schema: { tags, summary: 'Web forms and their keys', response: replies({ 200: z.array(LeadForm) }) },
      config: { policy: leadPolicies.manage },
    },
    async () => forms.listForms(ctx),
  );
  app.post(
    '/api/lead-forms',
    {
      schema: { tags, summary: 'A new web form for the company’s site', body: LeadFormInput, response: replies({ 201: LeadForm }) },
      config: { policy: leadPolicies.manage },
    },
    async (request, reply) => reply.status(201).send(await forms.createForm(ctx, request.body)),
  );

  // The company's own site posts its form here (public: the key, the origin, limits and the spam guard).
  app.options(
    '/api/public/forms/:key',
    { schema: { hide: true, params: FormKeyParams }, config: { policy: leadPolicies.webForm } },
    async (request, reply) => {
      const origin = await forms.formOrigin(ctx, request.params.key, request.headers.origin);
      if (!origin) return reply.status(403).send();
      return reply.status(204).headers(corsHeaders(origin)).send();
    },
  );
  app.post(
    '/api/public/forms/:key',
    {
      schema: {
        tags,
        summary: 'A web form filled on the company’s site (public; per-form key)',
        params: FormKeyParams,
        body: FormSubmission,
        response: replies({ 202: FormReceipt }),
      },
      config: { policy: leadPolicies.webForm },
    },
    async (request, reply) => {
      const result = await forms.submitForm(ctx, request.params.key, request.body, { ip: request.ip, origin: request.headers.origin });
      return reply
        .status(202)
        .headers(corsHeaders(result.allowedOrigin))
        .send({ ok: true as const });
    },
  );
}
