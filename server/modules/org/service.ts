import type { z } from 'zod';
import type {
  Market,
  MarketInput,
  MarketPatch,
  Organisation,
  OrganisationPatch,
  SalesGroup,
  SalesGroupInput,
  SalesGroupPatch,
} from '@contract/org';
import { DEFAULT_GATE, type Gate } from '@domain/suggestions';
import { writeAudit } from '../../platform/audit';
import { inTransaction, isInTransaction, type AppContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import { isForeignKeyViolation, isUniqueViolation } from '../../db/errors';
import * as repo from './repo';

type MarketRow = Awaited<ReturnType<typeof repo.listMarkets>>[number];
type GroupRow = Awaited<ReturnType<typeof repo.listSalesGroups>>[number];

export const presentMarket = (m: MarketRow): Market => ({
  id: m.id,
  code: m.code,
  name: m.name,
  currency: m.currency as Market['currency'],
  locale: m.locale,
  leaderId: m.leaderId,
});

export const presentSalesGroup = (g: GroupRow): SalesGroup => ({
  id: g.id,
  name: g.name,
  description: g.description,
  leaderId: g.leaderId,
});

/**
 * The organisation as a transaction read it: a use case reads the settings once (a win needed them
 * three times — its channel, the account's status, its answer). Only inside a transaction, where
 * nothing else can change them unseen; this module's writes forget it.
 */
const readInTransaction = new WeakMap<object, Promise<Organisation>>();

export function getOrganisation(ctx: AppContext): Promise<Organisation> {
  if (!isInTransaction(ctx)) return readOrganisation(ctx);
  const known = readInTransaction.get(ctx.db);
  if (known) return known;
  const read = readOrganisation(ctx);
  readInTransaction.set(ctx.db, read);
  read.catch(() => readInTransaction.delete(ctx.db));
  return read;
}

async function readOrganisation(ctx: AppContext): Promise<Organisation> {
  const row = await repo.getOrganisation(ctx.db);
  return {
    name: row?.name ?? 'Korsa',
    reportingCurrency: (row?.reportingCurrency ?? 'EUR') as Organisation['reportingCurrency'],
    defaultLocale: (row?.defaultLocale ?? 'en') as Organisation['defaultLocale'],
    isDemo: row?.isDemo ?? false,
    passiveAfterMonths: row?.passiveAfterMonths ?? 18,
    timedOutAfterMonths: row?.timedOutAfterMonths ?? 6,
    staleAfterDays: row?.staleAfterDays ?? 30,
    suggestionMinSupport: row?.suggestionMinSupport ?? DEFAULT_GATE.minSupport,
    suggestionMinLift: row?.suggestionMinLift ?? DEFAULT_GATE.minLift,
  };
}

export async function listMarkets(ctx: AppContext): Promise<Market[]> {
  return (await repo.listMarkets(ctx.db)).map(presentMarket);
}

export async function listSalesGroups(ctx: AppContext): Promise<SalesGroup[]> {
  return (await repo.listSalesGroups(ctx.db)).map(presentSalesGroup);
}

export async function findMarket(ctx: AppContext, id: string): Promise<Market | null> {
  const row = await repo.findMarket(ctx.db, id);
  return row ? presentMarket(row) : null;
}

export async function findSalesGroup(ctx: AppContext, id: string): Promise<SalesGroup | null> {
  const row = await repo.findSalesGroup(ctx.db, id);
  return row ? presentSalesGroup(row) : null;
}

/** The groups and markets a user leads. */
export async function leadershipOf(ctx: AppContext, userId: string) {
  const [groups, markets] = await Promise.all([repo.groupsLedBy(ctx.db, userId), repo.marketsLedBy(ctx.db, userId)]);
  return { salesGroupIds: groups.map((g) => g.id), marketIds: markets.map((m) => m.id) };
}

async function uniquely<T>(what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (isUniqueViolation(e)) throw errors.conflict('already_exists', `${what} already exists.`);
    if (isForeignKeyViolation(e))
      throw errors.invalid('The chosen leader does not exist.', [{ path: 'body.leaderId', message: 'unknown user' }]);
    throw e;
  }
}

