import { rolesOnly, signedIn } from '@domain/policy';

export const planPolicies = {
  /** Account plans are read by everyone, like the rest of the customer's story. */
  read: signedIn('any signed-in user'),
  /** Writing a plan: the account's owner, their leaders and admins (checked in the service). */
  write: rolesOnly('sellers (their accounts), sales leaders, management and admins', ['seller', 'sales_leader', 'management', 'admin']),
  /** The leaders' list of important accounts without a (current) plan. */
  coverage: rolesOnly('sales leaders, management and admins', ['sales_leader', 'management', 'admin']),
};
