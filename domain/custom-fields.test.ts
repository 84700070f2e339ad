import { describe, expect, it } from 'vitest';
import {
  customValueProblems,
  definitionProblems,
  describeProblem,
  mergeCustomValues,
  readCustomValue,
  showCustomValue,
  type CustomFieldRule,
} from './custom-fields';

const rule = (key: string, type: CustomFieldRule['type'], extra: Partial<CustomFieldRule> = {}): CustomFieldRule => ({
  key,
  type,
  labels: { en: key },
  choices: [],
  archived: false,
  ...extra,
});
const rules = [
  rule('region', 'text'),
  rule('fleet', 'number'),
  rule('audit_on', 'date'),
  rule('tier', 'choice', {
    labels: { en: 'Tier' },
    choices: [
      { key: 'gold', labels: { en: 'Gold', sv: 'Guld' } },
      { key: 'silver', labels: { en: 'Silver' } },
    ],
  }),
  rule('old', 'text', { archived: true }),
];

describe('customValueProblems', () => {
  it('accepts values of the right type, and null to clear any known field', () => {
    expect(customValueProblems(rules, { region: 'Vestland', fleet: 4.5, audit_on: '2024-02-29', tier: 'gold', old: null })).toEqual([]);
  });

  it('names each wrong value with its problem', () => {
    expect(
      customValueProblems(rules, {
        region: 12,
        fleet: '12',
        audit_on: '2023-02-29',
        tier: 'Gold',
        old: 'x',
        colour: 'red',
      }),
    ).toEqual([
      { key: 'region', problem: 'not_text' },
      { key: 'fleet', problem: 'not_a_number' },
      { key: 'audit_on', problem: 'not_a_date' },
      { key: 'tier', problem: 'not_a_choice' },
      { key: 'old', problem: 'archived_field' },
      { key: 'colour', problem: 'unknown_field' },
    ]);
    expect(customValueProblems(rules, { region: 'x'.repeat(1001), fleet: Infinity })).toEqual([
      { key: 'region', problem: 'too_long' },
      { key: 'fleet', problem: 'not_a_number' },
    ]);
  });

  it('says the choices when a value is not one of them', () => {
    expect(describeProblem(rules[3], { key: 'tier', problem: 'not_a_choice' })).toBe('“Tier” (tier) takes one of: Gold, Silver.');
  });
});

describe('reading and merging values', () => {
  it('reads text cells as the field’s type: decimal comma, a choice by key or any label', () => {
    expect(readCustomValue(rules[1]!, '1 234,5')).toEqual({ value: 1234.5 });
    expect(readCustomValue(rules[1]!, 'many')).toEqual({ problem: 'not_a_number' });
    expect(readCustomValue(rules[3]!, 'guld')).toEqual({ value: 'gold' });
    expect(readCustomValue(rules[3]!, 'SILVER')).toEqual({ value: 'silver' });
    expect(readCustomValue(rules[3]!, 'bronze')).toEqual({ problem: 'not_a_choice' });
    expect(readCustomValue(rules[2]!, '04.05.2026')).toEqual({ problem: 'not_a_date' });
    expect(readCustomValue(rules[0]!, '  ')).toEqual({ value: null });
  });

  it('merges a patch: the keys given change, null or empty clears', () => {
    expect(mergeCustomValues({ region: 'A', fleet: 1 }, { region: null, tier: 'gold', fleet: '' })).toEqual({ tier: 'gold' });
  });

  it('shows a choice by its label in the locale, falling back to English', () => {
    expect(showCustomValue(rules[3]!, 'gold', 'sv')).toBe('Guld');
    expect(showCustomValue(rules[3]!, 'silver', 'nb')).toBe('Silver');
    expect(showCustomValue(rules[1]!, undefined, 'en')).toBe('');
  });

  it('a definition: a choice field lists distinct choices, others none', () => {
    expect(definitionProblems({ type: 'choice', choices: [] })).toEqual(['A choice field needs at least one choice.']);
    expect(definitionProblems({ type: 'text', choices: [{ key: 'a', labels: { en: 'A' } }] })).toEqual([
      'Only a choice field has choices.',
    ]);
    expect(
      definitionProblems({
        type: 'choice',
        choices: [
          { key: 'a', labels: { en: 'A' } },
          { key: 'a', labels: { sv: 'B' } },
        ],
      }),
    ).toEqual(['Two choices have the same key.']);
  });
});
