import { describe, expect, it } from 'vitest';
import {
  certificationState,
  certifiedNeeded,
  expiryAfterGrant,
  industryCoverage,
  isValidOn,
  proposeSellers,
  type Candidate,
} from './certifications';

const today = '2026-06-15';
const cert = (over: Partial<Candidate['certifications'][number]> = {}): Candidate['certifications'][number] => ({
  industry: 'J',
  grantedOn: '2026-01-01',
  expiresOn: null,
  revokedAt: null,
  ...over,
});
const seller = (over: Partial<Candidate>): Candidate => ({
  id: 'u',
  name: 'Seller',
  marketId: 'se',
  salesGroupId: 'g1',
  accounts: 10,
  certifications: [cert()],
  ...over,
});

describe('a certification on a day', () => {
  it('holds from the grant day until, not including, the expiry day, unless revoked', () => {
    expect(isValidOn(cert({ grantedOn: today }), today)).toBe(true);
    expect(isValidOn(cert({ grantedOn: '2026-06-16' }), today)).toBe(false);
    expect(isValidOn(cert({ expiresOn: today }), today)).toBe(false);
    expect(isValidOn(cert({ expiresOn: '2026-06-16' }), today)).toBe(true);
    expect(isValidOn(cert({ revokedAt: new Date() }), today)).toBe(false);
  });
  it('says where it stands', () => {
    expect(certificationState(cert(), today)).toBe('valid');
    expect(certificationState(cert({ expiresOn: '2026-07-01' }), today)).toBe('expiring');
    expect(certificationState(cert({ expiresOn: '2027-01-01' }), today)).toBe('valid');
    expect(certificationState(cert({ expiresOn: '2026-06-01' }), today)).toBe('expired');
    expect(certificationState(cert({ grantedOn: '2026-07-01' }), today)).toBe('future');
    expect(certificationState(cert({ revokedAt: '2026-06-01T00:00:00Z' }), today)).toBe('revoked');
  });
  it('needs an expiry after the grant', () => {
    expect(expiryAfterGrant('2026-01-01', null)).toBe(true);
    expect(expiryAfterGrant('2026-01-01', '2026-01-01')).toBe(false);
    expect(expiryAfterGrant('2026-01-02', '2026-01-01')).toBe(false);
    expect(expiryAfterGrant('2026-01-01', '2027-01-01')).toBe(true);
  });
});

describe('proposing sellers for an account', () => {
  const account = { industry: 'J' as const, marketId: 'se' };
  it('proposes only sellers validly certified in the industry, the account’s market first, then the fewest accounts', () => {
    const list = proposeSellers(
      [
        seller({ id: 'a', name: 'Anna', accounts: 30 }),
        seller({ id: 'b', name: 'Bo', accounts: 5, marketId: 'no' }),
        seller({ id: 'c', name: 'Cecilia', accounts: 12 }),
        seller({ id: 'd', name: 'Dag', certifications: [cert({ industry: 'C' })] }),
        seller({ id: 'e', name: 'Eva', certifications: [cert({ expiresOn: '2026-06-01' })] }),
        seller({ id: 'f', name: 'Finn', certifications: [cert({ revokedAt: new Date() })] }),
      ],
      account,
      today,
    );
    expect(list.map((p) => p.id)).toEqual(['c', 'a', 'b']);
    expect(list[0]).toMatchObject({ industry: 'J', reasons: ['certified', 'same_market'], accounts: 12, expiresOn: null });
    expect(list[2]!.reasons).toEqual(['certified']);
  });
  it('keeps to the receiving group when asked, and proposes nobody for an account without an industry', () => {
    const candidates = [seller({ id: 'a', salesGroupId: 'g1' }), seller({ id: 'b', salesGroupId: 'g2' })];
    expect(proposeSellers(candidates, account, today, { salesGroupId: 'g2' })).toEqual([
      expect.objectContaining({ id: 'b', reasons: ['certified', 'same_market', 'same_group'] }),
    ]);
    expect(proposeSellers(candidates, { industry: null, marketId: 'se' }, today)).toEqual([]);
  });
  it('names at most the limit, and the latest expiry of a seller’s valid certifications', () => {
    const many = Array.from({ length: 8 }, (_, i) => seller({ id: `s${i}`, name: `S${i}`, accounts: i }));
    expect(proposeSellers(many, account, today)).toHaveLength(5);
    const two = seller({ certifications: [cert({ expiresOn: '2026-09-01' }), cert({ expiresOn: '2027-01-01' })] });
    expect(proposeSellers([two], account, today)[0]!.expiresOn).toBe('2027-01-01');
  });
});

describe('coverage per industry', () => {
  it('calls for one certified seller per 40 accounts, at least two where there are accounts', () => {
    expect(certifiedNeeded(0)).toBe(0);
    expect(certifiedNeeded(3)).toBe(2);
    expect(certifiedNeeded(81)).toBe(3);
  });
  it('counts valid certified sellers once, those expiring soon, and puts industries with too few first', () => {
    const rows = industryCoverage(
      { J: 10, C: 100, F: 0 },
      [
        { userId: 'a', industry: 'J', grantedOn: '2026-01-01', expiresOn: null, revokedAt: null },
        { userId: 'b', industry: 'J', grantedOn: '2026-01-01', expiresOn: '2026-07-01', revokedAt: null },
        { userId: 'c', industry: 'C', grantedOn: '2026-01-01', expiresOn: '2026-07-01', revokedAt: null },
        { userId: 'c', industry: 'C', grantedOn: '2026-01-01', expiresOn: '2026-05-01', revokedAt: null },
        { userId: 'd', industry: 'C', grantedOn: '2026-01-01', expiresOn: null, revokedAt: new Date() },
        { userId: 'e', industry: 'A', grantedOn: '2026-01-01', expiresOn: null, revokedAt: null },
      ],
      today,
    );
    expect(rows).toEqual([
      { industry: 'C', accounts: 100, certified: 1, expiringSoon: 1, needed: 3, tooFew: true },
      { industry: 'J', accounts: 10, certified: 2, expiringSoon: 1, needed: 2, tooFew: false },
      { industry: 'A', accounts: 0, certified: 1, expiringSoon: 0, needed: 0, tooFew: false },
      { industry: 'F', accounts: 0, certified: 0, expiringSoon: 0, needed: 0, tooFew: false },
    ]);
  });
});
