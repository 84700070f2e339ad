import { pruneAccessData } from './modules/access/service';
import { markPassiveAccounts } from './modules/accounts/service';
import { purgeDeletedAccounts } from './modules/accounts/service-delete';
import { purgeDeletedContacts } from './modules/contacts/service';
import { pruneAuthData } from './modules/auth/service';
import { remindDueOneToOnes } from './modules/coaching/service';
import { chaseHandoffs } from './modules/handoffs/service';
import { rescoreOpenLeads } from './modules/leads/service';
import { chaseLeads } from './modules/leads/service-sla';
import { emailNotifications } from './modules/notifications/service';
import { sendDigests } from './modules/notifications/service-alerts';
import { purgeDeletedOpportunities } from './modules/opportunities/service-delete';
import { alertStaleDeals, proposeTimedOut } from './modules/opportunities/service-aging';
import { alertRenewalsDue } from './modules/opportunities/service-renewals';
import { pruneSearchWords } from './modules/read-models/service';
import { remindMissingRecords } from './modules/rituals/service';
import { proposeDueWeeks } from './modules/rituals/service-schemes';
import { alertBehindPace } from './modules/targets/service';
import { remindTasks } from './modules/tasks/service';
import { deliverWebhooks } from './modules/webhooks/service';
import { applyRetention } from './modules/data-retention/service';
import type { Job } from './platform/jobs';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Every scheduled job of the application. */
export const jobs: Job[] = [
  { name: 'auth.prune', everyMs: HOUR, run: pruneAuthData },
  { name: 'access.prune', everyMs: HOUR, run: pruneAccessData },
  /** Deleted accounts, contacts and opportunities go for good once they can no longer be restored (domain/records.ts). */
  {
    name: 'records.purge',
    everyMs: 6 * HOUR,
    run: async (ctx) => {
      await purgeDeletedOpportunities(ctx);
      await purgeDeletedContacts(ctx);
      await purgeDeletedAccounts(ctx);
    },
  },
  /** Search's vocabulary loses the words no name holds any more (renamed, purged). */
  { name: 'search.prune_words', everyMs: 24 * HOUR, run: pruneSearchWords },
  { name: 'accounts.mark_passive', everyMs: 6 * HOUR, run: async (ctx) => void (await markPassiveAccounts(ctx)) },
  { name: 'notifications.email', everyMs: MINUTE, exclusive: false, run: async (ctx) => void (await emailNotifications(ctx)) },
  /** The daily digest of the alerts people chose to get so (K2): claimed per person and day, so any instance may run it. */
  { name: 'notifications.digest', everyMs: 15 * MINUTE, exclusive: false, run: async (ctx) => void (await sendDigests(ctx)) },
  { name: 'tasks.remind', everyMs: MINUTE, run: async (ctx) => void (await remindTasks(ctx)) },
  { name: 'handoffs.chase', everyMs: HOUR, run: async (ctx) => void (await chaseHandoffs(ctx)) },
  /** The sales–marketing agreement: reminders before the deadline, the leader told on a breach (every 10 minutes: deadlines are in hours). */
  { name: 'leads.chase', everyMs: 10 * MINUTE, run: async (ctx) => void (await chaseLeads(ctx)) },
  /** Behaviour points decay: scores are refreshed for sorting. */
  { name: 'leads.rescore', everyMs: 6 * HOUR, run: async (ctx) => void (await rescoreOpenLeads(ctx)) },
  /** The admin's data retention rules (L5): unconverted leads anonymised, old notifications and website visits deleted. */
  { name: 'data_retention.apply', everyMs: 6 * HOUR, run: async (ctx) => void (await applyRetention(ctx)) },
  { name: 'opportunities.propose_timed_out', everyMs: 6 * HOUR, run: async (ctx) => void (await proposeTimedOut(ctx)) },
  { name: 'opportunities.alert_stale', everyMs: 6 * HOUR, run: async (ctx) => void (await alertStaleDeals(ctx)) },
  /** Renewal due (K2): 60 and 30 days before a customer's agreement ends, once each. */
  { name: 'opportunities.alert_renewals', everyMs: 6 * HOUR, run: async (ctx) => void (await alertRenewalsDue(ctx)) },
  { name: 'rituals.propose_pairs', everyMs: 6 * HOUR, run: async (ctx) => void (await proposeDueWeeks(ctx)) },
  { name: 'rituals.remind_records', everyMs: 6 * HOUR, run: async (ctx) => void (await remindMissingRecords(ctx)) },
  /** The webhooks' outbox, after commit: every few seconds, on any instance (messages are claimed). */
  { name: 'webhooks.deliver', everyMs: 5_000, exclusive: false, run: async (ctx) => void (await deliverWebhooks(ctx)) },
  /** A leader is reminded when a seller's one-to-one falls due (I1), once per due day. */
  { name: 'coaching.remind_due', everyMs: HOUR, run: async (ctx) => void (await remindDueOneToOnes(ctx)) },
  { name: 'targets.alert_behind_pace', everyMs: 6 * HOUR, run: async (ctx) => void (await alertBehindPace(ctx)) },
];
