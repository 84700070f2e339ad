import { createContext, useContext, type ReactNode } from 'react';
import type { Me } from '@contract/auth';

/**
 * The signed-in user, provided by the app shell once `/api/me` has answered.
 * Features read it from here so that they need not import the auth feature.
 */
const SessionContext = createContext<Me | null>(null);

export function SessionProvider({ me, children }: { me: Me; children: ReactNode }) {
  return <SessionContext.Provider value={me}>{children}</SessionContext.Provider>;
}

export function useSession(): Me {
  const me = useContext(SessionContext);
  if (!me) throw new Error('useSession() is only available on pages for signed-in users.');
  return me;
}
