import {
  CreateCustomField,
  CustomFieldDefinition,
  CustomFieldDefinitions,
  CustomFieldListQuery,
  CustomFieldOrder,
  CustomFieldPatch,
} from '@contract/custom-fields';
import { IdParams } from '@contract/common';
import type { AppContext } from '../../platform/context';
import { actorOf, replies, type App } from '../../platform/http';
import { customFieldPolicies } from './policies';
import * as service from './service';

export function customFieldRoutes(app: App, ctx: AppContext): void {
  const tags = ['custom-fields'];
  app.get(
    '/api/custom-fields',
    {
      schema: {
        tags,
        summary: 'The custom fields of accounts, contacts and opportunities, in their order (archived ones with all=true)',
        querystring: CustomFieldListQuery,
        response: replies({ 200: CustomFieldDefinitions }),
      },
      config: { policy: customFieldPolicies.read },
    },
    async (request) => service.listDefinitions(ctx, request.query),
  );
  app.post(
    '/api/custom-fields',
    {
      schema: { tags, summary: 'Define a custom field', body: CreateCustomField, response: replies({ 201: CustomFieldDefinition }) },
      config: { policy: customFieldPolicies.manage },
    },
    async (request, reply) => reply.status(201).send(await service.createDefinition(ctx, actorOf(request), request.body)),
  );
  app.patch(
    '/api/custom-fields/:id',
    {
      schema: {
        tags,
        summary: 'Change a custom field’s labels, choices or place, or archive it',
        params: IdParams,
        body: CustomFieldPatch,
        response: replies({ 200: CustomFieldDefinition }),
      },
      config: { policy: customFieldPolicies.manage },
    },
    async (request) => service.updateDefinition(ctx, actorOf(request), request.params.id, request.body),
  );
  app.put(
    '/api/custom-fields/order',
    {
      schema: {
        tags,
        summary: 'Put a kind of record’s custom fields in a new order (every one of its fields, archived ones too, first to last)',
        body: CustomFieldOrder,
        response: replies({ 200: CustomFieldDefinitions }),
      },
      config: { policy: customFieldPolicies.manage },
    },
    async (request) => service.reorderDefinitions(ctx, actorOf(request), request.body),
  );
}
