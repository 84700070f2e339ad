import { z } from 'zod';
import { Id } from './common';

export const Product = z.object({
  id: Id,
  salesGroupId: Id,
  family: z.string(),
  name: z.string(),
  code: z.string(),
  description: z.string(),
  active: z.boolean(),
});
export type Product = z.infer<typeof Product>;

export const ProductListQuery = z.object({ salesGroupId: Id.optional() });
