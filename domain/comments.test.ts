import { describe, expect, it } from 'vitest';
import { mentionReceivers, subjectLink } from './comments';

describe('comments', () => {
  it('notifies each person mentioned once, never the author', () => {
    expect(mentionReceivers('a', ['b', 'a', 'c', 'b'])).toEqual(['b', 'c']);
  });
  it('links to the page of what was commented on', () => {
    expect(subjectLink('opportunity', 'x')).toBe('/pipeline/x');
    expect(subjectLink('handoff', 'x')).toBe('/cross-selling/handoffs/x');
    expect(subjectLink('account', 'x')).toBe('/accounts/x');
  });
});
