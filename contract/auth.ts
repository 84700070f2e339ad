import { z } from 'zod';
import { Id, Locale, Role, nonEmptyPatch, text } from './common';
import { Market, Organisation, SalesGroup } from './org';

export const SignInBody = z.object({
  email: z
    .string()
    .trim()
    .max(254)
    .transform((e) => e.toLowerCase()),
  password: text().min(1).max(200),
});

/**
 * What the current user may do: every role-restricted policy (server/modules/users/abilities.ts).
 * The server decides, the UI only shows. What depends on a record is presented on it as `can`.
 */
export const Abilities = z.object({
  manageUsers: z.boolean(),
  manageOrganisation: z.boolean(),
  manageApiKeys: z.boolean(),
  viewAuditLog: z.boolean(),
  /** The rollout's adoption page: admins. */
  viewAdoption: z.boolean(),
  /** Take a backup of the running (embedded) database: GET /api/backup. */
  backUp: z.boolean(),
  importData: z.boolean(),
  /** Invoice lines come from the finance system: admins only. */
  importInvoices: z.boolean(),
  writeInvoices: z.boolean(),
  /** Leaders of a sales group (their group's cards) and admins. */
  editProductCards: z.boolean(),
  configurePipeline: z.boolean(),
  manageCompetitors: z.boolean(),
  writeAccounts: z.boolean(),
  /** Give several accounts or opportunities to another seller at once (each record is still checked). */
  reassignAccounts: z.boolean(),
  reassignOpportunities: z.boolean(),
  /** Declaring customers lost (each account also says whether this user may, as `can.markLost`). */
  markAccountsLost: z.boolean(),
  writeOpportunities: z.boolean(),
  overrideChannel: z.boolean(),
  giveHandoffs: z.boolean(),
  /** Reporting on handoffs at all (each handoff says whether this user may, as `can.report`). */
  reportHandoffs: z.boolean(),
  markMatrix: z.boolean(),
  manageForums: z.boolean(),
  /** Starting joint-visit schemes and having pairs proposed. */
  manageVisitSchemes: z.boolean(),
  /** Planning seminars and interview rounds (which of them one may run is on each: `can.run`). */
  planRituals: z.boolean(),
  recordMeetings: z.boolean(),
  manageSeasons: z.boolean(),
  /** Setting some targets (the grid says which: `editable` per seller, `can.setCompany`). */
  setTargets: z.boolean(),
  /** See how well the win probability predicts (its calibration). */
  evaluateWinProbability: z.boolean(),
  /** Marketing's lead work: scoring rules, web forms, behaviour events (each lead also says what this user may do with it). */
  manageLeads: z.boolean(),
  tuneLeadScoring: z.boolean(),
  /** The scoring rules' tuning page: each parameter against outcomes, the score's AUC, suggested points. */
  viewLeadTuning: z.boolean(),
  /** The sales–marketing agreement's report. */
  viewLeadReport: z.boolean(),
  convertLeads: z.boolean(),
  /** Start a win-back (J2; the list says per customer: `can.start`). */
  startWinBacks: z.boolean(),
  /** The organisation's list of churn reasons. */
  manageChurnReasons: z.boolean(),
  /** The leaders' list of important accounts without a current plan. */
  viewPlanCoverage: z.boolean(),
  /** Hold one-to-ones with the people one leads (I1). */
  holdOneToOnes: z.boolean(),
  /** Webhook endpoints and their delivery log. */
  manageWebhooks: z.boolean(),
  /** A person's data request: export and erasure (GDPR). */
  handlePersonalData: z.boolean(),
  /** The custom fields of accounts, contacts and opportunities. */
  manageCustomFields: z.boolean(),
  viewCertificationCoverage: z.boolean(),
});
export type Abilities = z.infer<typeof Abilities>;

export const Me = z.object({
  user: z.object({ id: Id, email: text(), name: text(), role: Role, locale: Locale }),
  salesGroup: SalesGroup.nullable(),
  market: Market.nullable(),
  leads: z.object({ salesGroupIds: z.array(Id), marketIds: z.array(Id) }),
  organisation: Organisation,
  can: Abilities,
  /** Send back as `x-csrf-token` on every cookie-authenticated write. */
  csrfToken: text().nullable(),
});
export type Me = z.infer<typeof Me>;

export const UpdateMe = nonEmptyPatch(z.object({ locale: Locale.optional(), name: text().trim().min(1).max(120).optional() }));

export const ApiKey = z.object({
  id: Id,
  name: text(),
  prefix: text(),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable(),
});
export type ApiKey = z.infer<typeof ApiKey>;
export const CreateApiKey = z.object({ name: text().trim().min(1).max(100) });
export const CreatedApiKey = z.object({
  apiKey: ApiKey,
  /** Shown once; only a hash is stored. */
  token: text(),
});

export const Health = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  version: text(),
});

export const SignInResponse = z.object({
  user: z.object({ id: Id, email: text(), name: text(), role: Role, locale: Locale }),
  csrfToken: text(),
});
