import { z } from 'zod';
import { Id, Locale, Role, nonEmptyPatch } from './common';
import { Market, Organisation, SalesGroup } from './org';

export const SignInBody = z.object({
  email: z
    .string()
    .trim()
    .max(254)
    .transform((e) => e.toLowerCase()),
  password: z.string().min(1).max(200),
});

/** What the current user may do: the server decides, the UI only shows. */
export const Abilities = z.object({
  manageUsers: z.boolean(),
  manageOrganisation: z.boolean(),
  manageApiKeys: z.boolean(),
  viewAuditLog: z.boolean(),
  importData: z.boolean(),
  /** Leaders of a sales group (their group's cards) and admins. */
  editProductCards: z.boolean(),
  configurePipeline: z.boolean(),
  manageCompetitors: z.boolean(),
});
export type Abilities = z.infer<typeof Abilities>;

export const Me = z.object({
  user: z.object({ id: Id, email: z.string(), name: z.string(), role: Role, locale: Locale }),
  salesGroup: SalesGroup.nullable(),
  market: Market.nullable(),
  leads: z.object({ salesGroupIds: z.array(Id), marketIds: z.array(Id) }),
  organisation: Organisation,
  can: Abilities,
  /** Send back as `x-csrf-token` on every cookie-authenticated write. */
  csrfToken: z.string().nullable(),
});
export type Me = z.infer<typeof Me>;

export const UpdateMe = nonEmptyPatch(z.object({ locale: Locale.optional(), name: z.string().trim().min(1).max(120).optional() }));

export const ApiKey = z.object({
  id: Id,
  name: z.string(),
  prefix: z.string(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
});
export type ApiKey = z.infer<typeof ApiKey>;
export const CreateApiKey = z.object({ name: z.string().trim().min(1).max(100) });
export const CreatedApiKey = z.object({
  apiKey: ApiKey,
  /** Shown once; only a hash is stored. */
  token: z.string(),
});

export const Health = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  version: z.string(),
});

export const SignInResponse = z.object({
  user: z.object({ id: Id, email: z.string(), name: z.string(), role: Role, locale: Locale }),
  csrfToken: z.string(),
});
