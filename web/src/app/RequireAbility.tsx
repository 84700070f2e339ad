import type { ReactNode } from 'react';
import type { Abilities } from '@contract/auth';
import { useSession } from '../shared/session/session';
import { NotFoundPage } from './NotFoundPage';

interface Props {
  /** An ability the server grants (`me.can`). */
  can: keyof Abilities;
  children: ReactNode;
}

/** Pages only some users may open; others see "not found" (the nav does not offer them either). */
export function RequireAbility({ can, children }: Props) {
  const me = useSession();
  return me.can[can] ? children : <NotFoundPage />;
}
