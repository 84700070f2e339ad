import { z } from 'zod';
import { Id, text } from './common';
import { AccountStatus } from './accounts';

export const SearchQuery = z.object({
  q: text().trim().min(1, 'Type something to search for').max(100),
  limit: z.coerce.number().int().min(1).max(25).default(8),
});

export const SearchResults = z.object({
  opportunities: z.array(
    z.object({ id: Id, name: text(), accountName: text(), stageKey: text(), stageName: text(), score: z.number() }),
  ),
  accounts: z.array(
    z.object({
      id: Id,
      name: text(),
      city: text().nullable(),
      marketCode: text().nullable(),
      status: AccountStatus,
      score: z.number(),
    }),
  ),
  contacts: z.array(
    z.object({ id: Id, name: text(), title: text().nullable(), accountId: Id, accountName: text(), score: z.number() }),
  ),
});
export type SearchResults = z.infer<typeof SearchResults>;
