import { describe, expect, it } from 'vitest';
import { MAX_ATTEMPTS_PER_ADDRESS, MAX_FAILED_PER_ACCOUNT, signInBlockedFor } from './sign-in-limits';

describe('sign-in limits', () => {
  it('allows attempts below both limits', () => {
    expect(signInBlockedFor({ failedForEmail: MAX_FAILED_PER_ACCOUNT - 1, fromIp: MAX_ATTEMPTS_PER_ADDRESS - 1 })).toBeNull();
  });
  it('blocks an account after too many failures, for the whole window', () => {
    expect(signInBlockedFor({ failedForEmail: MAX_FAILED_PER_ACCOUNT, fromIp: 0 })).toBe(900);
  });
  it('blocks an address after too many attempts', () => {
    expect(signInBlockedFor({ failedForEmail: 0, fromIp: MAX_ATTEMPTS_PER_ADDRESS })).toBe(900);
  });
});
