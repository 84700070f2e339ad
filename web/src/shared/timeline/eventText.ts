import { leadSources, leadStatuses } from '@domain/leads';
import type { TFunction } from 'i18next';
import { oneOf } from '../domain/vocabulary';
import { isLostReason, stageName } from '../domain/stages';
import type { Activity } from './api';

const handoffSteps = ['accepted', 'declined', 'contacted', 'meeting_held', 'opportunity_created', 'not_relevant'] as const;
type HandoffStep = (typeof handoffSteps)[number];
const handoffStep = (event: string | null | undefined): HandoffStep | null => {
  const step = event?.startsWith('handoff.') ? event.slice('handoff.'.length) : null;
  return (handoffSteps as readonly (string | null)[]).includes(step) ? (step as HandoffStep) : null;
};

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);

/**
 * A system event in the reader's language, from its `event` name and `data` — never from the
 * English `subject`, which is only the fallback for events this version does not know yet.
 */
export function eventText(
  activity: Pick<Activity, 'event' | 'data' | 'subject'>,
  t: TFunction,
  groupName: (id: string) => string | null = () => null,
): string {
  const d = activity.data;
  const nobody = t('timeline.events.nobody');
  switch (activity.event) {
    case 'account.created':
      return t('timeline.events.accountCreated');
    case 'account.owner_changed':
      return t('timeline.events.ownerChanged', { from: text(d.from) ?? nobody, to: text(d.to) ?? nobody });
    case 'account.global_owner_changed':
      return t('timeline.events.globalOwnerChanged', { from: text(d.from) ?? nobody, to: text(d.to) ?? nobody });
    case 'coverage.notice':
      return t('timeline.events.coverageNotice', {
        by: text(d.by) ?? nobody,
        what: t(`timeline.events.coverageNoticeWhat.${d.kind === 'meeting' ? 'meeting' : 'opportunity'}`),
        title: text(d.title) ?? '',
        coverer: text(d.coverer) ?? t('timeline.events.coverageNoticeTeam'),
      });
    case 'account.lost':
      return text(d.reason) ? t('timeline.events.lostBecause', { reason: text(d.reason) }) : t('timeline.events.lost');
    case 'contact.created':
      return t('timeline.events.contactCreated', { name: text(d.name) ?? '' });
    case 'account.deleted':
    case 'account.restored':
    case 'account.merged':
    case 'contact.deleted':
    case 'contact.restored':
    case 'contact.merged':
    case 'opportunity.deleted':
    case 'opportunity.restored':
      return t(`records.events.${activity.event.replace('.', '_') as 'account_deleted'}`, { name: text(d.name) ?? '' });
    case 'opportunity.created':
      return t('timeline.events.opportunityCreated', { name: text(d.name) ?? '' });
    case 'opportunity.stage_changed':
      return t('timeline.events.opportunityMoved', {
        name: text(d.name) ?? '',
        from: stageName({ key: text(d.fromKey), name: text(d.from) ?? '' }, t),
        to: stageName({ key: text(d.toKey), name: text(d.to) ?? '' }, t),
      });
    case 'opportunity.won':
      return t('timeline.events.opportunityWon', { name: text(d.name) ?? '' });
    case 'opportunity.reopened':
      return t('timeline.events.opportunityReopened', {
        name: text(d.name) ?? '',
        was: t(`timeline.events.reopenedWas_${d.was === 'lost' ? 'lost' : 'won'}`),
        reason: text(d.reason) ?? '',
      });
    case 'opportunity.lost': {
      const reason = isLostReason(d.reason) ? t(`pipeline.lose.reasons.${d.reason}`) : (text(d.reason) ?? '');
      const note = text(d.note);
      return t('timeline.events.opportunityLost', { name: text(d.name) ?? '', reason: note ? `${reason} — ${note}` : reason });
    }
    case 'handoff.sent': {
      const group = typeof d.toSalesGroupId === 'string' ? groupName(d.toSalesGroupId) : null;
      return group ? t('timeline.events.handoffSent', { group }) : t('timeline.events.handoffSentSomewhere');
    }
    case 'joint_visit.planned':
    case 'joint_visit.accepted':
      return t(`rituals.events.${activity.event === 'joint_visit.planned' ? 'planned' : 'accepted'}`, {
        host: text(d.host) ?? '',
        guest: text(d.guest) ?? '',
      });
    case 'joint_visit.recorded':
    case 'joint_visit.record_changed':
      return t('rituals.events.recorded', {
        host: text(d.host) ?? '',
        guest: text(d.guest) ?? '',
        learned: text(d.learned) ?? text(d.needs) ?? '',
      });
    case 'seminar.attended':
      return t('rituals.events.seminarAttended', { contact: text(d.contact) ?? '', title: text(d.title) ?? '' });
    case 'interview.planned':
      return t('rituals.events.interviewPlanned', { day: text(d.heldOn) ?? '' });
    case 'interview.insight':
      return t('rituals.events.interviewInsight', { topic: text(d.topic) ?? '', text: text(d.text) ?? '' });
    case 'signal.returning_decision_maker':
      return t('timeline.events.signalReturning', {
        name: text(d.name) ?? '',
        days: typeof d.days === 'number' ? d.days : 0,
        path: text(d.path) ?? '',
      });
    case 'lead.arrived':
      return t('timeline.events.leadArrived', {
        name: text(d.name) ?? '',
        source: oneOf(leadSources, d.source) ? t(`leads.source.${d.source}`) : (text(d.source) ?? ''),
      });
    case 'lead.converted':
      return t('timeline.events.leadConverted', { name: text(d.name) ?? '' });
    case 'lead.sla_breached':
      // earlier breaches kept no name: their subject says it
      return text(d.name) ? t('timeline.events.leadBreached', { name: text(d.name) }) : activity.subject;
    case 'lead.working':
    case 'lead.qualified':
    case 'lead.disqualified':
    case 'lead.handed_to_sales':
    case 'lead.accepted':
    case 'lead.rejected': {
      const status = activity.event.slice('lead.'.length);
      return t('timeline.events.leadMoved', {
        name: text(d.name) ?? '',
        status: oneOf(leadStatuses, status) ? t(`leads.status.${status}`) : status,
      });
    }
    case 'signal.product_interest':
      return t('timeline.events.signalProductInterest', {
        product: text(d.product) ?? '',
        path: text(d.path) ?? '',
        group: text(d.group) ?? '',
      });
    default: {
      const step = handoffStep(activity.event);
      if (step) {
        const status = t(`crossSelling.status.${step}`);
        const note = text(d.note);
        return note ? t('timeline.events.handoffStepNote', { status, note }) : t('timeline.events.handoffStep', { status });
      }
      return activity.subject;
    }
  }
}
