import { describe, expect, it } from 'vitest';
import { insertMention, mentionQuery, stillMentioned } from './mentions';

describe('mentions', () => {
  it('finds the name being typed after @', () => {
    expect(mentionQuery('Hi @Kar', 7)).toEqual({ start: 3, query: 'Kar' });
    expect(mentionQuery('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionQuery('mail@example', 12)).toBeNull();
    expect(mentionQuery('Hi @Kari and', 12)).toBeNull();
    expect(mentionQuery('Hej @Åsa', 8)).toEqual({ start: 4, query: 'Åsa' });
  });
  it('inserts the full name and keeps the rest', () => {
    expect(insertMention('Hi @Kar, see', 3, 7, 'Kari Nordmann')).toEqual({ text: 'Hi @Kari Nordmann , see', caret: 18 });
  });
  it('keeps only mentions still in the text, once each', () => {
    const kari = { id: '1', name: 'Kari Nordmann' };
    const ola = { id: '2', name: 'Ola Dunk' };
    expect(stillMentioned('@Kari Nordmann hello', [kari, ola, kari])).toEqual([kari]);
  });
});
