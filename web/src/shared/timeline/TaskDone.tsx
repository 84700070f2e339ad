import { Checkbox } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/errorMessage';
import { notify } from '../ui/notify';
import type { Activity } from './api';
import { useUpdateActivity } from './queries';

/** A task's done box: its author (and leaders) tick it; others see the state. */
export function TaskDone({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  const update = useUpdateActivity();
  const mayEdit = activity.can.edit;
  const checked = update.isPending ? !activity.done : activity.done;
  return (
    <Checkbox
      size="sm"
      mt={1}
      checked={checked}
      disabled={!mayEdit}
      aria-label={t(activity.done ? 'timeline.task.markOpen' : 'timeline.task.markDone', { subject: activity.subject })}
      title={mayEdit ? undefined : t('timeline.task.onlyAuthor')}
      onChange={() =>
        update.mutate({ id: activity.id, patch: { done: !activity.done } }, { onError: (error) => notify(errorMessage(error, t), 'error') })
      }
    />
  );
}
