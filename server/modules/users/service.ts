import type { z } from 'zod';
import type { Me, UpdateMe as UpdateMeSchema } from '@contract/auth';
import type { CreateUser, UpdateUser, User, UserListQuery } from '@contract/users';
import type { Actor } from '../../platform/auth';
import * as org from '../org/service';
import { abilitiesOf } from './abilities';
import { isForeignKeyViolation, isUniqueViolation } from '../../db/errors';
import { writeAudit } from '../../platform/audit';
import { fieldChanges } from '@domain/audit';
import type { Locale } from '@domain/people';
import { inTransaction, type AppContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import { hashPassword } from '../../platform/passwords';
import { endAllAccessOf } from '../auth/service';
import * as repo from './repo';

type UpdateMe = z.infer<typeof UpdateMeSchema>;

export function presentUser(u: repo.UserRow): User {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    locale: u.locale,
    salesGroupId: u.salesGroupId,
    marketId: u.marketId,
    active: u.active,
    createdAt: u.createdAt.toISOString(),
  };
}

async function translatingDbErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (isUniqueViolation(e)) throw errors.conflict('email_taken', 'A user with that e-mail already exists.');
    if (isForeignKeyViolation(e)) {
      throw errors.invalid('The chosen sales group or market does not exist.', [
        { path: 'body.salesGroupId', message: 'unknown sales group or market' },
        { path: 'body.marketId', message: 'unknown sales group or market' },
      ]);
    }
    throw e;
  }
}

export async function listUsers(ctx: AppContext, query: UserListQuery) {
  const { items, total } = await repo.listUsers(ctx.db, query);
  return { items: items.map(presentUser), total, page: query.page, pageSize: query.pageSize };
}

export async function getUser(ctx: AppContext, id: string): Promise<User> {
  const row = await repo.findUser(ctx.db, id);
  if (!row) throw errors.notFound('The user');
  return presentUser(row);
}

export async function createUser(ctx: AppContext, actorId: string | null, input: CreateUser): Promise<User> {
  const passwordHash = await hashPassword(input.password);
  const { password: _omit, ...fields } = input;
  return presentUser(await addUser(ctx, actorId, { ...fields, passwordHash }, 'user.created'));
}

/** A user as stored (with the password's hash): for the modules that let people in. */
export type UserRecord = repo.UserRow;
export type NewUserRecord = Omit<repo.NewUserRow, 'id' | 'createdAt' | 'updatedAt'>;

/** Add a user (created, invited, set up or signed on just in time), audited in the same transaction. */
export function addUser(ctx: AppContext, actorId: string | null, values: NewUserRecord, action: string): Promise<UserRecord> {
  return translatingDbErrors(() =>
    inTransaction(ctx, async (tx) => {
      const row = await repo.insertUser(tx.db, values);
      await writeAudit(tx.db, { actorId, action, entityType: 'user', entityId: row.id, data: { email: row.email, role: row.role } });
      return row;
    }),
  );
}

export const findUserRecord = (ctx: AppContext, id: string) => repo.findUser(ctx.db, id);
/** The language a user reads Korsa in (their own choice; English for a user no longer found). */
export async function localeOf(ctx: AppContext, userId: string): Promise<Locale> {
  return (await repo.findUser(ctx.db, userId))?.locale ?? 'en';
}
export const findUserRecordByEmail = (ctx: AppContext, email: string) => repo.findUserByEmail(ctx.db, email);

/** Change what lets a user in (password, active, name) without the admin's audit trail: the caller audits its own use case. */
export async function setUserAccess(
  ctx: AppContext,
  id: string,
  values: { passwordHash?: string | null; active?: boolean; name?: string },
): Promise<UserRecord> {
  const row = await repo.updateUser(ctx.db, id, values);
  if (!row) throw errors.notFound('The user');
  return row;
}

/**
 * Admins re-role, move and deactivate users. Deactivation (or a password set by the admin) ends the
 * user's sessions and revokes their API keys in the same transaction; the last active admin cannot be demoted or deactivated (no lock-out).
 */
export async function updateUser(ctx: AppContext, actorId: string | null, id: string, patch: UpdateUser): Promise<User> {
  const { password, ...fields } = patch;
  const passwordHash = password ? await hashPassword(password) : undefined;
  return translatingDbErrors(() =>
    inTransaction(ctx, async (tx) => {
      const before = await repo.findUser(tx.db, id);
      if (!before) throw errors.notFound('The user');
      const losesAdmin = before.role === 'admin' && before.active && (fields.active === false || (fields.role && fields.role !== 'admin'));
      if (losesAdmin && (await repo.countActiveAdmins(tx.db)) <= 1) {
        throw errors.conflict('last_admin', 'This is the last active admin; make someone else admin first.');
      }
      const row = await repo.updateUser(tx.db, id, { ...fields, ...(passwordHash ? { passwordHash } : {}) });
      if (!row) throw errors.notFound('The user');
      if (fields.active === false || passwordHash) await endAllAccessOf(tx, id);
      await writeAudit(tx.db, {
        actorId,
        action: fields.active === false ? 'user.deactivated' : 'user.updated',
        entityType: 'user',
        entityId: id,
        data: { ...fields, ...(passwordHash ? { passwordChanged: true } : {}) },
        changes: fieldChanges(before, fields, ['role', 'salesGroupId', 'marketId', 'active', 'name', 'email'] as const),
      });
      return presentUser(row);
    }),
  );
}

export const countUsers = (ctx: AppContext) => repo.countUsers(ctx.db);

/** The current user with their group, market, leadership and what they may do. */
export async function me(ctx: AppContext, actor: Actor): Promise<Me> {
  const row = await repo.findUser(ctx.db, actor.id);
  if (!row) throw errors.unauthenticated();
  const [salesGroup, market, leads, organisation] = await Promise.all([
    row.salesGroupId ? org.findSalesGroup(ctx, row.salesGroupId) : null,
    row.marketId ? org.findMarket(ctx, row.marketId) : null,
    org.leadershipOf(ctx, row.id),
    org.getOrganisation(ctx),
  ]);
  return {
    user: { id: row.id, email: row.email, name: row.name, role: row.role, locale: row.locale },
    salesGroup,
    market,
    leads,
    organisation,
    can: abilitiesOf({ ...actor, leads }),
    csrfToken: actor.csrfToken ?? null,
  };
}

export async function updateMe(ctx: AppContext, actor: Actor, patch: UpdateMe): Promise<Me> {
  await repo.updateUser(ctx.db, actor.id, patch);
  return me(ctx, actor);
}
