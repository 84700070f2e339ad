import { describe, expect, it } from 'vitest';
import { localeFromTag } from './language';

describe('the UI language from a browser language tag', () => {
  it.each([
    ['sv-SE', 'sv'],
    ['sv-FI', 'sv'],
    ['nb-NO', 'nb'],
    ['no', 'nb'],
    ['nn-NO', 'nb'],
    ['en-US', 'en'],
    ['de-DE', null],
  ])('%s → %s', (tag, locale) => {
    expect(localeFromTag(tag)).toBe(locale);
  });
});
