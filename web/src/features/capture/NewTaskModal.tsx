import { Group, Loader, Modal } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { newTask, useNewTaskState } from '../../shared/tasks/taskStore';

// the form (and the date picker it brings) loads when a task is first opened, not with the app
const NewTaskForm = lazy(() => import('./NewTaskForm').then((m) => ({ default: m.NewTaskForm })));

/** A new task, from anywhere: what, by when, a reminder, and (optionally) the customer it is about. */
export function NewTaskModal() {
  const { t } = useTranslation();
  const { opened, context } = useNewTaskState();
  return (
    <Modal
      opened={opened}
      onClose={newTask.close}
      size={560}
      title={
        <Group gap={8}>
          <IconChecklist size={20} stroke={1.8} color="var(--mantine-primary-color-filled)" />
          <span>{t('tasks.new.title')}</span>
        </Group>
      }
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {opened && (
        <Suspense fallback={<Loader size="sm" />}>
          <NewTaskForm context={context} />
        </Suspense>
      )}
    </Modal>
  );
}
