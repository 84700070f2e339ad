/**
 * Getting people in: the first-run set-up, invitations, one-time links (set or reset a password),
 * changing one's own password, and what the sign-in page offers (passwords, single sign-on).
 */
import { z } from 'zod';
import { linkPurposes, linkRefusals, parseAddressList } from '@domain/access-links';
import { Id, Locale, Role, text } from './common';
import { Currency, MarketInput, SalesGroupInput } from './org';
import { Email, Password } from './users';

/** What the sign-in page needs to know before anyone is signed in. */
export const AuthOptions = z.object({
  /** No user exists yet: the web app opens the set-up page. */
  setupNeeded: z.boolean(),
  /** Sign-in with e-mail and password (false when only single sign-on is allowed). */
  passwords: z.boolean(),
  /** Single sign-on, when configured: the name on its button. */
  sso: z.object({ name: text() }).nullable(),
  /** Korsa can send e-mail (reset links go by e-mail; without it an admin hands links over). */
  mail: z.boolean(),
  /** The demo organisation: the sign-in page may show its demo sign-ins. */
  demo: z.boolean(),
});
export type AuthOptions = z.infer<typeof AuthOptions>;

export const SetupMarket = MarketInput.omit({ leaderId: true });
export const SetupSalesGroup = SalesGroupInput.omit({ leaderId: true });

/** The first run: the organisation, its markets and sales groups, and the first admin. */
export const SetupBody = z.object({
  organisation: z.object({
    name: text().trim().min(1).max(120),
    reportingCurrency: Currency,
    defaultLocale: Locale.default('en'),
  }),
  markets: z
    .array(SetupMarket)
    .min(1, 'Add at least one market')
    .max(50)
    .refine((ms) => new Set(ms.map((m) => m.code)).size === ms.length, 'Each market once'),
  salesGroups: z
    .array(SetupSalesGroup)
    .min(1, 'Add at least one sales group')
    .max(50)
    .refine((gs) => new Set(gs.map((g) => g.name.toLowerCase())).size === gs.length, 'Each sales group once'),
  admin: z.object({
    name: text().trim().min(1).max(120),
    email: Email,
    password: Password,
  }),
});
export type SetupBody = z.input<typeof SetupBody>;

export const SetupState = z.object({ needed: z.boolean() });

/** An admin invites one person or a pasted list; everyone in one request gets the same role and place. */
export const InviteBody = z.object({
  people: z
    .array(z.object({ email: Email, name: text().trim().max(120).nullable().optional() }))
    .min(1, 'Invite at least one person')
    .max(200),
  role: Role,
  locale: Locale.optional(),
  salesGroupId: Id.nullable().default(null),
  marketId: Id.nullable().default(null),
});
export type InviteBody = z.input<typeof InviteBody>;

/**
 * The invite form's pasted list ("anna@x.se, Per Holm <per@x.se>", one per line or separated by
 * commas), read by the one parser (domain/access-links.ts) into the invitation's body. Any part
 * that is not an address is refused at `addresses`, with the parts in `params.invalid`.
 */
export const InviteList = z
  .object({
    addresses: z.string().max(20_000),
    role: Role,
    locale: Locale.optional(),
    salesGroupId: Id.nullable().optional(),
    marketId: Id.nullable().optional(),
  })
  .transform(({ addresses, ...rest }, ctx) => {
    const parsed = parseAddressList(addresses);
    if (parsed.invalid.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['addresses'],
        message: `Not e-mail addresses: ${parsed.invalid.join(', ')}`,
        params: { invalid: parsed.invalid },
      });
      return z.NEVER;
    }
    const body: InviteBody = { people: parsed.addresses, ...rest };
    return body;
  })
  .pipe(InviteBody);

export const Invitation = z.object({
  id: Id,
  userId: Id,
  email: text(),
  name: text(),
  role: Role,
  invitedBy: text().nullable(),
  createdAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  expired: z.boolean(),
});
export type Invitation = z.infer<typeof Invitation>;

/** A link just issued: e-mailed when Korsa can send mail, otherwise (or if sending failed) shown for the admin to hand over. */
export const IssuedInvitation = Invitation.extend({
  emailed: z.boolean(),
  /** Present only when it was not e-mailed: the admin copies it. */
  link: text().nullable(),
});
export type IssuedInvitation = z.infer<typeof IssuedInvitation>;

export const InviteResult = z.object({
  invited: z.array(IssuedInvitation),
  /** Addresses that already belong to a user who can sign in. */
  skipped: z.array(z.object({ email: text(), reason: z.literal('already_a_user') })),
});
export type InviteResult = z.infer<typeof InviteResult>;

export const LinkToken = text().trim().min(20).max(200);

/** What a one-time link is for, asked by the page it opens before the person types anything. */
export const LinkInfo = z.object({
  purpose: z.enum(linkPurposes),
  email: text(),
  name: text(),
  organisation: text(),
  expiresAt: z.iso.datetime(),
});
export type LinkInfo = z.infer<typeof LinkInfo>;

/** `details` of a `link_invalid` error. */
export const LinkRefused = z.object({ reason: z.enum(linkRefusals) });

export const UseLinkBody = z.object({
  token: LinkToken,
  password: Password,
  /** Invitations: the name the person wants to be known by. */
  name: text().trim().min(1).max(120).optional(),
});

export const ForgotPasswordBody = z.object({
  email: text()
    .trim()
    .max(254)
    .transform((e) => e.toLowerCase()),
});

export const ChangePasswordBody = z.object({
  currentPassword: text().min(1).max(200),
  newPassword: Password,
});
