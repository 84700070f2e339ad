import { describe, expect, it } from 'vitest';
import { stageListProblems, type ProposedStage } from './stage-list';

const open = (key: string, id?: string): ProposedStage => ({ key, id, outcome: 'open' });
const won: ProposedStage = { key: 'won', id: 'w', outcome: 'won' };
const lost: ProposedStage = { key: 'lost', id: 'l', outcome: 'lost' };
const current = [
  { id: 'a', key: 'identified' },
  { id: 'w', key: 'won' },
  { id: 'l', key: 'lost' },
];

describe('a process’s stage list', () => {
  it('accepts open stages followed by Won and Lost, new stages with new keys', () => {
    expect(stageListProblems([open('identified', 'a'), open('demo'), won, lost], current)).toEqual([]);
  });
  it('needs exactly one Won and one Lost, and those last', () => {
    expect(stageListProblems([open('identified', 'a'), won, open('demo')], current)[0]?.message).toMatch(/exactly one Won and one Lost/);
    expect(stageListProblems([won, open('identified', 'a'), lost], current)[0]?.message).toMatch(/come last/);
  });
  it('refuses a duplicate key and a changed key of an existing stage', () => {
    expect(stageListProblems([open('identified', 'a'), open('identified'), won, lost], current)).toEqual([
      { path: 'body.stages.1.key', message: 'The key "identified" is used twice.' },
    ]);
    expect(stageListProblems([open('renamed', 'a'), won, lost], current)[0]).toMatchObject({ path: 'body.stages.0.key' });
  });
});
