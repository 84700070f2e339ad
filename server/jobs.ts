import { markPassiveAccounts } from './modules/accounts/service';
import { pruneAuthData } from './modules/auth/service';
import { chaseHandoffs } from './modules/handoffs/service';
import { proposeTimedOut } from './modules/opportunities/service-aging';
import type { Job } from './platform/jobs';

const HOUR = 60 * 60_000;

/** Every scheduled job of the application. */
export const jobs: Job[] = [
  { name: 'auth.prune', everyMs: HOUR, run: pruneAuthData },
  { name: 'accounts.mark_passive', everyMs: 6 * HOUR, run: async (ctx) => void (await markPassiveAccounts(ctx)) },
  { name: 'handoffs.chase', everyMs: HOUR, run: async (ctx) => void (await chaseHandoffs(ctx)) },
  { name: 'opportunities.propose_timed_out', everyMs: 6 * HOUR, run: async (ctx) => void (await proposeTimedOut(ctx)) },
];
