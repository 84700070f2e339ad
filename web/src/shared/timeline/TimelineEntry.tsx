import { Group, Spoiler, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/useFormat';
import { useSalesGroups } from '../org/queries';
import { GroupBadge } from '../ui/GroupBadge';
import type { Activity } from './api';
import { eventText } from './eventText';
import { TaskDone } from './TaskDone';
import { isOverdue } from './when';

function DueDate({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!activity.dueAt) return null;
  const overdue = !activity.done && isOverdue(activity.dueAt);
  return (
    <Text size="xs" c={overdue ? 'red' : 'dimmed'} fw={overdue ? 600 : undefined}>
      {t(overdue ? 'timeline.task.overdue' : 'timeline.task.due', { date: format.date(activity.dueAt) })}
    </Text>
  );
}

/** One entry: what happened, who (and from which group) wrote it, when, and with whom. */
export function TimelineEntry({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  const format = useFormat();
  const groups = useSalesGroups();
  const isEvent = activity.type === 'event';
  const groupName = (id: string) => groups.data?.find((g) => g.id === id)?.name ?? null;
  const title = isEvent ? eventText(activity, t, groupName) : activity.subject;
  const author = activity.author?.name ?? t('timeline.korsa');

  return (
    <Stack gap={4} data-testid="timeline-entry" data-type={activity.type}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Group gap={8} wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
          {activity.type === 'task' && <TaskDone activity={activity} />}
          <Text
            size="sm"
            fw={isEvent ? 500 : 600}
            c={isEvent || activity.done ? 'dimmed' : undefined}
            td={activity.type === 'task' && activity.done ? 'line-through' : undefined}
            style={{ overflowWrap: 'anywhere' }}
            data-testid="timeline-subject"
          >
            {title}
          </Text>
        </Group>
        <Text size="xs" c="dimmed" title={format.dateTime(activity.occurredAt)} style={{ whiteSpace: 'nowrap' }}>
          {format.when(activity.occurredAt)}
        </Text>
      </Group>
      {activity.body && (
        <Spoiler maxHeight={66} showLabel={t('timeline.more')} hideLabel={t('timeline.less')} fz="sm">
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {activity.body}
          </Text>
        </Spoiler>
      )}
      <Group gap={6} wrap="wrap">
        <Text size="xs" c="dimmed" data-testid="timeline-author">
          {t(`timeline.types.${activity.type}`)} · {author}
        </Text>
        {activity.salesGroup && (
          <GroupBadge size="xs" id={activity.salesGroup.id} name={activity.salesGroup.name} data-testid="timeline-group" />
        )}
        {activity.contacts.length > 0 && (
          <Text size="xs" c="dimmed">
            · {t('timeline.with', { names: activity.contacts.map((c) => c.name).join(', ') })}
          </Text>
        )}
        <DueDate activity={activity} />
      </Group>
    </Stack>
  );
}
