import { IconBolt, IconChecklist, IconMail, IconMapPin, IconNote, IconPhone, IconUsers, type Icon } from '@tabler/icons-react';
import type { ActivityType } from '../domain/vocabulary';

/** How each kind of entry looks, everywhere: the same icon and colour on the timeline, in quick-log and the composer. */
export const activityMeta: Record<ActivityType, { icon: Icon; color: string }> = {
  call: { icon: IconPhone, color: 'blue' },
  meeting: { icon: IconUsers, color: 'violet' },
  email: { icon: IconMail, color: 'cyan' },
  note: { icon: IconNote, color: 'yellow' },
  visit: { icon: IconMapPin, color: 'teal' },
  task: { icon: IconChecklist, color: 'orange' },
  event: { icon: IconBolt, color: 'gray' },
};
