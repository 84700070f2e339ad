import { rolesOnly, signedIn } from '@domain/policy';

export const retentionPolicies = {
  /** The churn report, the win-back list and a customer's health are read by everyone, like the rest of the customer's story. */
  read: signedIn('any signed-in user'),
  /** Starting a win-back opens an opportunity: the customer's owner, their leaders, admins (checked in the service). */
  winBack: rolesOnly('sellers (their customers), sales leaders, management and admins', ['seller', 'sales_leader', 'management', 'admin']),
  /** The organisation's list of churn reasons. */
  manageReasons: rolesOnly('admins', ['admin']),
};
