import { describe, expect, it } from 'vitest';
import { classify, type HeldProduct } from './channels';

const held = (productId: string, startedOn: string, endsOn: string | null, own = true): HeldProduct => ({
  productId,
  startedOn,
  endsOn,
  own,
});
const deal = (on: string, history: HeldProduct[], lines = [{ productId: 'A', annualValue: 100 }], lostOn: string | null = null) =>
  classify({ on, at: `${on}T12:00:00.000Z`, lines, history, lostOn, passiveAfterMonths: 18 });

describe('sales channels', () => {
  it('new: no earlier won deal', () => {
    expect(deal('2026-06-01', [])).toMatchObject({ channel: 'new', reason: 'no_earlier_business' });
  });
  it('renewal: extends an agreement for the same product', () => {
    expect(deal('2026-06-01', [held('A', '2024-06-01', '2026-05-31')])).toMatchObject({ channel: 'renewal', reason: 'extends_agreement' });
    expect(deal('2026-06-01', [held('A', '2024-06-01', null)]).channel).toBe('renewal');
  });
  it('upsell: a product this customer has not bought before', () => {
    expect(deal('2026-06-01', [held('B', '2024-06-01', null)])).toMatchObject({ channel: 'upsell', reason: 'new_product' });
  });
  it('win-back: a passive customer (no business for 18 months) or a lost one returns', () => {
    expect(deal('2026-06-01', [held('A', '2020-01-01', '2024-11-30')])).toMatchObject({ channel: 'win_back', reason: 'passive' });
    expect(deal('2026-06-01', [held('A', '2020-01-01', '2025-12-31')]).channel).toBe('renewal'); // 5 months quiet: still a customer
    expect(deal('2026-06-01', [held('A', '2020-01-01', '2025-12-31')], undefined, '2026-01-15')).toMatchObject({
      channel: 'win_back',
      reason: 'lost',
    });
  });
  it('a lost customer returning for a new product is still a win-back', () => {
    expect(deal('2026-06-01', [held('A', '2020-01-01', '2025-12-31')], [{ productId: 'B', annualValue: 100 }], '2026-02-01').channel).toBe(
      'win_back',
    );
  });
  it('a subsidiary of an existing global customer is not a new customer', () => {
    const group = [held('A', '2023-01-01', null, false)];
    expect(deal('2026-06-01', group)).toMatchObject({ channel: 'upsell', reason: 'group_customer' });
  });
  it('a renewal that adds a new product: lines classified apart, the deal by its largest line', () => {
    const history = [held('A', '2024-06-01', '2026-05-31')];
    const mixed = deal('2026-06-01', history, [
      { productId: 'A', annualValue: 500 },
      { productId: 'B', annualValue: 200 },
    ]);
    expect(mixed.channel).toBe('renewal');
    expect(mixed.lines).toEqual([
      { productId: 'A', channel: 'renewal' },
      { productId: 'B', channel: 'upsell' },
    ]);
    expect(
      deal('2026-06-01', history, [
        { productId: 'A', annualValue: 100 },
        { productId: 'B', annualValue: 900 },
      ]).channel,
    ).toBe('upsell');
  });
  it('ignores business that starts after the deal', () => {
    expect(deal('2026-06-01', [held('A', '2026-07-01', null)]).channel).toBe('new');
  });
  it('a cross-sell signed minutes after another product the same day is an upsell, not new (finding 10)', () => {
    const earlierToday = { ...held('B', '2026-06-01', null), signed: { on: '2026-06-01', at: '2026-06-01T11:55:00.000Z' } };
    expect(deal('2026-06-01', [earlierToday])).toMatchObject({ channel: 'upsell', reason: 'new_product' });
    // the first deal of the day, re-classified after an edit, stays new: the second came after it
    const laterToday = { ...earlierToday, signed: { on: '2026-06-01', at: '2026-06-01T12:05:00.000Z' } };
    expect(deal('2026-06-01', [laterToday]).channel).toBe('new');
    // an agreement signed earlier that starts next month already makes them a customer
    const startsLater = { ...held('B', '2026-07-01', null), signed: { on: '2026-05-20', at: '2026-05-20T09:00:00.000Z' } };
    expect(deal('2026-06-01', [startsLater]).channel).toBe('upsell');
  });
});
