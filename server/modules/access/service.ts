import type { z } from 'zod';
import type {
  AuthOptions,
  ChangePasswordBody,
  ForgotPasswordBody,
  Invitation,
  InviteBody,
  InviteResult,
  IssuedInvitation,
  LinkInfo,
  SetupBody,
  UseLinkBody,
} from '@contract/access';
import { invitationMail, resetMail } from '@domain/access-mail';
import { linkRefusal, nameFromAddress, type LinkPurpose } from '@domain/access-links';
import { countedLimits, publicActionBlockedFor, publicLimits, type CountedAction, type PublicAction } from '@domain/rate-limits';
import { publicBaseUrl } from '../../config';
import type { Actor } from '../../platform/auth';
import { writeAudit } from '../../platform/audit';
import { inTransaction, type AppContext, type TxContext } from '../../platform/context';
import { AppError, errors } from '../../platform/errors';
import { hashPassword, verifyPassword } from '../../platform/passwords';
import { randomToken, sha256 } from '../../platform/tokens';
import { endAllAccessOf, endOtherSessionsOf, openSession, type SessionClient, type SignedIn } from '../auth/service';
import * as org from '../org/service';
import * as users from '../users/service';
import * as repo from './repo';

// ── Limits ──────────────────────────────────────────────────────────────────────────────────

/** Count a hit on a rate-limited action for a key (an address, an e-mail), refusing it past the limit. */
export async function throttle(ctx: AppContext, action: PublicAction, key: string): Promise<void> {
  const now = ctx.clock.now();
  const bucket = `${action}:${key}`;
  const since = new Date(now.getTime() - publicLimits[action].windowMinutes * 60_000);
  const blockedFor = publicActionBlockedFor(action, await repo.countHits(ctx.db, bucket, since));
  if (blockedFor !== null) throw errors.rateLimited(blockedFor);
  await repo.recordHit(ctx.db, bucket, now);
}

/**
 * Counts n hits (e.g. the events of a batch) against a limit of so many per fixed window, in one
 * statement: for limits too high to keep a row per hit. Refuses (429) once the window's total is over.
 */
export async function throttleCount(ctx: AppContext, action: CountedAction, key: string, n: number): Promise<void> {
  const limit = countedLimits[action];
  const now = ctx.clock.now().getTime();
  const windowMs = limit.windowMinutes * 60_000;
  const windowStart = new Date(now - (now % windowMs));
  const total = await repo.countInWindow(ctx.db, `${action}:${key}`, windowStart, n);
  if (total > limit.max) throw errors.rateLimited(Math.ceil((windowStart.getTime() + windowMs - now) / 1000));
}

// ── The sign-in page and the first run ──────────────────────────────────────────────────────

export async function authOptions(ctx: AppContext): Promise<AuthOptions> {
  const [userCount, organisation] = await Promise.all([users.countUsers(ctx), org.getOrganisation(ctx)]);
  const c = ctx.config;
  return {
    setupNeeded: userCount === 0,
    passwords: c.PASSWORD_SIGN_IN,
    sso: c.OIDC_ISSUER ? { name: c.OIDC_NAME } : null,
    mail: ctx.mailer !== null,
    demo: organisation.isDemo,
  };
}

/**
 * The first run: the organisation, its markets and sales groups and the first admin, in one
 * transaction — allowed only while no user exists. Two set-ups at once (two browsers, a browser and
 * the CLI) queue on an advisory lock, so the second sees the first's admin and is refused.
 */
export async function setUp(ctx: AppContext, input: z.infer<typeof SetupBody>, client: SessionClient | null): Promise<SignedIn | null> {
  if (client) await throttle(ctx, 'setup', client.ip);
  const passwordHash = await hashPassword(input.admin.password);
  const admin = await inTransaction(ctx, async (tx) => {
    await repo.lockSetup(tx.db);
    if ((await users.countUsers(tx)) > 0) throw errors.conflict('setup_done', 'Korsa is already set up: sign in instead.');
    await org.setUpOrganisation(tx, input.organisation);
    for (const market of input.markets) await org.createMarket(tx, null, market);
    for (const group of input.salesGroups) await org.createSalesGroup(tx, null, group);
    const row = await users.addUser(
      tx,
      null,
      { ...input.admin, passwordHash, role: 'admin', locale: input.organisation.defaultLocale, salesGroupId: null, marketId: null },
      'user.created',
    );
    await writeAudit(tx.db, {
      actorId: row.id,
      action: 'organisation.set_up',
      entityType: 'organisation',
      entityId: '1',
      data: { name: input.organisation.name, markets: input.markets.length, salesGroups: input.salesGroups.length },
    });
    return row;
  });
  return client ? openSession(ctx, admin, client) : null;
}

