/** Sign-in throttling: per account (failed attempts) and per address (all attempts), in one window. */
export const SIGN_IN_WINDOW_MINUTES = 15;
export const MAX_FAILED_PER_ACCOUNT = 5;
export const MAX_ATTEMPTS_PER_ADDRESS = 30;

export interface RecentAttempts {
  failedForEmail: number;
  fromIp: number;
}

/** null when another attempt is allowed, otherwise the seconds to wait. */
export function signInBlockedFor(recent: RecentAttempts): number | null {
  if (recent.failedForEmail >= MAX_FAILED_PER_ACCOUNT || recent.fromIp >= MAX_ATTEMPTS_PER_ADDRESS) {
    return SIGN_IN_WINDOW_MINUTES * 60;
  }
  return null;
}
