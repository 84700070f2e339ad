import { z } from 'zod';
import { Id } from './common';
import { AccountStatus } from './accounts';

export const SearchQuery = z.object({
  q: z.string().trim().min(1, 'Type something to search for').max(100),
  limit: z.coerce.number().int().min(1).max(25).default(8),
});

export const SearchResults = z.object({
  opportunities: z.array(
    z.object({ id: Id, name: z.string(), accountName: z.string(), stageKey: z.string(), stageName: z.string(), score: z.number() }),
  ),
  accounts: z.array(
    z.object({
      id: Id,
      name: z.string(),
      city: z.string().nullable(),
      marketCode: z.string().nullable(),
      status: AccountStatus,
      score: z.number(),
    }),
  ),
  contacts: z.array(
    z.object({ id: Id, name: z.string(), title: z.string().nullable(), accountId: Id, accountName: z.string(), score: z.number() }),
  ),
});
export type SearchResults = z.infer<typeof SearchResults>;
