import { describe, expect, it } from 'vitest';
import { missingFields, remap } from './mapping';

describe('the import mapping', () => {
  it('reads the missing fields, alternatives included', () => {
    expect([...missingFields(['account or accountSourceId', 'subject'])]).toEqual(['account', 'accountSourceId', 'subject']);
  });

  it('moves a column to another field and clears a field', () => {
    const mapping = { name: 'Company', city: 'Town' };
    expect(remap(mapping, 'industry', 'Town')).toEqual({ name: 'Company', industry: 'Town' });
    expect(remap(mapping, 'city', null)).toEqual({ name: 'Company' });
  });
});
