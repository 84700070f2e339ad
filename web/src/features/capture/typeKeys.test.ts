import { describe, expect, it } from 'vitest';
import { typeFromKey } from './typeKeys';

const key = (code: string, mods: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) => ({
  code,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});

describe('choosing the type in quick-log with the keyboard', () => {
  it('takes Alt+1…6 anywhere', () => {
    expect(typeFromKey(key('Digit1', { altKey: true }), false)).toBe('call');
    expect(typeFromKey(key('Digit6', { altKey: true }), false)).toBe('task');
    expect(typeFromKey(key('Numpad2', { altKey: true }), false)).toBe('meeting');
  });

  it('takes plain digits only on the type control, so that text may contain numbers', () => {
    expect(typeFromKey(key('Digit4'), true)).toBe('note');
    expect(typeFromKey(key('Digit4'), false)).toBeNull();
  });

  it('ignores other keys and browser shortcuts', () => {
    expect(typeFromKey(key('Digit7', { altKey: true }), false)).toBeNull();
    expect(typeFromKey(key('KeyL', { altKey: true }), false)).toBeNull();
    expect(typeFromKey(key('Digit1', { ctrlKey: true }), true)).toBeNull();
  });
});
