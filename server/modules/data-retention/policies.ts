import { rolesOnly } from '@domain/policy';

export const dataRetentionPolicies = {
  /** How long personal data is kept is the organisation's decision, made by an admin. */
  manage: rolesOnly('admins', ['admin']),
};
