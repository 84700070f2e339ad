import { rolesOnly } from '../../domain/policy';

export const importPolicies = {
  /** Bringing data in from other systems: leaders, marketing, management and admins. */
  run: rolesOnly('sales leaders, marketing, management and admins', ['sales_leader', 'marketing', 'management', 'admin']),
};
