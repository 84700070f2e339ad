import { loggableTypes, type LoggableType } from '../../shared/domain/vocabulary';

/**
 * The type a key press chooses in quick-log: Alt+1…6 anywhere, or 1…6 while the type control has focus
 * (physical digit keys, so that Option+1 on a Mac works too). Null for any other key.
 */
export function typeFromKey(
  event: { code: string; altKey: boolean; ctrlKey: boolean; metaKey: boolean },
  onTypeControl: boolean,
): LoggableType | null {
  const match = /^(?:Digit|Numpad)([1-6])$/.exec(event.code);
  if (!match || event.ctrlKey || event.metaKey) return null;
  if (!event.altKey && !onTypeControl) return null;
  return loggableTypes[Number(match[1]) - 1] ?? null;
}
