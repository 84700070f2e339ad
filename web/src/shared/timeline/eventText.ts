import type { TFunction } from 'i18next';
import type { Activity } from './api';

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);

/**
 * A system event in the reader's language, from its `event` name and `data` — never from the
 * English `subject`, which is only the fallback for events this version does not know yet.
 */
export function eventText(activity: Pick<Activity, 'event' | 'data' | 'subject'>, t: TFunction): string {
  const d = activity.data;
  const nobody = t('timeline.events.nobody');
  switch (activity.event) {
    case 'account.created':
      return t('timeline.events.accountCreated');
    case 'account.owner_changed':
      return t('timeline.events.ownerChanged', { from: text(d.from) ?? nobody, to: text(d.to) ?? nobody });
    case 'account.global_owner_changed':
      return t('timeline.events.globalOwnerChanged', { from: text(d.from) ?? nobody, to: text(d.to) ?? nobody });
    case 'account.lost':
      return text(d.reason) ? t('timeline.events.lostBecause', { reason: text(d.reason) }) : t('timeline.events.lost');
    case 'contact.created':
      return t('timeline.events.contactCreated', { name: text(d.name) ?? '' });
    default:
      return activity.subject;
  }
}