// ── Invitations ─────────────────────────────────────────────────────────────────────────────

type LinkRow = Awaited<ReturnType<typeof repo.listOpenInvitations>>[number];

function presentInvitation(i: LinkRow, now: Date): Invitation {
  return {
    id: i.id,
    userId: i.userId,
    email: i.email,
    name: i.name,
    role: i.role,
    invitedBy: i.invitedBy,
    createdAt: i.createdAt.toISOString(),
    expiresAt: i.expiresAt.toISOString(),
    expired: i.expiresAt.getTime() <= now.getTime(),
  };
}

export async function listInvitations(ctx: AppContext): Promise<Invitation[]> {
  const now = ctx.clock.now();
  return (await repo.listOpenInvitations(ctx.db)).map((i) => presentInvitation(i, now));
}

const linkPath: Record<LinkPurpose, string> = { invitation: '/invitation', password_reset: '/reset-password' };

/** A new one-time link; the token travels in the URL's fragment (never sent to a server, never in a log). */
async function issueLink(tx: TxContext, userId: string, purpose: LinkPurpose, createdBy: string | null) {
  const now = tx.clock.now();
  const ttlMs = purpose === 'invitation' ? tx.config.INVITATION_TTL_HOURS * 3_600_000 : tx.config.PASSWORD_RESET_TTL_MINUTES * 60_000;
  const token = randomToken();
  const row = await repo.insertLink(tx.db, {
    userId,
    purpose,
    tokenHash: sha256(token),
    createdBy,
    createdAt: now,
    expiresAt: new Date(now.getTime() + ttlMs),
  });
  return { row, url: `${publicBaseUrl(tx.config)}${linkPath[purpose]}#${token}` };
}

/** Send a mail if Korsa can; false when it cannot or the server refused (the admin then hands the link over). */
async function deliver(ctx: AppContext, mail: { to: string; subject: string; text: string }): Promise<boolean> {
  if (!ctx.mailer) return false;
  try {
    await ctx.mailer.send(mail);
    return true;
  } catch (err) {
    ctx.log.warn({ err }, 'could not send an access e-mail');
    return false;
  }
}

interface Issued {
  invitation: LinkRow;
  url: string;
  locale: users.UserRecord['locale'];
}

/** Send the invitations (after their transaction committed) and present what became of each. */
async function sendInvitations(ctx: AppContext, issued: Issued[], invitedBy: string | null): Promise<IssuedInvitation[]> {
  const now = ctx.clock.now();
  const organisation = (await org.getOrganisation(ctx)).name;
  const out: IssuedInvitation[] = [];
  for (const i of issued) {
    const mail = invitationMail(i.locale, { organisation, invitedBy, link: i.url, validHours: ctx.config.INVITATION_TTL_HOURS });
    const emailed = await deliver(ctx, { to: i.invitation.email, ...mail });
    out.push({ ...presentInvitation(i.invitation, now), emailed, link: emailed ? null : i.url });
  }
  return out;
}

/**
 * An admin invites people by e-mail: each gets a user (no password yet, the role and place chosen)
 * and a one-time link to choose their password. Someone invited before and not yet in is invited
 * again (their old link stops working); an address that already signs in is skipped.
 */
