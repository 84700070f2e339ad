import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../ui/PageState';
import type { TaskFilter } from './api';
import { useTasks } from './queries';
import { newTask, type TaskContext } from './taskStore';
import { TaskRow } from './TaskRow';

const shown = 10;

export type TaskRecord =
  { kind: 'account'; id: string; name: string } | { kind: 'contact'; id: string } | { kind: 'opportunity'; id: string };

const filterOf = (r: TaskRecord): TaskFilter => ({
  owner: 'any',
  status: 'open',
  ...(r.kind === 'account' ? { accountId: r.id } : r.kind === 'contact' ? { contactId: r.id } : { opportunityId: r.id }),
  pageSize: shown,
});

const contextOf = (r: TaskRecord): TaskContext =>
  r.kind === 'account' ? { account: { id: r.id, name: r.name } } : r.kind === 'contact' ? { contactId: r.id } : { opportunityId: r.id };

/**
 * A record's open tasks, whoever's they are (an account's include those about its contacts and deals):
 * the day each is due (overdue in red), whose, ticked done in one click; "Add task" opens the new-task
 * dialog about the record.
 */
export function RecordTasks({ record, canAdd = true }: { record: TaskRecord; canAdd?: boolean }) {
  const { t } = useTranslation();
  const tasks = useTasks(filterOf(record));
  const items = tasks.data?.items ?? [];
  const more = (tasks.data?.total ?? 0) - items.length;
  return (
    <Paper withBorder radius="md" p="md" data-testid="record-tasks">
      <Group justify="space-between" mb="sm" wrap="nowrap" gap="xs">
        <Title order={2} fz="md" fw={600}>
          {t('tasks.record.title')}
          {tasks.data && (
            <Text span c="dimmed" fw={400} ml={6}>
              {tasks.data.total}
            </Text>
          )}
        </Title>
        {canAdd && (
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<IconPlus size={14} />}
            onClick={() => newTask.open(contextOf(record))}
            style={{ flexShrink: 0 }}
            data-testid="record-tasks-add"
          >
            {t('tasks.record.add')}
          </Button>
        )}
      </Group>
      {tasks.error || tasks.isPending ? (
        <QueryState query={tasks} size="sm" />
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="record-tasks-empty">
          {t(`tasks.record.empty.${record.kind}`)}
        </Text>
      ) : (
        <Stack gap="sm">
          {items.map((task) => (
            <TaskRow key={task.id} task={task} showOwner />
          ))}
          {more > 0 && (
            <Text size="xs" c="dimmed">
              {t('tasks.record.more', { count: more })}
            </Text>
          )}
        </Stack>
      )}
    </Paper>
  );
}
