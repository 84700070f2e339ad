import { describe, expect, it } from 'vitest';
import { rankSuggestions } from './suggestions';

describe('cross-sell suggestions', () => {
  const input = {
    pairs: [
      { antecedent: 'fleet', candidate: 'charging', both: 32 },
      { antecedent: 'fleet', candidate: 'cleaning', both: 10 },
      { antecedent: 'telematics', candidate: 'charging', both: 5 },
      { antecedent: 'fleet', candidate: 'rare', both: 2 },
    ],
    antecedentCounts: { fleet: 50, telematics: 6 },
    candidateCounts: { charging: 40, cleaning: 60, rare: 2 },
    peers: 100,
    exclude: new Set(['fleet', 'telematics']),
  };

  it('ranks by the strongest rule and explains it', () => {
    const s = rankSuggestions(input);
    expect(s.map((x) => x.productId)).toEqual(['charging', 'cleaning']);
    // telematics → charging (5/6 = 0.83) beats fleet → charging (32/50 = 0.64)
    expect(s[0]).toMatchObject({ because: 'telematics', support: 5 });
    expect(s[0]!.confidence).toBeCloseTo(0.833, 3);
    expect(s[0]!.lift).toBeCloseTo(0.833 / 0.4, 2);
    expect(s[1]).toMatchObject({ productId: 'cleaning', because: 'fleet', confidence: 0.2 });
  });

  it('ignores rules with too little support and products the customer has or rejected', () => {
    expect(rankSuggestions(input).map((x) => x.productId)).not.toContain('rare');
    expect(rankSuggestions({ ...input, exclude: new Set(['fleet', 'telematics', 'charging']) }).map((x) => x.productId)).toEqual([
      'cleaning',
    ]);
  });

  it('suggests what most peers own to a customer that owns nothing yet', () => {
    const s = rankSuggestions({
      pairs: [],
      antecedentCounts: {},
      candidateCounts: { cleaning: 60, charging: 40, rare: 2 },
      peers: 100,
      exclude: new Set(),
    });
    expect(s.map((x) => [x.productId, x.because])).toEqual([
      ['cleaning', null],
      ['charging', null],
    ]);
  });
});
