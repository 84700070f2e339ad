import { describe, expect, it } from 'vitest';
import {
  BASE_DELAY_MS,
  FREE_FAILURES_PER_ACCOUNT,
  MAX_ATTEMPTS_PER_ADDRESS,
  MAX_DELAY_MS,
  MAX_FAILED_PER_PAIR,
  signInThrottle,
} from './sign-in-limits';

const none = { failedForPair: 0, failedForAccount: 0, fromAddress: 0 };

describe('sign-in throttling', () => {
  it('lets an attempt through below the limits, without delay', () => {
    expect(signInThrottle({ failedForPair: MAX_FAILED_PER_PAIR - 1, failedForAccount: FREE_FAILURES_PER_ACCOUNT, fromAddress: MAX_ATTEMPTS_PER_ADDRESS - 1 })).toEqual({
      blockedForSeconds: null,
      delayMs: 0,
    });
  });
  it('stops an address that failed too often on one account, and an address that tried too often', () => {
    expect(signInThrottle({ ...none, failedForPair: MAX_FAILED_PER_PAIR }).blockedForSeconds).toBe(900);
    expect(signInThrottle({ ...none, fromAddress: MAX_ATTEMPTS_PER_ADDRESS }).blockedForSeconds).toBe(900);
  });
  it('never refuses because of failures elsewhere: it slows down, doubling up to a ceiling', () => {
    const at = (failedForAccount: number) => signInThrottle({ ...none, failedForAccount });
    expect(at(1000).blockedForSeconds).toBeNull();
    expect(at(FREE_FAILURES_PER_ACCOUNT + 1).delayMs).toBe(BASE_DELAY_MS);
    expect(at(FREE_FAILURES_PER_ACCOUNT + 2).delayMs).toBe(2 * BASE_DELAY_MS);
    expect(at(1000).delayMs).toBe(MAX_DELAY_MS);
  });
});
