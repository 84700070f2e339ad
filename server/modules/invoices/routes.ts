import { z } from 'zod';
import { IdParams } from '@contract/common';
import { AccountRevenue, InvoiceLinePage, InvoiceLinesQuery, PostInvoiceLines } from '@contract/invoices';
import type { AppContext } from '../../platform/context';
import { actorOf, replies, type App } from '../../platform/http';
import { invoicePolicies } from './policies';
import * as service from './service';

export function invoiceRoutes(app: App, ctx: AppContext): void {
  const tags = ['invoicing'];
  app.get(
    '/api/invoice-lines',
    {
      schema: { tags, summary: 'Invoice lines, newest first', querystring: InvoiceLinesQuery, response: replies({ 200: InvoiceLinePage }) },
      config: { policy: invoicePolicies.read },
    },
    async (request) => service.listInvoiceLines(ctx, request.query),
  );
  app.post(
    '/api/invoice-lines',
    {
      schema: {
        tags,
        summary: 'Record invoice lines from the finance system (all or nothing; posting a line again changes nothing)',
        body: PostInvoiceLines,
        response: replies({ 200: z.object({ created: z.number().int(), updated: z.number().int() }) }),
      },
      config: { policy: invoicePolicies.write },
    },
    async (request) => service.postInvoiceLines(ctx, actorOf(request), request.body),
  );
  app.get(
    '/api/accounts/:id/revenue',
    {
      schema: {
        tags,
        summary: 'Per year: sales volume (signed, annual value) beside invoicing',
        params: IdParams,
        response: replies({ 200: AccountRevenue }),
      },
      config: { policy: invoicePolicies.read },
    },
    async (request) => service.accountRevenue(ctx, request.params.id),
  );
}
