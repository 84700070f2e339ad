import { rolesOnly, signedIn } from '@domain/policy';

export const handoffPolicies = {
  /** Handoffs are visible to every group: the giver follows what happens, the forum reviews them. */
  read: signedIn('any signed-in user'),
  give: rolesOnly('sellers, sales leaders and management', ['seller', 'sales_leader', 'management', 'admin']),
  /** Reporting back is for the receiving group (checked in the service). */
  report: rolesOnly('sellers and sales leaders of the receiving group', ['seller', 'sales_leader', 'management', 'admin']),
};
