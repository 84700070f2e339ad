import { rolesOnly, signedIn } from '@domain/policy';

export const customFieldPolicies = {
  /** Everyone signed in sees the fields: they show, edit and filter records with them. */
  read: signedIn('any signed-in user'),
  /** Defining, changing and archiving fields. */
  manage: rolesOnly('admins', ['admin']),
};
