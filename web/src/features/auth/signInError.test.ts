import { describe, expect, it } from 'vitest';
import { safeNext } from './signInError';

describe('where to go after signing in', () => {
  it('returns to a page inside the app', () => {
    expect(safeNext('/pipeline?stage=quote')).toBe('/pipeline?stage=quote');
  });

  it.each([null, '', 'https://evil.example/', '//evil.example', '/sign-in?next=/x'])('refuses %s and goes home', (next) => {
    expect(safeNext(next)).toBe('/');
  });
});
