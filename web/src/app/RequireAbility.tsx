import type { ReactNode } from 'react';
import type { Abilities } from '@contract/auth';
import { useSession } from '../shared/session/session';
import { NotFoundPage } from './NotFoundPage';

/** Pages only some users may open; others see "not found" (the nav does not offer them either). */
export function RequireAbility({ can, children }: { can: keyof Abilities; children: ReactNode }) {
  const me = useSession();
  return me.can[can] ? children : <NotFoundPage />;
}
