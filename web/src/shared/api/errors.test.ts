import { describe, expect, it } from 'vitest';
import { ApiError, rejectedFields } from './errors';

describe('ApiError', () => {
  it('reads the fields a validation error names', () => {
    const error = new ApiError(400, 'validation_failed', 'The body has invalid fields.', [
      { path: 'body.email', message: 'Invalid email address' },
      { path: 'body.salesGroupId/marketId', message: 'unknown id' },
      { path: 'querystring.page', message: 'too small' },
    ]);
    expect([...rejectedFields(error)].sort()).toEqual(['email', 'marketId', 'salesGroupId']);
  });

  it('knows how long a rate limit lasts', () => {
    expect(new ApiError(429, 'rate_limited', '…', { retryAfterSeconds: 900 }).retryAfterSeconds).toBe(900);
    expect(new ApiError(429, 'rate_limited', '…').retryAfterSeconds).toBeNull();
  });

  it('ignores details that are not field issues', () => {
    expect(rejectedFields(new ApiError(409, 'email_taken', '…', { anything: true })).size).toBe(0);
    expect(rejectedFields(new Error('not an API error')).size).toBe(0);
  });
});
