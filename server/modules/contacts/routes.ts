import { IdParams } from '@contract/common';
import {
  Contact,
  ContactDetail,
  ContactDuplicates,
  ContactInput,
  ContactListQuery,
  ContactPage,
  ContactPatch,
  MergeContacts,
  ContactMergePreview,
  PutContactConsent,
} from '@contract/contacts';
import type { AppContext } from '../../platform/context';
import { onReplica } from '../../platform/reads';
import { sendListAsCsv } from '../../platform/csv-export';
import { actorOf, csvReplies, replies, type App } from '../../platform/http';
import { contactPolicies } from './policies';
import * as service from './service';
import * as consent from './service-consent';

export function contactRoutes(app: App, ctx: AppContext): void {
  const tags = ['contacts'];
  app.get(
    '/api/contacts',
    {
      schema: { tags, summary: 'List contacts', querystring: ContactListQuery, response: replies({ 200: ContactPage }) },
      config: { policy: contactPolicies.read },
    },
    async (request) => onReplica(ctx, request, (ctx) => service.listContacts(ctx, request.query)),
  );
  app.get(
    '/api/contacts/export.csv',
    {
      schema: {
        tags,
        summary: 'The contact list as CSV, with the same filters',
        querystring: ContactListQuery.omit({ page: true, pageSize: true }),
        response: csvReplies(),
      },
      config: { policy: contactPolicies.read },
    },
    async (request, reply) =>
      sendListAsCsv(reply, 'contacts.csv', await service.contactCsvColumns(ctx), (page, pageSize) =>
        service.listContacts(ctx, { ...request.query, page, pageSize }),
      ),
  );
  app.get(
    '/api/contacts/:id',
    {
      schema: {
        tags,
        summary: 'One contact, with the groups in touch with them',
        params: IdParams,
        response: replies({ 200: ContactDetail }),
      },
      config: { policy: contactPolicies.read },
    },
    async (request) => service.getContact(ctx, request.params.id, actorOf(request)),
  );
  app.post(
    '/api/contacts',
    {
      schema: { tags, summary: 'Add a contact to an account', body: ContactInput, response: replies({ 201: Contact }) },
      config: { policy: contactPolicies.write },
    },
    async (request, reply) => reply.status(201).send(await service.createContact(ctx, actorOf(request), request.body)),
  );
  app.patch(
    '/api/contacts/:id',
    {
      schema: { tags, summary: 'Change a contact', params: IdParams, body: ContactPatch, response: replies({ 200: Contact }) },
      config: { policy: contactPolicies.write },
    },
    async (request) => service.updateContact(ctx, actorOf(request), request.params.id, request.body),
  );
  app.put(
    '/api/contacts/:id/consent',
    {
      schema: {
        tags,
        summary: 'Record the lawful basis for marketing to a contact and their consent (given or withdrawn, when, where from)',
        params: IdParams,
        body: PutContactConsent,
        response: replies({ 200: ContactDetail }),
      },
      config: { policy: contactPolicies.consent },
    },
    async (request) => consent.setConsent(ctx, actorOf(request), request.params.id, request.body),
  );
  app.get(
    '/api/contacts/:id/duplicates',
    {
      schema: {
        tags,
        summary: 'Contacts that are likely the same person (e-mail, similar name)',
        params: IdParams,
        response: replies({ 200: ContactDuplicates }),
      },
      config: { policy: contactPolicies.read },
    },
    async (request) => service.contactDuplicates(ctx, request.params.id),
  );
  app.get(
    '/api/contacts/:id/merge-preview',
    {
      schema: {
        tags,
        summary: 'What merging a duplicate into this contact would move and fill, and whether you may',
        params: IdParams,
        querystring: MergeContacts,
        response: replies({ 200: ContactMergePreview }),
      },
      config: { policy: contactPolicies.read },
    },
    async (request) => service.contactMergePreview(ctx, actorOf(request), request.params.id, request.query.duplicateId),
  );
  app.post(
    '/api/contacts/:id/merge',
    {
      schema: {
        tags,
        summary: 'Merge a duplicate into this contact: their timeline entries, opportunities and handoffs move here',
        params: IdParams,
        body: MergeContacts,
        response: replies({ 200: Contact }),
      },
      config: { policy: contactPolicies.write },
    },
    async (request) => service.mergeContacts(ctx, actorOf(request), request.params.id, request.body.duplicateId),
  );
  app.delete(
    '/api/contacts/:id',
    {
      schema: { tags, summary: 'Delete a contact (restorable for 30 days)', params: IdParams, response: replies({ 200: Contact }) },
      config: { policy: contactPolicies.write },
    },
    async (request) => service.deleteContact(ctx, actorOf(request), request.params.id),
  );
  app.post(
    '/api/contacts/:id/restore',
    {
      schema: { tags, summary: 'Restore a deleted contact (within 30 days)', params: IdParams, response: replies({ 200: Contact }) },
      config: { policy: contactPolicies.write },
    },
    async (request) => service.restoreContact(ctx, actorOf(request), request.params.id),
  );
}
