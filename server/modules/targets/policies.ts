import { rolesOnly, signedIn } from '@domain/policy';

export const targetPolicies = {
  read: signedIn('any signed-in user'),
  set: rolesOnly('sales leaders, management and admins', ['sales_leader', 'management', 'admin']),
};
