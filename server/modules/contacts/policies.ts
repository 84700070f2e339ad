import { signedIn } from '@domain/policy';

export const contactPolicies = {
  read: signedIn('any signed-in user'),
  write: signedIn('any signed-in user: every group keeps the shared memory up to date'),
};