export function createMarket(ctx: AppContext, actorId: string | null, input: z.infer<typeof MarketInput>) {
  return uniquely(`A market with the code ${input.code}`, () =>
    inTransaction(ctx, async (tx) => {
      const row = await repo.insertMarket(tx.db, input);
      await writeAudit(tx.db, { actorId, action: 'market.created', entityType: 'market', entityId: row.id, data: input });
      return presentMarket(row);
    }),
  );
}

export function updateMarket(ctx: AppContext, actorId: string, id: string, patch: z.infer<typeof MarketPatch>) {
  return uniquely('A market with that code', () =>
    inTransaction(ctx, async (tx) => {
      const row = await repo.updateMarket(tx.db, id, patch);
      if (!row) throw errors.notFound('The market');
      await writeAudit(tx.db, { actorId, action: 'market.updated', entityType: 'market', entityId: id, data: patch });
      return presentMarket(row);
    }),
  );
}

export function createSalesGroup(ctx: AppContext, actorId: string | null, input: z.infer<typeof SalesGroupInput>) {
  return uniquely(`A sales group named ${input.name}`, () =>
    inTransaction(ctx, async (tx) => {
      const row = await repo.insertSalesGroup(tx.db, input);
      await writeAudit(tx.db, { actorId, action: 'sales_group.created', entityType: 'sales_group', entityId: row.id, data: input });
      return presentSalesGroup(row);
    }),
  );
}

export function updateSalesGroup(ctx: AppContext, actorId: string, id: string, patch: z.infer<typeof SalesGroupPatch>) {
  return uniquely('A sales group with that name', () =>
    inTransaction(ctx, async (tx) => {
      const row = await repo.updateSalesGroup(tx.db, id, patch);
      if (!row) throw errors.notFound('The sales group');
      await writeAudit(tx.db, { actorId, action: 'sales_group.updated', entityType: 'sales_group', entityId: id, data: patch });
      return presentSalesGroup(row);
    }),
  );
}

export async function hasOrganisation(ctx: AppContext): Promise<boolean> {
  return (await repo.getOrganisation(ctx.db)) !== undefined;
}

/** Admins change the organisation's name, reporting currency, the rules of time (passive, timed out, stale) and how strong a cross-sell suggestion must be. */
export async function updateOrganisation(
  ctx: AppContext,
  actorId: string,
  patch: z.infer<typeof OrganisationPatch>,
): Promise<Organisation> {
  await inTransaction(ctx, async (tx) => {
    const current = await repo.getOrganisation(tx.db);
    if (!current) throw errors.notFound('The organisation');
    await repo.updateOrganisation(tx.db, patch);
    readInTransaction.delete(tx.db);
    await writeAudit(tx.db, { actorId, action: 'organisation.updated', entityType: 'organisation', entityId: '1', data: patch });
  });
  return getOrganisation(ctx);
}

/** The pipeline's rules of time, as the admin set them. */
export async function agingRules(ctx: AppContext) {
  const org = await getOrganisation(ctx);
  return { maxAgeMonths: org.timedOutAfterMonths, staleAfterDays: org.staleAfterDays };
}

/** How strong a cross-sell rule must be to be shown, as the admin set it. */
export async function suggestionGate(ctx: AppContext): Promise<Gate> {
  const org = await getOrganisation(ctx);
  return { minSupport: org.suggestionMinSupport, minLift: org.suggestionMinLift };
}

/** The first run names the organisation (its one row), as a real one — not the demo. */
export async function setUpOrganisation(
  ctx: AppContext,
  values: { name: string; reportingCurrency: string; defaultLocale: 'en' | 'sv' | 'nb' },
): Promise<void> {
  await repo.upsertOrganisation(ctx.db, { ...values, isDemo: false });
  readInTransaction.delete(ctx.db);
}
