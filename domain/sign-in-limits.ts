/**
 * Sign-in throttling that cannot be used to lock someone out (issue 12, finding 15).
 *
 * - Per (account, address): after MAX_FAILED_PER_PAIR failed attempts within the window, that
 *   address may not try that account again until the window has passed (429). Someone guessing
 *   from one address shuts only themselves out; the account's owner, elsewhere, is not affected.
 * - Per address: at most MAX_ATTEMPTS_PER_ADDRESS attempts of any kind within the window (429),
 *   which bounds guessing across many accounts from one address.
 * - Per account, from all addresses together: failures beyond FREE_FAILURES_PER_ACCOUNT slow every
 *   attempt on the account down (the answer is delayed, doubling per failure up to MAX_DELAY_MS) —
 *   never refused, so the right password still gets in, only later.
 *
 * A successful sign-in from an address clears that pair's failures.
 */
export const SIGN_IN_WINDOW_MINUTES = 15;
export const MAX_FAILED_PER_PAIR = 5;
export const MAX_ATTEMPTS_PER_ADDRESS = 30;
export const FREE_FAILURES_PER_ACCOUNT = 5;
export const BASE_DELAY_MS = 250;
export const MAX_DELAY_MS = 4000;

export interface RecentAttempts {
  /** Failed attempts on this account from this address since its last success there. */
  failedForPair: number;
  /** Failed attempts on this account from any address. */
  failedForAccount: number;
  /** All attempts from this address. */
  fromAddress: number;
}

export interface SignInThrottle {
  /** Seconds to wait before this address may try again; null when it may try now. */
  blockedForSeconds: number | null;
  /** How long to hold the answer back (slowing a distributed guess on one account). */
  delayMs: number;
}

export function signInThrottle(recent: RecentAttempts): SignInThrottle {
  const blocked = recent.failedForPair >= MAX_FAILED_PER_PAIR || recent.fromAddress >= MAX_ATTEMPTS_PER_ADDRESS;
  const excess = recent.failedForAccount - FREE_FAILURES_PER_ACCOUNT;
  const delayMs = excess <= 0 ? 0 : Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (excess - 1));
  return { blockedForSeconds: blocked ? SIGN_IN_WINDOW_MINUTES * 60 : null, delayMs };
}
