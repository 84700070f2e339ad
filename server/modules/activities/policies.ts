import { signedIn } from '@domain/policy';

export const activityPolicies = {
  /** The timeline is visible to every sales group (A3). */
  read: signedIn('any signed-in user: the timeline is shared by all groups'),
  /** Anyone may log; editing is limited to the author (and leaders/admins) in the service. */
  write: signedIn('any signed-in user'),
};
