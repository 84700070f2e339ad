import { z } from 'zod';
import { Id, text } from './common';

export const ViewList = z.enum(['accounts', 'contacts', 'opportunities']);
export const SavedView = z.object({
  id: Id,
  list: ViewList,
  name: text(),
  query: z.record(text(), text()),
  shared: z.boolean(),
  mine: z.boolean(),
  ownerName: text(),
});
export const SavedViewInput = z.object({
  list: ViewList,
  name: text().trim().min(1).max(80),
  query: z.record(text().max(40), text().max(500)).refine((q) => Object.keys(q).length <= 30, 'At most 30 filters'),
  shared: z.boolean().default(false),
});
export const SavedViewQuery = z.object({ list: ViewList });
