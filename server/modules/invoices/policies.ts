import { rolesOnly, signedIn } from '@domain/policy';

export const invoicePolicies = {
  read: signedIn('any signed-in user'),
  /** The finance system posts with an admin's API key. */
  write: rolesOnly('admins (the finance integration)', ['admin']),
};
