import { rolesOnly, signedIn } from '@domain/policy';

export const adoptionPolicies = {
  /** Everyone has their own first steps, and only their own. */
  own: signedIn('any signed-in user, for themselves'),
  /** One's page tours and "what's new": the service refuses anyone else's. */
  ownGuidance: signedIn('a signed-in user, for their own guidance (the service refuses anyone else’s)'),
  /** The rollout as a whole: who uses Korsa, per group, market and week. */
  report: rolesOnly('admins', ['admin']),
};
