import { rolesOnly, signedIn } from '@domain/policy';

export const adoptionPolicies = {
  /** Everyone has their own first steps, and only their own. */
  own: signedIn('any signed-in user, for themselves'),
  /** The rollout as a whole: who uses Korsa, per group, market and week. */
  report: rolesOnly('admins', ['admin']),
};
