import { describe, expect, it } from 'vitest';
import { KnowledgeCard } from '@contract/products';
import { demoGroups } from './catalogue';
import { demoCards } from './cards';
describe('demo cards', () => {
  it('cover every product in every language and are valid', () => {
    const codes = demoGroups.flatMap((g) => g.families.flatMap((f) => f.products.map(([c]) => c)));
    expect(Object.keys(demoCards).sort()).toEqual([...codes].sort());
    for (const c of codes) for (const l of ['en', 'sv', 'nb'] as const) KnowledgeCard.parse(demoCards[c]![l]);
  });
});
