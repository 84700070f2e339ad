import { describe, expect, it } from 'vitest';
import type { Process } from '@contract/opportunities';
import {
  addStage,
  canMove,
  canRemove,
  draftOf,
  gateFields,
  keyFor,
  moveStage,
  problemsOf,
  removeStage,
  sameStages,
  toInput,
} from './stageDraft';

const stage = (id: string, key: string, position: number, outcome: 'open' | 'won' | 'lost' = 'open') => ({
  id,
  key,
  name: key[0]!.toUpperCase() + key.slice(1),
  position,
  probability: outcome === 'won' ? 100 : outcome === 'lost' ? 0 : 10 * (position + 1),
  optional: false,
  outcome,
  requiredFields: outcome === 'won' ? ['signedOn', 'lines'] : [],
});

// Won comes before an open stage on purpose: the editor keeps Won and Lost last.
const process: Process = {
  id: 'p',
  name: 'Global',
  salesGroupId: null,
  marketId: null,
  stages: [stage('a', 'identified', 0), stage('w', 'won', 1, 'won'), stage('b', 'negotiation', 2), stage('l', 'lost', 3, 'lost')],
};

describe('the stage editor’s draft', () => {
  it('lists the open stages in order, then Won and Lost', () => {
    expect(draftOf(process).map((s) => s.key)).toEqual(['identified', 'negotiation', 'won', 'lost']);
  });

  it('moves open stages among themselves and never past Won or Lost', () => {
    const d = draftOf(process);
    expect(moveStage(d, 1, -1).map((s) => s.key)).toEqual(['negotiation', 'identified', 'won', 'lost']);
    expect(canMove(d, 1, 1)).toBe(false);
    expect(moveStage(d, 1, 1)).toBe(d);
    expect(canMove(d, 2, -1)).toBe(false);
    expect(canMove(d, 0, -1)).toBe(false);
  });

  it('adds a stage before Won and keeps at least one open stage', () => {
    const d = addStage(draftOf(process), 'Technical review');
    expect(d.map((s) => s.name)).toEqual(['Identified', 'Negotiation', 'Technical review', 'Won', 'Lost']);
    expect(canRemove(d, 3)).toBe(false);
    const one = removeStage(removeStage(d, 0), 0);
    expect(one.filter((s) => s.outcome === 'open')).toHaveLength(1);
    expect(canRemove(one, 0)).toBe(false);
    expect(removeStage(one, 0)).toBe(one);
  });

  it('gives a new stage a key from its name that was never taken, and keeps existing keys', () => {
    expect(keyFor('Technical review', new Set())).toBe('technical_review');
    expect(keyFor('Förhandling – steg 2', new Set())).toBe('forhandling_steg_2');
    expect(keyFor('2nd meeting', new Set())).toBe('stage_2nd_meeting');
    expect(keyFor('!', new Set())).toBe('stage');
    expect(keyFor('Negotiation', new Set(['negotiation', 'negotiation_2']))).toBe('negotiation_3');
    const renamed = draftOf(process).map((s) => (s.key === 'negotiation' ? { ...s, name: 'Final terms' } : s));
    const input = toInput(addStage(renamed, 'Identified'), ['identified', 'old_key']);
    expect(input.stages.map((s) => s.key)).toEqual(['identified', 'negotiation', 'identified_2', 'won', 'lost']);
    expect(input.stages[1]).toMatchObject({ id: 'b', name: 'Final terms' });
    expect(input.stages[2]).not.toHaveProperty('id');
    for (const key of input.stages.map((s) => s.key)) expect(key).toMatch(/^[a-z][a-z0-9_]{1,40}$/);
  });

  it('flags names and probabilities the API would refuse', () => {
    const d = draftOf(process).map((s, i) => (i === 0 ? { ...s, name: ' ', probability: '' } : i === 1 ? { ...s, probability: 101 } : s));
    const problems = problemsOf(d);
    expect([...(problems.get('a') ?? [])].sort()).toEqual(['name', 'probability']);
    expect([...(problems.get('b') ?? [])]).toEqual(['probability']);
    expect(problems.has('w')).toBe(false);
  });

  it('knows when nothing changed', () => {
    expect(sameStages(draftOf(process), draftOf(process))).toBe(true);
    expect(sameStages(draftOf(process), moveStage(draftOf(process), 1, -1))).toBe(false);
  });

  it('offers the gate fields the API accepts', () => {
    expect(gateFields).toContain('quoteSentOn');
    expect(gateFields).toContain('lostReason');
  });
});
