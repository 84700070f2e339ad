import { rolesOnly, signedIn } from '@domain/policy';

export const orgPolicies = {
  read: signedIn('any signed-in user'),
  manage: rolesOnly('admins', ['admin']),
};
