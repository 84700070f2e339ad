/**
 * Limits on the public routes other than sign-in (and on guessing one's current password) (sign-in has its own, sign-in-limits.ts): set-up,
 * "forgot password", the one-time links, and the web forms that capture leads. Each action allows so many hits per window for one
 * key (an address, an e-mail); the hits are counted in the database so the limit holds across
 * instances.
 */
export const publicActions = [
  'setup',
  'forgot_password',
  'forgot_password_email',
  'link',
  'sso',
  'password_change',
  'lead_form',
  'lead_form_site',
] as const;
export type PublicAction = (typeof publicActions)[number];

export interface Limit {
  max: number;
  windowMinutes: number;
}

export const publicLimits: Record<PublicAction, Limit> = {
  /** Set-up from one address: a person retrying a form, not a script. */
  setup: { max: 10, windowMinutes: 15 },
  /** "Forgot password" from one address. */
  forgot_password: { max: 10, windowMinutes: 15 },
  /** Reset e-mails to one address: a mailbox is not flooded. */
  forgot_password_email: { max: 3, windowMinutes: 60 },
  /** Looking at or using a one-time link from one address (tokens cannot be guessed, but guessing is not free). */
  link: { max: 30, windowMinutes: 15 },
  /** Starting single sign-on from one address. */
  sso: { max: 30, windowMinutes: 15 },
  /** Wrong current passwords when changing one's own (a stolen session does not get to guess freely). */
  password_change: { max: 5, windowMinutes: 15 },
  /** A web form posted from one address: a person sends one or two, a script many. */
  lead_form: { max: 5, windowMinutes: 15 },
  /** One form from everyone: a flood from many addresses is stopped too. */
  lead_form_site: { max: 300, windowMinutes: 15 },
};

/** Limits counted per fixed window in one row (throttleCount): many hits, each request adding several. */
export const countedActions = ['signal_ingest'] as const;
export type CountedAction = (typeof countedActions)[number];
export const countedLimits: Record<CountedAction, Limit> = {
  /**
   * Website events (page views, forms; a batch counts its events) from one site or one integration
   * key: a busy site's 2,000 a second fits twice over, a flood does not.
   */
  signal_ingest: { max: 240_000, windowMinutes: 1 },
};

/** null when one more hit is allowed, otherwise the seconds to wait. */
export function publicActionBlockedFor(action: PublicAction, hitsInWindow: number): number | null {
  const limit = publicLimits[action];
  return hitsInWindow >= limit.max ? limit.windowMinutes * 60 : null;
}
