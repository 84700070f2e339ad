import { z } from 'zod';
import { Product, ProductListQuery } from '@contract/products';
import type { AppContext } from '../../platform/context';
import { replies, type App } from '../../platform/http';
import { productPolicies } from './policies';
import * as service from './service';

export function productRoutes(app: App, ctx: AppContext): void {
  app.get(
    '/api/products',
    {
      schema: { tags: ['products'], summary: 'The product catalogue', querystring: ProductListQuery, response: replies({ 200: z.array(Product) }) },
      config: { policy: productPolicies.read },
    },
    async (request) => service.listProducts(ctx, request.query),
  );
}
