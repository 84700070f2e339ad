import { signedIn } from '@domain/policy';

export const notificationPolicies = {
  own: signedIn('a signed-in user, for their own notifications'),
  ownAlerts: signedIn('a signed-in user, for their own alert preferences (the service refuses anyone else’s)'),
};
