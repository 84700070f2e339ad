import { describe, expect, it } from 'vitest';
import { textTemplate } from './textTemplate';

describe('textTemplate', () => {
  it('fills the names in wherever the translation put them, as often as it did', () => {
    const label = textTemplate(['account', 'product'] as const, (m) => `${m.product} hos ${m.account} (${m.product})`);
    expect(label({ account: 'Volvo', product: 'Fleet' })).toBe('Fleet hos Volvo (Fleet)');
    expect(label({ account: 'Saab', product: '' })).toBe(' hos Saab ()');
  });

  it('keeps a text without names as it is', () => {
    expect(textTemplate([], () => 'Tom')({})).toBe('Tom');
  });
});