export async function invite(ctx: AppContext, actorId: string | null, input: z.infer<typeof InviteBody>): Promise<InviteResult> {
  const organisation = await org.getOrganisation(ctx);
  const skipped: InviteResult['skipped'] = [];
  const issued = await inTransaction(ctx, async (tx) => {
    skipped.length = 0; // a transaction run again starts afresh
    const out: Issued[] = [];
    const now = tx.clock.now();
    const seen = new Set<string>();
    for (const person of input.people) {
      if (seen.has(person.email)) continue;
      seen.add(person.email);
      const existing = await users.findUserRecordByEmail(tx, person.email);
      let user: users.UserRecord;
      if (existing) {
        const pending = existing.passwordHash === null && (!existing.active || (await repo.hasOpenInvitation(tx.db, existing.id)));
        if (!pending) {
          skipped.push({ email: existing.email, reason: 'already_a_user' });
          continue;
        }
        await repo.revokeOpenLinks(tx.db, existing.id, now, 'invitation');
        user = await users.setUserAccess(tx, existing.id, { active: true });
      } else {
        user = await users.addUser(
          tx,
          actorId,
          {
            email: person.email,
            name: person.name || nameFromAddress(person.email),
            passwordHash: null,
            role: input.role,
            locale: input.locale ?? organisation.defaultLocale,
            salesGroupId: input.salesGroupId,
            marketId: input.marketId,
          },
          'user.invited',
        );
      }
      const { row, url } = await issueLink(tx, user.id, 'invitation', actorId);
      out.push({
        invitation: { ...row, email: user.email, name: user.name, role: user.role, userId: user.id, invitedBy: null },
        url,
        locale: user.locale,
      });
    }
    return out;
  });
  const inviter = actorId ? await users.findUserRecord(ctx, actorId) : undefined;
  const invited = await sendInvitations(
    ctx,
    issued.map((i) => ({ ...i, invitation: { ...i.invitation, invitedBy: inviter?.name ?? null } })),
    inviter?.name ?? null,
  );
  return { invited, skipped };
}

async function openInvitation(tx: TxContext, id: string) {
  const link = await repo.findLink(tx.db, id);
  if (!link || link.purpose !== 'invitation' || link.usedAt || link.revokedAt) throw errors.notFound('The invitation');
  return link;
}

/** A fresh link for an invitation (the old one stops working), e-mailed again or shown to hand over. */
export async function resendInvitation(ctx: AppContext, actor: Actor, id: string): Promise<IssuedInvitation> {
  const issued = await inTransaction(ctx, async (tx) => {
    const link = await openInvitation(tx, id);
    await repo.revokeOpenLinks(tx.db, link.userId, tx.clock.now(), 'invitation');
    const user = await users.findUserRecord(tx, link.userId);
    if (!user) throw errors.notFound('The invitation');
    const { row, url } = await issueLink(tx, user.id, 'invitation', actor.id);
    await writeAudit(tx.db, { actorId: actor.id, action: 'user.invitation_resent', entityType: 'user', entityId: user.id });
    return {
      invitation: { ...row, email: user.email, name: user.name, role: user.role, userId: user.id, invitedBy: null },
      url,
      locale: user.locale,
    };
  });
  const inviter = (await users.findUserRecord(ctx, actor.id))?.name ?? null;
  const [out] = await sendInvitations(ctx, [{ ...issued, invitation: { ...issued.invitation, invitedBy: inviter } }], inviter);
  return out!;
}

/** The invitation's link stops working and the invited user, who never got in, is deactivated. */
export async function revokeInvitation(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const link = await openInvitation(tx, id);
    await repo.revokeOpenLinks(tx.db, link.userId, tx.clock.now());
    const user = await users.findUserRecord(tx, link.userId);
    if (user && user.passwordHash === null) {
      await users.setUserAccess(tx, user.id, { active: false });
      await endAllAccessOf(tx, user.id);
    }
    await writeAudit(tx.db, { actorId: actor.id, action: 'user.invitation_revoked', entityType: 'user', entityId: link.userId });
  });
}

/** Single sign-on let an invited person in: their invitation is accepted. */
export async function acceptedElsewhere(ctx: AppContext, userId: string): Promise<void> {
  await repo.revokeOpenLinks(ctx.db, userId, ctx.clock.now(), 'invitation');
}

// ── One-time links ──────────────────────────────────────────────────────────────────────────

const refusalTexts = {
  used: 'This link has already been used.',
  revoked: 'This link was withdrawn.',
  expired: 'This link has expired.',
  unknown: 'This link is not valid.',
} as const;

/** The link, or a `410 link_invalid` that says why not (used, revoked, expired, unknown). */
async function validLink(ctx: AppContext, token: string, forUpdate: boolean) {
  const found = await repo.findLinkByHash(ctx.db, sha256(token), forUpdate);
  let reason = linkRefusal(found?.link, ctx.clock.now());
  if (!reason && found && !found.user.active) reason = 'revoked';
  if (reason || !found) {
    const why = reason ?? 'unknown';
    throw new AppError('link_invalid', refusalTexts[why], { reason: why });
  }
  return found;
}

