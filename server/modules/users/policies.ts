import { rolesOnly, signedIn } from '@domain/policy';

export const userPolicies = {
  /** Everyone sees who their colleagues are (names, groups, markets): transparency across groups. */
  read: signedIn('any signed-in user'),
  manage: rolesOnly('admins', ['admin']),
};
