import { z } from 'zod';
import { Id } from './common';

export const ViewList = z.enum(['accounts', 'contacts', 'opportunities']);
export const SavedView = z.object({
  id: Id,
  list: ViewList,
  name: z.string(),
  query: z.record(z.string(), z.string()),
  shared: z.boolean(),
  mine: z.boolean(),
  ownerName: z.string(),
});
export const SavedViewInput = z.object({
  list: ViewList,
  name: z.string().trim().min(1).max(80),
  query: z.record(z.string().max(40), z.string().max(500)).refine((q) => Object.keys(q).length <= 30, 'At most 30 filters'),
  shared: z.boolean().default(false),
});
export const SavedViewQuery = z.object({ list: ViewList });