/** What a link is for, so its page can greet the person before they type anything. */
export async function linkInfo(ctx: AppContext, token: string, client: SessionClient): Promise<LinkInfo> {
  await throttle(ctx, 'link', client.ip);
  const { link, user } = await validLink(ctx, token, false);
  return {
    purpose: link.purpose,
    email: user.email,
    name: user.name,
    organisation: (await org.getOrganisation(ctx)).name,
    expiresAt: link.expiresAt.toISOString(),
  };
}

/**
 * Use a link once: an invitation sets the first password (and the name), a reset a new one and
 * ends every session of the user. The person is signed in after.
 */
export async function useLink(ctx: AppContext, input: z.infer<typeof UseLinkBody>, client: SessionClient): Promise<SignedIn> {
  if (!ctx.config.PASSWORD_SIGN_IN) throw errors.passwordsDisabled();
  await throttle(ctx, 'link', client.ip);
  const passwordHash = await hashPassword(input.password);
  const user = await inTransaction(ctx, async (tx) => {
    const { link, user } = await validLink(tx, input.token, true);
    const now = tx.clock.now();
    await repo.markUsed(tx.db, link.id, now);
    await repo.revokeOpenLinks(tx.db, user.id, now, link.purpose);
    const invited = link.purpose === 'invitation';
    const row = await users.setUserAccess(tx, user.id, { passwordHash, ...(invited && input.name ? { name: input.name } : {}) });
    if (!invited) await endAllAccessOf(tx, user.id);
    await writeAudit(tx.db, {
      actorId: user.id,
      action: invited ? 'user.invitation_accepted' : 'user.password_reset',
      entityType: 'user',
      entityId: user.id,
    });
    return row;
  });
  return openSession(ctx, user, client);
}

/**
 * "Forgot password": a reset link by e-mail to an active user. The answer is the same whether or not
 * the address is known (no way to learn who has an account); limited per address and per mailbox.
 */
export async function forgotPassword(ctx: AppContext, input: z.infer<typeof ForgotPasswordBody>, client: SessionClient): Promise<void> {
  if (!ctx.config.PASSWORD_SIGN_IN) throw errors.passwordsDisabled();
  await throttle(ctx, 'forgot_password', client.ip);
  const user = await users.findUserRecordByEmail(ctx, input.email);
  if (!user?.active || !ctx.mailer) return;
  await throttle(ctx, 'forgot_password_email', user.id);
  const url = await inTransaction(ctx, async (tx) => {
    await repo.revokeOpenLinks(tx.db, user.id, tx.clock.now(), 'password_reset');
    const { url } = await issueLink(tx, user.id, 'password_reset', null);
    await writeAudit(tx.db, { actorId: null, action: 'user.password_reset_requested', entityType: 'user', entityId: user.id });
    return url;
  });
  await deliver(ctx, { to: user.email, ...resetMail(user.locale, { link: url, validMinutes: ctx.config.PASSWORD_RESET_TTL_MINUTES }) });
}

/** Change one's own password: the current one first; every other session ends. */
export async function changePassword(ctx: AppContext, actor: Actor, input: z.infer<typeof ChangePasswordBody>): Promise<void> {
  if (!ctx.config.PASSWORD_SIGN_IN) throw errors.passwordsDisabled();
  await throttle(ctx, 'password_change', actor.id);
  const user = await users.findUserRecord(ctx, actor.id);
  if (!user) throw errors.unauthenticated();
  const ok = user.passwordHash !== null && (await verifyPassword(user.passwordHash, input.currentPassword));
  if (!ok) {
    throw errors.invalid('The current password is wrong.', [{ path: 'body.currentPassword', message: 'is wrong' }]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  await inTransaction(ctx, async (tx) => {
    await users.setUserAccess(tx, actor.id, { passwordHash });
    await repo.revokeOpenLinks(tx.db, actor.id, tx.clock.now(), 'password_reset');
    await endOtherSessionsOf(tx, actor.id, actor.sessionTokenHash);
    await writeAudit(tx.db, { actorId: actor.id, action: 'user.password_changed', entityType: 'user', entityId: actor.id });
  });
}

/** Housekeeping for the scheduled job. */
export async function pruneAccessData(ctx: AppContext): Promise<void> {
  await repo.prune(ctx.db, ctx.clock.now());
}
