import type { ReactNode } from 'react';
import type { Abilities, Me } from '@contract/auth';
import { useSession } from '../shared/session/session';
import { NotFoundPage } from './NotFoundPage';

interface Props {
  /** An ability the server grants (`me.can`) … */
  can?: keyof Abilities;
  /** … or a rule over the signed-in user (e.g. roles that may import). */
  allowed?: (me: Me) => boolean;
  children: ReactNode;
}

/** Pages only some users may open; others see "not found" (the nav does not offer them either). */
export function RequireAbility({ can, allowed, children }: Props) {
  const me = useSession();
  const ok = (can === undefined || me.can[can]) && (allowed === undefined || allowed(me));
  return ok ? children : <NotFoundPage />;
}
