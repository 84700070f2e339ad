import { rolesOnly, signedIn } from '@domain/policy';

export const accountPolicies = {
  /** Every group sees every customer: one shared memory (A3). */
  read: signedIn('any signed-in user'),
  write: rolesOnly('sellers, leaders, marketing, management and admins', ['seller', 'sales_leader', 'marketing', 'management', 'admin']),
  /** Declaring a customer lost (churn) is a leader's call, or the owner's (checked in the service). */
  /** Giving several accounts to another seller at once: leaders and admins (each account checked in the service). */
  reassign: rolesOnly('sales leaders and admins', ['sales_leader', 'admin']),
  markLost: rolesOnly('sellers (own accounts), leaders and admins', ['seller', 'sales_leader', 'admin']),
};
