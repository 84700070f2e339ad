import { describe, expect, it } from 'vitest';
import { fold } from './fold';

describe('folding text for matching', () => {
  it('ignores case and Nordic accents', () => {
    expect(fold('Malmö')).toBe('malmo');
    expect(fold('Bjørn Ærø')).toBe('bjorn aero');
    expect(fold('ÅSA')).toBe('asa');
  });
});
