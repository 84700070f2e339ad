import { rolesOnly, signedIn } from '@domain/policy';

export const accountPolicies = {
  /** Every group sees every customer: one shared memory (A3). */
  read: signedIn('any signed-in user'),
  write: rolesOnly('sellers, leaders, marketing, management and admins', ['seller', 'sales_leader', 'marketing', 'management', 'admin']),
  /** Declaring a customer lost (churn) is a leader's call, or the owner's (checked in the service). */
  markLost: rolesOnly('sellers (own accounts), leaders and admins', ['seller', 'sales_leader', 'admin']),
};
