import { signedIn } from '@domain/policy';

export const taskPolicies = {
  /** Tasks are visible like the rest of the customer's story; whose they are is checked on every change. */
  read: signedIn('any signed-in user'),
  /** Anyone gives themselves a task; giving one to another, changing or ticking one is checked in the service. */
  write: signedIn('any signed-in user (ownership checked in the service)'),
};
