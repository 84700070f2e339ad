import { markPassiveAccounts } from './modules/accounts/service';
import { pruneAuthData } from './modules/auth/service';
import { chaseHandoffs } from './modules/handoffs/service';
import { emailNotifications } from './modules/notifications/service';
import { alertStaleDeals, proposeTimedOut } from './modules/opportunities/service-aging';
import { alertBehindPace } from './modules/targets/service';
import type { Job } from './platform/jobs';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Every scheduled job of the application. */
export const jobs: Job[] = [
  { name: 'auth.prune', everyMs: HOUR, run: pruneAuthData },
  { name: 'accounts.mark_passive', everyMs: 6 * HOUR, run: async (ctx) => void (await markPassiveAccounts(ctx)) },
  { name: 'notifications.email', everyMs: MINUTE, exclusive: false, run: async (ctx) => void (await emailNotifications(ctx)) },
  { name: 'handoffs.chase', everyMs: HOUR, run: async (ctx) => void (await chaseHandoffs(ctx)) },
  { name: 'opportunities.propose_timed_out', everyMs: 6 * HOUR, run: async (ctx) => void (await proposeTimedOut(ctx)) },
  { name: 'opportunities.alert_stale', everyMs: 6 * HOUR, run: async (ctx) => void (await alertStaleDeals(ctx)) },
  { name: 'targets.alert_behind_pace', everyMs: 6 * HOUR, run: async (ctx) => void (await alertBehindPace(ctx)) },
];
