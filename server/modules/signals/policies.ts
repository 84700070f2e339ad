import { publicAccess, rolesOnly, signedIn } from '@domain/policy';

export const signalPolicies = {
  /** Page views from the company's site or its tools: a site token or a marketing/admin API key, checked in the service; rate-limited. */
  ingest: publicAccess('page views from the company’s site (site token or API key, rate-limited)'),
  /** The settings, sites and page→product rules: marketing and admins. */
  manage: rolesOnly('marketing and admins', ['marketing', 'admin']),
  /** The visits of an account's people: every signed-in user, as the account's timeline (all groups see the shared memory). */
  read: signedIn('every signed-in user (the shared customer memory)'),
};
