import { signedIn } from '@domain/policy';

export const notificationPolicies = { own: signedIn('a signed-in user, for their own notifications') };
