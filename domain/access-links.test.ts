import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invitationMail, resetMail } from './access-mail';
import { linkRefusal, nameFromAddress, parseAddressList } from './access-links';
import { publicActionBlockedFor, publicLimits } from './rate-limits';

const now = new Date('2026-03-01T12:00:00Z');
const later = new Date('2026-03-02T12:00:00Z');

describe('one-time links', () => {
  it('may be used until they expire, once, unless revoked', () => {
    expect(linkRefusal({ expiresAt: later, usedAt: null, revokedAt: null }, now)).toBeNull();
    expect(linkRefusal({ expiresAt: now, usedAt: null, revokedAt: null }, now)).toBe('expired');
    expect(linkRefusal({ expiresAt: later, usedAt: now, revokedAt: null }, now)).toBe('used');
    expect(linkRefusal({ expiresAt: later, usedAt: null, revokedAt: now }, now)).toBe('revoked');
    expect(linkRefusal(undefined, now)).toBe('unknown');
  });

  it('say "used" for a used link whatever else is true of it', () => {
    fc.assert(
      fc.property(fc.date({ noInvalidDate: true }), fc.option(fc.date({ noInvalidDate: true })), (expiresAt, revokedAt) => {
        expect(linkRefusal({ expiresAt, usedAt: now, revokedAt }, now)).toBe('used');
      }),
    );
  });
});

describe('a pasted list of addresses', () => {
  it('reads lines, commas and semicolons, plain or as Name <address>, once each', () => {
    const { addresses, invalid } = parseAddressList(
      'anna.berg@nordlys.se\n"Berg, Per" <PER.berg@nordlys.se>; Kari Nordmann <kari@nordlys.no>,\n\nanna.berg@nordlys.se, not an address',
    );
    expect(addresses).toEqual([
      { email: 'anna.berg@nordlys.se', name: null },
      { email: 'per.berg@nordlys.se', name: 'Berg, Per' },
      { email: 'kari@nordlys.no', name: 'Kari Nordmann' },
    ]);
    expect(invalid).toEqual(['not an address']);
  });

  it('never returns an address twice or one with spaces', () => {
    fc.assert(
      fc.property(fc.array(fc.emailAddress(), { maxLength: 20 }), fc.constantFrom('\n', ', ', '; '), (emails, sep) => {
        const { addresses } = parseAddressList(emails.join(sep));
        const seen = addresses.map((a) => a.email);
        expect(new Set(seen).size).toBe(seen.length);
        for (const a of seen) expect(a).not.toMatch(/\s/);
      }),
    );
  });

  it('starts a name from the address', () => {
    expect(nameFromAddress('anna.berg@nordlys.se')).toBe('Anna Berg');
    expect(nameFromAddress('kari_nordmann+crm@nordlys.no')).toBe('Kari Nordmann Crm');
  });
});

describe('limits on public routes', () => {
  it('block at the maximum for the window', () => {
    const { max, windowMinutes } = publicLimits.forgot_password_email;
    expect(publicActionBlockedFor('forgot_password_email', max - 1)).toBeNull();
    expect(publicActionBlockedFor('forgot_password_email', max)).toBe(windowMinutes * 60);
  });
});

describe('the e-mails that let people in', () => {
  it('carry the link in every language', () => {
    for (const locale of ['en', 'sv', 'nb'] as const) {
      const inv = invitationMail(locale, { organisation: 'Acme', invitedBy: 'Ada', link: 'http://x/invitation#t', validHours: 168 });
      expect(inv.subject).toContain('Acme');
      expect(inv.text).toContain('http://x/invitation#t');
      expect(resetMail(locale, { link: 'http://x/reset-password#t', validMinutes: 60 }).text).toContain('http://x/reset-password#t');
    }
  });
});
