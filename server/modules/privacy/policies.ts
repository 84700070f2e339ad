import { rolesOnly } from '@domain/policy';

export const privacyPolicies = {
  /** A person's data request — their export and their erasure — is answered by an admin. */
  handleRequests: rolesOnly('admins', ['admin']),
};
