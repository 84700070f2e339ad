import {
  Account,
  AccountInput,
  AccountListQuery,
  AccountOverview,
  AccountPage,
  AccountPatch,
  AccountDuplicates,
  Industries,
  MarkLost,
  MergeAccounts,
  AccountMergePreview,
} from '@contract/accounts';
import { IdParams, Reassign, Reassigned } from '@contract/common';
import type { AppContext } from '../../platform/context';
import { onReplica } from '../../platform/reads';
import { sendListAsCsv } from '../../platform/csv-export';
import { actorOf, csvReplies, replies, type App } from '../../platform/http';
import { accountPolicies } from './policies';
import * as service from './service';
import * as removal from './service-delete';
import { accountCsvColumns } from './csv';
import * as merging from './service-merge';

export function accountRoutes(app: App, ctx: AppContext): void {
  const tags = ['accounts'];
  app.get(
    '/api/accounts',
    {
      schema: {
        tags,
        summary: 'List accounts with filters, sorting and paging',
        querystring: AccountListQuery,
        response: replies({ 200: AccountPage }),
      },
      config: { policy: accountPolicies.read },
    },
    async (request) => onReplica(ctx, request, (ctx) => service.listAccounts(ctx, request.query)),
  );
  app.get(
    '/api/accounts/export.csv',
    {
      schema: {
        tags,
        summary: 'The account list as CSV, with the same filters and sorting',
        querystring: AccountListQuery.omit({ page: true, pageSize: true }),
        response: csvReplies(),
      },
      config: { policy: accountPolicies.read },
    },
    async (request, reply) =>
      sendListAsCsv(reply, 'accounts.csv', await accountCsvColumns(ctx, actorOf(request).id), (page, pageSize) =>
        service.listAccounts(ctx, { ...request.query, page, pageSize }),
      ),
  );
  app.post(
    '/api/accounts/reassign',
    {
      schema: {
        tags,
        summary: 'Give several accounts to another seller: all or nothing; a 403 names the accounts you may not reassign',
        body: Reassign,
        response: replies({ 200: Reassigned }),
      },
      config: { policy: accountPolicies.reassign },
    },
    async (request) => service.reassignAccounts(ctx, actorOf(request), request.body),
  );
  app.get(
    '/api/accounts/industries',
    {
      schema: { tags, summary: 'The industries in use, most common first', response: replies({ 200: Industries }) },
      config: { policy: accountPolicies.read },
    },
    async () => service.industries(ctx),
  );
  app.get(
    '/api/accounts/:id',
    {
      schema: { tags, summary: 'One account', params: IdParams, response: replies({ 200: Account }) },
      config: { policy: accountPolicies.read },
    },
    async (request) => service.getAccount(ctx, request.params.id),
  );
  app.get(
    '/api/accounts/:id/overview',
    {
      schema: {
        tags,
        summary: 'The account page: hierarchy, status, who has been in touch, product row',
        params: IdParams,
        response: replies({ 200: AccountOverview }),
      },
      config: { policy: accountPolicies.read },
    },
    async (request) => service.accountOverview(ctx, request.params.id, actorOf(request)),
  );
  app.post(
    '/api/accounts',
    {
      schema: { tags, summary: 'Create an account', body: AccountInput, response: replies({ 201: Account }) },
      config: { policy: accountPolicies.write },
    },
    async (request, reply) => reply.status(201).send(await service.createAccount(ctx, actorOf(request), request.body)),
  );
  app.patch(
    '/api/accounts/:id',
    {
      schema: { tags, summary: 'Change an account', params: IdParams, body: AccountPatch, response: replies({ 200: Account }) },
      config: { policy: accountPolicies.write },
    },
    async (request) => service.updateAccount(ctx, actorOf(request), request.params.id, request.body),
  );
  app.delete(
    '/api/accounts/:id',
    {
      schema: {
        tags,
        summary: 'Delete an account with its contacts and opportunities (restorable for 30 days)',
        params: IdParams,
        response: replies({ 200: Account }),
      },
      config: { policy: accountPolicies.write },
    },
    async (request) => removal.deleteAccount(ctx, actorOf(request), request.params.id),
  );
  app.post(
    '/api/accounts/:id/restore',
    {
      schema: { tags, summary: 'Restore a deleted account (within 30 days)', params: IdParams, response: replies({ 200: Account }) },
      config: { policy: accountPolicies.write },
    },
    async (request) => removal.restoreAccount(ctx, actorOf(request), request.params.id),
  );
  app.get(
    '/api/accounts/:id/duplicates',
    {
      schema: {
        tags,
        summary: 'Accounts that are likely the same company (organisation number, website domain, similar name)',
        params: IdParams,
        response: replies({ 200: AccountDuplicates }),
      },
      config: { policy: accountPolicies.read },
    },
    async (request) => merging.accountDuplicates(ctx, request.params.id),
  );
  app.get(
    '/api/accounts/:id/merge-preview',
    {
      schema: {
        tags,
        summary: 'What merging a duplicate into this account would move and fill, and whether you may',
        params: IdParams,
        querystring: MergeAccounts,
        response: replies({ 200: AccountMergePreview }),
      },
      config: { policy: accountPolicies.read },
    },
    async (request) => merging.accountMergePreview(ctx, actorOf(request), request.params.id, request.query.duplicateId),
  );
  app.post(
    '/api/accounts/:id/merge',
    {
      schema: {
        tags,
        summary: 'Merge a duplicate into this account: its contacts, opportunities, handoffs and timeline move here',
        params: IdParams,
        body: MergeAccounts,
        response: replies({ 200: Account }),
      },
      config: { policy: accountPolicies.write },
    },
    async (request) => merging.mergeAccounts(ctx, actorOf(request), request.params.id, request.body.duplicateId),
  );
  app.post(
    '/api/accounts/:id/lost',
    {
      schema: {
        tags,
        summary: 'Mark a customer as lost, with the reason',
        params: IdParams,
        body: MarkLost,
        response: replies({ 200: Account }),
      },
      config: { policy: accountPolicies.markLost },
    },
    async (request) => service.markLost(ctx, actorOf(request), request.params.id, request.body),
  );
}
