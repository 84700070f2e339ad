import { signedIn } from '@domain/policy';

export const viewPolicies = {
  /** Own views, and views others shared. Deleting is limited to the owner in the service. */
  use: signedIn('any signed-in user'),
};
