import { rolesOnly, signedIn } from '@domain/policy';

export const forumPolicies = {
  read: signedIn('any signed-in user'),
  /** Leaders set forums up; members (checked in the service) and leaders record meetings. */
  manage: rolesOnly('sales leaders, management and admins', ['sales_leader', 'management', 'admin']),
  record: rolesOnly('sellers and leaders', ['seller', 'sales_leader', 'management', 'admin']),
};
