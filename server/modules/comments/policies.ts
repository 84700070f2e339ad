import { signedIn } from '@domain/policy';

export const commentPolicies = {
  /** Comments are read by everyone, like the rest of the customer's story. */
  read: signedIn('any signed-in user'),
  /** Anyone may comment and mention; deleting is the author's (or an admin's), checked in the service. */
  write: signedIn('any signed-in user (deleting checked in the service)'),
};
