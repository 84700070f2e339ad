import { useState } from 'react';
import type { Locale, Role } from '@contract/common';
import { NONE } from './options';

export interface UserFormValues {
  name: string;
  email: string;
  password: string;
  role: Role;
  locale: Locale;
  salesGroupId: string;
  marketId: string;
}

export const emptyUserForm: UserFormValues = {
  name: '',
  email: '',
  password: '',
  role: 'seller',
  locale: 'en',
  salesGroupId: NONE,
  marketId: NONE,
};

/** Form values plus per-field errors; editing a field clears its error. */
export function useUserForm(initial: UserFormValues) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = <K extends keyof UserFormValues>(key: K, value: UserFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors(({ [key]: _cleared, ...rest }) => rest);
  };
  const reset = (next: UserFormValues = initial) => {
    setValues(next);
    setErrors({});
  };
  return { values, errors, set, setErrors, reset };
}
