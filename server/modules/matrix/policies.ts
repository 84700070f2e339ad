import { rolesOnly, signedIn } from '@domain/policy';

export const matrixPolicies = {
  read: signedIn('any signed-in user'),
  mark: rolesOnly('sellers and sales leaders', ['seller', 'sales_leader', 'management', 'admin']),
};
