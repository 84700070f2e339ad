import { describe, expect, it } from 'vitest';
import { mayDeleteOwned, mayMerge, type Viewer } from './access';
import { changedFields, isRestorable, restorableUntil, restoreDays } from './records';

const viewer = (over: Partial<Viewer> = {}): Viewer => ({
  id: 'me',
  role: 'seller',
  salesGroupId: 'g1',
  marketId: 'm1',
  leads: { salesGroupIds: [], marketIds: [] },
  ...over,
});

describe('restoring a deleted record', () => {
  const deleted = new Date('2026-01-01T10:00:00Z');
  it('is possible for 30 days', () => {
    expect(restoreDays).toBe(30);
    expect(restorableUntil(deleted).toISOString()).toBe('2026-01-31T10:00:00.000Z');
    expect(isRestorable(deleted, new Date('2026-01-31T10:00:00Z'))).toBe(true);
    expect(isRestorable(deleted, new Date('2026-01-31T10:00:01Z'))).toBe(false);
  });
});

describe('who may delete', () => {
  const owner = { id: 'other', salesGroupId: 'g2', marketId: 'm2' };
  it('the owner, their leaders and admins', () => {
    expect(mayDeleteOwned(viewer({ id: 'other' }), owner)).toBe(true);
    expect(mayDeleteOwned(viewer(), owner)).toBe(false);
    expect(mayDeleteOwned(viewer({ role: 'sales_leader', leads: { salesGroupIds: ['g2'], marketIds: [] } }), owner)).toBe(true);
    expect(mayDeleteOwned(viewer({ role: 'sales_leader', leads: { salesGroupIds: ['g1'], marketIds: [] } }), owner)).toBe(false);
    expect(mayDeleteOwned(viewer({ role: 'admin' }), owner)).toBe(true);
  });
  it('a record nobody owns: leaders and admins only', () => {
    expect(mayDeleteOwned(viewer(), null)).toBe(false);
    expect(mayDeleteOwned(viewer({ role: 'sales_leader' }), null)).toBe(true);
  });
  it('merging needs changing the kept record and deleting the other', () => {
    expect(mayMerge(viewer(), { id: 'me', salesGroupId: 'g1', marketId: 'm1' }, owner)).toBe(false);
    expect(mayMerge(viewer(), { id: 'me', salesGroupId: 'g1', marketId: 'm1' }, { ...owner, id: 'me' })).toBe(true);
  });
});

describe('what changed', () => {
  it('lists the fields whose values differ, null and missing alike', () => {
    expect(changedFields({ a: 1, b: null, c: 'x' }, { a: 2, b: undefined, c: 'x' }, ['a', 'b', 'c'])).toEqual(['a']);
  });
});
