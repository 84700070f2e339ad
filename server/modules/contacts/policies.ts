import { signedIn } from '@domain/policy';

export const contactPolicies = {
  read: signedIn('any signed-in user'),
  write: signedIn('any signed-in user: every group keeps the shared memory up to date'),
  consent: signedIn('the account’s owner, their leaders, marketing and admins (checked on the contact: domain/consent.ts)'),
};
