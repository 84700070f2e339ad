import type { z } from 'zod';
import { useSchemaForm, type SchemaFormOptions } from '../../shared/forms/useSchemaForm';

/**
 * A settings form edited in place: the schema form, plus what differs from the saved values
 * (`changed`, for a patch of only those), whether anything does (`dirty`) and `undo`.
 */
export function useSettingsForm<Values extends Record<string, unknown>, S extends z.ZodType>(
  saved: Values,
  options: Omit<SchemaFormOptions<Values, S>, 'initialValues'>,
) {
  const form = useSchemaForm({ ...options, initialValues: saved });
  const changed = (Object.keys(saved) as (keyof Values & string)[]).filter((key) => form.values[key] !== saved[key]);
  const undo = () => {
    form.setValues(saved);
    form.clearErrors();
  };
  /** Of a parsed body, only the fields that changed: a PATCH. */
  const patchOf = <T extends object>(input: T): Partial<T> =>
    Object.fromEntries(changed.filter((key) => key in input).map((key) => [key, input[key as keyof T]])) as Partial<T>;
  return Object.assign(form, { changed, dirty: changed.length > 0, undo, patchOf });
}
