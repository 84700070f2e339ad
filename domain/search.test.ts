import { describe, expect, it } from 'vitest';
import { keepRelevant } from './search';

describe('search relevance', () => {
  it('drops people who share only a few letters when a company matches well ("Malmo")', () => {
    const accounts = [{ name: 'Malmö Hamn AB', score: 1 }, { name: 'Öresund Bygg (Malmö)', score: 0.95 }];
    const contacts = [{ name: 'Malin Berg', score: 0.5 }, { name: 'Jonas Mattsson', score: 0.33 }];
    const [a, c] = keepRelevant([accounts, contacts]);
    expect(a).toHaveLength(2);
    expect(c).toEqual([]);
  });
  it('keeps the weak hits of a misspelt name when nothing matches better', () => {
    const [a, c] = keepRelevant([[{ score: 0.45 }], [{ score: 0.31 }]]);
    expect(a).toHaveLength(1);
    expect(c).toHaveLength(1);
  });
  it('answers nothing for nothing', () => {
    expect(keepRelevant([[], []])).toEqual([[], []]);
  });
});
