import { Button, Checkbox, Group, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMatch } from 'react-router';
import { addDays } from '@domain/tasks';
import { useSchemaForm } from '../../shared/forms/useSchemaForm';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { AccountSearchInput } from '../../shared/search/AccountSearchInput';
import { localToday, morningOf } from '../../shared/tasks/api';
import { useCreateTask } from '../../shared/tasks/queries';
import { newTask, type TaskContext } from '../../shared/tasks/taskStore';
import { notify } from '../../shared/ui/notify';
import { useCurrentAccount } from './useCurrentAccount';
import { DateField } from '../../shared/ui/DateField';

const taskSchema = () => import('@contract/tasks').then((m) => m.CreateTask);

const uuid = /^[0-9a-f-]{36}$/i;
const idOf = (id: string | undefined) => (id && uuid.test(id) ? id : undefined);

/** A task started on a deal's, tip's or contact's page is about that record. */
function usePageContext(): TaskContext {
  const opportunityId = idOf(useMatch('/pipeline/:id')?.params.id);
  const handoffId = idOf(useMatch('/cross-selling/handoffs/:id')?.params.id);
  const contactId = idOf(useMatch('/contacts/:id')?.params.id);
  return opportunityId ? { opportunityId } : handoffId ? { handoffId } : contactId ? { contactId } : {};
}

export function NewTaskForm({ context: given }: { context: TaskContext }) {
  const { t } = useTranslation();
  const page = usePageContext();
  const context = Object.keys(given).length ? given : page;
  const current = useCurrentAccount();
  const create = useCreateTask();
  const form = useSchemaForm({
    initialValues: {
      title: '',
      dueOn: addDays(localToday(), 1),
      remind: true,
      account: context.account ?? current,
    },
    schema: taskSchema,
    toInput: ({ title, dueOn, remind, account }) => ({
      title,
      dueOn,
      remindAt: remind && dueOn ? morningOf(dueOn) : null,
      accountId: context.opportunityId || context.handoffId || context.contactId ? undefined : (account?.id ?? null),
      opportunityId: context.opportunityId,
      handoffId: context.handoffId,
      contactId: context.contactId,
    }),
    fieldOf: { accountId: 'account' },
    messages: { title: t('tasks.new.titleRequired') },
  });
  const submit = form.onSubmit((input) =>
    create.mutate(input, {
      onSuccess: () => {
        notify(t('tasks.new.saved'), 'success');
        newTask.close();
      },
    }),
  );
  const linked = Boolean(context.opportunityId || context.handoffId || context.contactId);
  return (
    <form onSubmit={submit} noValidate data-testid="new-task">
      <Stack gap="md">
        <TextInput
          label={t('tasks.new.what')}
          placeholder={t('tasks.new.placeholder')}
          {...form.getInputProps('title')}
          error={form.errors.title ?? (create.error ? errorMessage(create.error, t) : undefined)}
          maxLength={300}
          autoFocus
          data-testid="new-task-title"
        />
        {!linked && (
          <AccountSearchInput
            label={t('tasks.new.account')}
            value={form.values.account}
            onChange={(a) => form.setFieldValue('account', a)}
            error={form.errors.account}
            testId="new-task-account"
          />
        )}
        <Group align="flex-end" gap="md">
          <DateField label={t('tasks.new.due')} {...form.getInputProps('dueOn')} w={170} data-testid="new-task-due" />
          <Checkbox label={t('tasks.new.remind')} {...form.getInputProps('remind', { type: 'checkbox' })} mb={8} />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={newTask.close}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || form.submitting} data-testid="new-task-save">
            {t('tasks.new.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
