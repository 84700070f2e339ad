import { describe, expect, it } from 'vitest';
import { InviteList } from '../../contract/access';
import { createOpportunityThrough, loseOpportunityOf } from '../../contract/opportunities';

const id = '00000000-0000-4000-8000-000000000001';
const pathsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  (result.error?.issues ?? []).map((i) => i.path.join('.'));

describe('the lose form says the close rules of its deal (contract loseOpportunityOf)', () => {
  it('asks for the competitor when the deal was lost to one', () => {
    const schema = loseOpportunityOf({ channel: 'new' });
    expect(pathsOf(schema.safeParse({ version: 1, reason: 'competitor' }))).toEqual(['competitorId']);
    expect(schema.safeParse({ version: 1, reason: 'competitor', competitorId: id }).success).toBe(true);
    expect(schema.safeParse({ version: 1, reason: 'other' }).success).toBe(true);
  });

  it('asks why the customer let a renewal go, and only for a renewal', () => {
    expect(pathsOf(loseOpportunityOf({ channel: 'renewal' }).safeParse({ version: 1, reason: 'other' }))).toEqual(['churnReasonId']);
    expect(loseOpportunityOf({ channel: 'renewal' }).safeParse({ version: 1, reason: 'other', churnReasonId: id }).success).toBe(true);
    for (const channel of ['new', 'upsell', 'win_back', null] as const) {
      expect(loseOpportunityOf({ channel }).safeParse({ version: 1, reason: 'other' }).success).toBe(true);
    }
  });

  it('still needs a reason', () => {
    expect(pathsOf(loseOpportunityOf({ channel: 'new' }).safeParse({ version: 1 }))).toEqual(['reason']);
  });
});

describe('the invite form reads a pasted list into the invitation (contract InviteList)', () => {
  it('turns names and addresses into people, once each', () => {
    const parsed = InviteList.parse({ addresses: 'Per Holm <Per.Holm@example.com>\nanna@example.com, per.holm@example.com', role: 'seller' });
    expect(parsed.people).toEqual([
      { email: 'per.holm@example.com', name: 'Per Holm' },
      { email: 'anna@example.com', name: null },
    ]);
    expect(parsed.salesGroupId).toBeNull();
  });

  it('names the parts that are not addresses, at the list', () => {
    const result = InviteList.safeParse({ addresses: 'anna@example.com\nnot an address; bo@', role: 'seller' });
    expect(result.success).toBe(false);
    expect(result.error!.issues).toMatchObject([{ path: ['addresses'], params: { invalid: ['not an address', 'bo@'] } }]);
  });

  it('refuses an empty list at people (the form shows it at the list)', () => {
    expect(pathsOf(InviteList.safeParse({ addresses: ' \n ', role: 'seller' }))).toEqual(['people']);
  });
});

describe('the new-opportunity form names every missing field at once (contract createOpportunityThrough)', () => {
  it('asks for the gate’s fields even while the account and name are missing', () => {
    const schema = createOpportunityThrough(['estimatedValue', 'expectedCloseOn', 'contactId']);
    expect(pathsOf(schema.safeParse({ expectedCloseOn: '2027-03-01' })).sort()).toEqual(['accountId', 'contactId', 'estimatedValue', 'name']);
    expect(schema.safeParse({ accountId: id, name: 'Fleet', estimatedValue: 10, expectedCloseOn: '2027-03-01', contactId: id }).success).toBe(true);
  });
  it('asks for nothing more than the presented gate', () => {
    expect(createOpportunityThrough([]).safeParse({ accountId: id, name: 'Fleet' }).success).toBe(true);
  });
});
