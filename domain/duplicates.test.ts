import { describe, expect, it } from 'vitest';
import { accountMatches, contactMatches, domainKey, mergedFields, orgNumberKey } from './duplicates';

describe('duplicate keys', () => {
  it('normalises organisation numbers and domains', () => {
    expect(orgNumberKey('556677-8899')).toBe(orgNumberKey('5566778899'));
    expect(orgNumberKey('12')).toBeNull();
    expect(domainKey('https://www.Acme.se/om-oss')).toBe('acme.se');
    expect(domainKey('acme.se')).toBe('acme.se');
    expect(domainKey('not a site')).toBeNull();
  });
  it('says why two accounts or contacts look alike', () => {
    expect(
      accountMatches({ orgNumber: '556677-8899', website: 'acme.se' }, { orgNumber: '5566778899', website: 'http://www.acme.se' }, 0.3),
    ).toEqual(['org_number', 'domain']);
    expect(accountMatches({ orgNumber: null, website: null }, { orgNumber: null, website: null }, 0.8)).toEqual(['name']);
    expect(contactMatches({ email: 'Rut@Acme.se' }, { email: 'rut@acme.se' }, 0.2)).toEqual(['email']);
  });
  it('a merge keeps the kept record’s values and fills its gaps from the other', () => {
    expect(mergedFields({ a: 'x', b: null, c: '' }, { a: 'y', b: 'z', c: 'w' }, ['a', 'b', 'c'])).toEqual({ b: 'z', c: 'w' });
  });
});
