import { rolesOnly } from '@domain/policy';

export const backupPolicies = {
  /** A backup holds everything: only admins take one. */
  backUp: rolesOnly('admins', ['admin']),
};
