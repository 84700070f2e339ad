import { rolesOnly, signedIn } from '@domain/policy';

export const productPolicies = {
  read: signedIn('any signed-in user'),
  /** Cards are edited by the owning group's leader (checked in the service) or an admin. */
  editCard: rolesOnly('the owning group’s leader, or admins', ['sales_leader', 'admin']),
};
