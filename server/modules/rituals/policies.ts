import { publicAccess, rolesOnly, signedIn } from '@domain/policy';

export const ritualPolicies = {
  read: signedIn('any signed-in user'),
  /** Leaders start schemes and have pairs proposed. */
  manage: rolesOnly('sales leaders, management and admins', ['sales_leader', 'management', 'admin']),
  /** Taking part: sellers and leaders (whose visit it is is checked in the service). */
  take: rolesOnly('sellers and leaders', ['seller', 'sales_leader', 'management', 'admin']),
  /** One's own calendar feed address. */
  ownFeed: signedIn('a signed-in user, for their own calendar feed'),
  /** The feed itself: whoever holds its secret address (calendar apps cannot sign in). */
  feed: publicAccess('whoever holds the secret calendar feed address'),
};
