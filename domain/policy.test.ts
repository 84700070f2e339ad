import { describe, expect, it } from 'vitest';
import { roles } from './people';
import { allows, publicAccess, rolesOnly, signedIn } from './policy';

describe('policies', () => {
  it('lets anyone through a public policy', () => {
    expect(allows(publicAccess('x'), null)).toBe(true);
    expect(allows(publicAccess('x'), { role: 'seller' })).toBe(true);
  });
  it('requires a signed-in user for signedIn, whatever the role', () => {
    expect(allows(signedIn('x'), null)).toBe(false);
    for (const role of roles) expect(allows(signedIn('x'), { role })).toBe(true);
  });
  it('requires one of the roles for a roles policy', () => {
    const p = rolesOnly('leaders', ['sales_leader', 'management']);
    expect(allows(p, null)).toBe(false);
    expect(roles.filter((role) => allows(p, { role }))).toEqual(['sales_leader', 'management']);
  });
});
