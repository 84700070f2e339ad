import { useForm, type FormErrors, type UseFormReturnType } from '@mantine/form';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { clientFieldErrors, serverFieldErrors, type FieldMessages } from './fieldErrors';

type Schema = z.ZodType;

export interface SchemaFormOptions<Values, S extends Schema> {
  initialValues: Values;
  /**
   * The contract's schema of the request body. A form in the first download (sign-in, quick log)
   * passes a loader instead, so that zod comes after the first screen: it is fetched when the form
   * is shown, and a submit waits for it.
   */
  schema: S | (() => Promise<S>);
  /** The request body from the form's values (e.g. "none" → null); the values themselves by default. */
  toInput?: (values: Values) => unknown;
  /** A field's own words when it is missing or wrong, instead of the general "Required" (by the form's field name). */
  messages?: FieldMessages;
  /** Where the body's fields have other names in the form, e.g. `{ accountId: 'account' }`. */
  fieldOf?: Partial<Record<string, string>>;
}

type Validate<Values> = (values: Values) => FormErrors | Promise<FormErrors>;

export type SchemaForm<Values, S extends Schema> = UseFormReturnType<Values, z.output<S>, Validate<Values>> & {
  /** Shows a server `validation_failed` at its fields; false when no field of this form was named. */
  setServerErrors: (error: unknown) => boolean;
};

/**
 * A form (@mantine/form) validated with the contract's schema: the errors are translated and shown
 * at their fields, and a submit hands over the parsed body — trimmed, with defaults — exactly as the
 * server will read it. The server still decides; this is the same rule said early.
 */
export function useSchemaForm<Values extends Record<string, unknown>, S extends Schema>(
  options: SchemaFormOptions<Values, S>,
): SchemaForm<Values, S> {
  const { t } = useTranslation();
  const { schema, messages, fieldOf = {} } = options;
  const rename = (path: string) => fieldOf[path] ?? path;
  const toInput = options.toInput ?? ((values: Values): unknown => values);
  const loaded = useRef<S | null>(null);
  // a schema given as a value is the current one on every render: it may follow what the server presented (a stage's gate)
  if (typeof schema !== 'function') loaded.current = schema;
  const loading = useRef<Promise<S> | null>(null);
  const load = (): Promise<S> => {
    if (typeof schema !== 'function') return Promise.resolve(schema);
    loading.current ??= schema().then((s) => (loaded.current = s));
    return loading.current;
  };
  useEffect(() => {
    // start fetching a lazily loaded schema as soon as the form is on screen
    void load().catch(() => {
      loading.current = null; // offline or a failed chunk: tried again at submit
    });
  }, []); // once per form

  const errorsOf = (s: S, values: Values) => {
    const input = toInput(values);
    const result = s.safeParse(input);
    return result.success ? {} : clientFieldErrors(result.error.issues, t, input, messages, rename);
  };

  const validate: Validate<Values> = (values) =>
    loaded.current ? errorsOf(loaded.current, values) : load().then((s) => errorsOf(s, values));
  const form = useForm<Values, z.output<S>, FormErrors | Promise<FormErrors>>({
    mode: 'controlled',
    initialValues: options.initialValues,
    validate,
    // only called after validation succeeded, so the schema is there and parses
    transformValues: (values) => (loaded.current ? loaded.current.parse(toInput(values)) : (toInput(values) as z.output<S>)),
  });

  const setServerErrors = (error: unknown) => {
    const errors = serverFieldErrors(error, t, messages, rename);
    const known = Object.keys(errors).filter(
      (field) => field in form.values || Object.keys(form.values).some((k) => field.startsWith(`${k}.`)),
    );
    if (known.length === 0) return false;
    form.setErrors(Object.fromEntries(known.map((field) => [field, errors[field]])));
    return true;
  };

  return Object.assign(form, { setServerErrors });
}
