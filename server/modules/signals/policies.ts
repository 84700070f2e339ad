import { publicAccess, rolesOnly, signedIn } from '@domain/policy';

export const signalPolicies = {
  /** Page views from the company's site or its tools: a site token or a marketing/admin API key, checked in the service; rate-limited. */
  ingest: publicAccess('page views from the company’s site (site token or API key, rate-limited)'),
  /** Events from the tracking script in a visitor's browser: the site's public key, checked in the service; rate-limited per site. */
  collect: publicAccess('the tracking script on the company’s site (its public site key, rate-limited)'),
  /** The tracking script itself: a static file the company's pages load. */
  script: publicAccess('the tracking script, loaded by the company’s pages'),
  /** The settings, sites and page→product rules: marketing and admins. */
  manage: rolesOnly('marketing and admins', ['marketing', 'admin']),
  /** The visits of an account's people: every signed-in user, as the account's timeline (all groups see the shared memory). */
  read: signedIn('every signed-in user (the shared customer memory)'),
};
