import { Anchor, Badge, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useFormat } from '../format/useFormat';
import { errorMessage } from '../i18n/errorMessage';
import { notify } from '../ui/notify';
import type { Task } from './api';
import { useUpdateTask } from './queries';

const stateColor = { overdue: 'red', today: 'orange', upcoming: 'gray', done: 'teal' } as const;

/**
 * One task: ticked done in one click (by those who may), its day, what it is about (unless that is the
 * page it is shown on), and (in a team view, or on a record's page) whose.
 */
export function TaskRow({ task, showOwner = false }: { task: Task; showOwner?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { pathname } = useLocation();
  const update = useUpdateTask();
  const dueOn = format.date(task.dueOn, { day: 'numeric', month: 'short' });
  const checked = update.isPending ? !task.done : task.done;
  const about = task.opportunity
    ? { to: `/pipeline/${task.opportunity.id}`, name: task.opportunity.name }
    : task.handoffId
      ? { to: `/cross-selling/handoffs/${task.handoffId}`, name: task.account?.name ?? t('tasks.tip') }
      : task.contact
        ? { to: `/contacts/${task.contact.id}`, name: task.contact.name }
        : task.account
          ? { to: `/accounts/${task.account.id}`, name: task.account.name }
          : null;
  return (
    <Group wrap="nowrap" align="flex-start" gap="sm" data-testid="task-row" data-task-id={task.id} data-state={task.state}>
      <Checkbox
        mt={2}
        checked={checked}
        disabled={!task.can.change}
        aria-label={t(task.done ? 'tasks.markOpen' : 'tasks.markDone', { title: task.title })}
        title={task.can.change ? undefined : t('tasks.onlyOwner')}
        onChange={() =>
          update.mutate({ id: task.id, patch: { done: !task.done } }, { onError: (error) => notify(errorMessage(error, t), 'error') })
        }
        data-testid="task-done"
      />
      <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
        <Text size="sm" fw={500} td={task.done ? 'line-through' : undefined} lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
          {task.title}
        </Text>
        <Group gap={6} wrap="wrap" style={{ rowGap: 2 }}>
          <Badge size="xs" variant="light" color={stateColor[task.state]} style={{ flexShrink: 0 }}>
            {task.state === 'upcoming'
              ? dueOn
              : task.state === 'overdue'
                ? t('tasks.overdueSince', { date: dueOn })
                : t(`tasks.state.${task.state}`)}
          </Badge>
          {about && about.to !== pathname && (
            <Anchor component={Link} to={about.to} size="xs" truncate maw="100%">
              {about.name}
            </Anchor>
          )}
          {showOwner && (
            <Text size="xs" c="dimmed" truncate maw="100%">
              {task.owner.name}
            </Text>
          )}
        </Group>
      </Stack>
    </Group>
  );
}
