import { z } from 'zod';
import { IdParams } from '@contract/common';
import { Product, ProductListQuery, PutKnowledgeCard } from '@contract/products';
import type { AppContext } from '../../platform/context';
import { actorOf, replies, type App } from '../../platform/http';
import { productPolicies } from './policies';
import * as service from './service';

export function productRoutes(app: App, ctx: AppContext): void {
  const tags = ['products'];
  app.get(
    '/api/products',
    {
      schema: {
        tags,
        summary: 'The product catalogue with knowledge cards',
        querystring: ProductListQuery,
        response: replies({ 200: z.array(Product) }),
      },
      config: { policy: productPolicies.read },
    },
    async (request) => service.listProducts(ctx, actorOf(request), request.query),
  );
  app.get(
    '/api/products/:id',
    {
      schema: { tags, summary: 'One product and its knowledge card', params: IdParams, response: replies({ 200: Product }) },
      config: { policy: productPolicies.read },
    },
    async (request) => service.getProduct(ctx, actorOf(request), request.params.id),
  );
  app.put(
    '/api/products/:id/card',
    {
      schema: {
        tags,
        summary: 'Write the knowledge card in one language',
        params: IdParams,
        body: PutKnowledgeCard,
        response: replies({ 200: Product }),
      },
      config: { policy: productPolicies.editCard },
    },
    async (request) => service.putKnowledgeCard(ctx, actorOf(request), request.params.id, request.body.locale, request.body.card),
  );
}
