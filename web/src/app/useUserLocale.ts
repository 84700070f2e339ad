import { useLayoutEffect, useRef } from 'react';
import type { Me } from '@contract/auth';
import { switchLocale } from '../shared/i18n/i18n';

/**
 * When a user signs in (or the page loads signed in), the UI takes their saved language.
 * Later switches go the other way: the header saves them on the user.
 */
export function useUserLocale(me: Me | null | undefined): void {
  const appliedFor = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (!me || appliedFor.current === me.user.id) return;
    appliedFor.current = me.user.id;
    void switchLocale(me.user.locale);
  }, [me]);
}
