import { useState } from 'react';

/** A small form's values and per-field errors; editing a field clears its error. `dirty` compares with what was saved. */
export function useDraft<V extends object>(saved: V) {
  const [values, setValues] = useState(saved);
  const [errors, setErrors] = useState<Partial<Record<keyof V & string, string>>>({});
  const set = <K extends keyof V & string>(key: K, value: V[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors(({ [key]: _cleared, ...rest }) => rest as Partial<Record<keyof V & string, string>>);
  };
  const reset = (next: V = saved) => {
    setValues(next);
    setErrors({});
  };
  const dirty = (Object.keys(saved) as (keyof V)[]).some((key) => values[key] !== saved[key]);
  /** The fields whose values differ from what was saved. */
  const changed = (Object.keys(saved) as (keyof V)[]).filter((key) => values[key] !== saved[key]);
  return { values, errors, set, setErrors, reset, dirty, changed };
}
