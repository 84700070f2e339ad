import { describe, expect, it } from 'vitest';
import { identifyingTerms, mentions, scrub } from './privacy';

describe('privacy', () => {
  const terms = identifyingTerms({ firstName: 'Åsa', lastName: 'Öberg', email: 'asa@oberg.se', phone: '+46 70 123 45 67' });
  it('replaces the full name, name parts, e-mail and phone, longest first and whole words only', () => {
    expect(scrub('Called Åsa Öberg (asa@oberg.se, +46 70 123 45 67); åsa liked it', terms)).toBe(
      'Called [erased] ([erased], [erased]); [erased] liked it',
    );
    expect(scrub('Öbergs AB and Kasam', terms)).toBe('Öbergs AB and Kasam');
    expect(mentions('Met ÅSA', terms)).toBe(true);
  });
  it('ignores name parts too short to mean anything', () => {
    expect(identifyingTerms({ firstName: 'Al', lastName: 'Ek' })).toEqual(['Al Ek']);
  });
});
