import { rolesOnly, signedIn } from '@domain/policy';

export const coveragePolicies = {
  /** Who covers an account and the conflicts: everyone sees them (A3). */
  read: signedIn('any signed-in user'),
  /** Setting a group's coverage: its global owner, their leaders and admins (checked in the service). */
  edit: rolesOnly('the global account owner (sellers, leaders, management) and admins', ['seller', 'sales_leader', 'management', 'admin']),
};
