import { Button, Group, Kbd, Select, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { addDays, followUpDays } from '@domain/tasks';
import type { LoggableType } from '../../shared/domain/vocabulary';
import { useSchemaForm } from '../../shared/forms/useSchemaForm';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { AccountSearchInput, type PickedAccount } from '../../shared/search/AccountSearchInput';
import { useSession } from '../../shared/session/session';
import { localToday, morningOf } from '../../shared/tasks/api';
import { refreshTasks } from '../../shared/tasks/queries';
import { useLogActivity } from '../../shared/timeline/queries';
import { TypePicker } from '../../shared/timeline/TypePicker';
import { todayInput, whenFields } from '../../shared/timeline/when';
import { showSavedNotice } from './savedNotice';
import { typeFromKey } from './typeKeys';
import { DateField } from '../../shared/ui/DateField';

// the quick log is part of the app's first download: its schema (and zod) arrive just after it
const logSchema = () => import('@contract/activities').then((m) => m.LogActivity);

interface Props {
  initialAccount: PickedAccount | null;
  onDone: () => void;
}

/** A new entry is a call until another type is chosen. */
const firstType: LoggableType = 'call';

/** Account, type, a line, Enter. Today and the signed-in user are the defaults. */
export function QuickLogForm({ initialAccount, onDone }: Props) {
  const { t } = useTranslation();
  const me = useSession();
  const navigate = useNavigate();
  const log = useLogActivity();
  const queryClient = useQueryClient();
  const subjectRef = useRef<HTMLInputElement>(null);
  const form = useSchemaForm({
    initialValues: { account: initialAccount, type: firstType, subject: '', day: todayInput(), followUp: '' },
    schema: logSchema,
    toInput: ({ account, type, subject, day, followUp }) => {
      const dueOn = followUp ? addDays(localToday(), Number(followUp)) : null;
      return {
        accountId: account?.id ?? '',
        type,
        subject,
        ...whenFields(type, day),
        ...(dueOn ? { followUp: { dueOn, remindAt: morningOf(dueOn), title: t('capture.followUp.title', { subject }) } } : {}),
      };
    },
    fieldOf: { accountId: 'account' },
    messages: { account: t('capture.accountRequired'), subject: t('capture.subjectRequired') },
  });
  const { account, type } = form.values;

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    const target = event.target as HTMLElement;
    const chosen = typeFromKey(event.nativeEvent, target instanceof HTMLInputElement && target.type === 'radio');
    if (chosen) {
      event.preventDefault();
      form.setFieldValue('type', chosen);
    }
  };

  const submit = form.onSubmit((input) => {
    const picked = account;
    if (!picked) return;
    log.mutate(input, {
      onSuccess: () => {
        if (input.followUp) void refreshTasks(queryClient);
        showSavedNotice(picked, input.type, (to) => void navigate(to));
        onDone();
      },
    });
  });

  return (
    <form onSubmit={submit} onKeyDown={onKeyDown} noValidate data-testid="quick-log">
      <Stack gap="md">
        <AccountSearchInput
          label={t('capture.account')}
          placeholder={t('capture.accountPlaceholder')}
          value={account}
          onChange={(a) => form.setFieldValue('account', a)}
          error={form.errors.account}
          onPicked={() => subjectRef.current?.focus()}
          autoFocus
          testId="quick-log-account"
        />
        <TypePicker value={type} onChange={(v) => form.setFieldValue('type', v)} numbered testId="quick-log-type" />
        <TextInput
          ref={subjectRef}
          label={t('capture.subject')}
          placeholder={t(`timeline.composer.placeholder.${type}`)}
          {...form.getInputProps('subject')}
          error={form.errors.subject ?? (log.error ? errorMessage(log.error, t) : undefined)}
          maxLength={300}
          data-testid="quick-log-subject"
        />
        <Group justify="space-between" align="flex-end" gap="sm">
          <Group gap="sm" align="flex-end">
            <DateField
              size="xs"
              label={type === 'task' ? t('timeline.composer.due') : t('timeline.composer.day')}
              {...form.getInputProps('day')}
              w={150}
            />
            <Select
              size="xs"
              w={170}
              label={t('capture.followUp.label')}
              data={[
                { value: '', label: t('capture.followUp.none') },
                ...followUpDays.map((d) => ({ value: String(d), label: t('capture.followUp.inDays', { count: d }) })),
              ]}
              allowDeselect={false}
              {...form.getInputProps('followUp')}
              data-testid="quick-log-follow-up"
            />
            <Text size="xs" c="dimmed" pb={6}>
              {t('capture.as', { name: me.user.name, group: me.salesGroup?.name ?? t('common.noSalesGroup') })}
            </Text>
          </Group>
          <Button type="submit" loading={log.isPending || form.submitting} data-testid="quick-log-save">
            {t('capture.save')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed" visibleFrom="sm">
          <Kbd size="xs">Enter</Kbd> {t('capture.hints.save')} · <Kbd size="xs">Alt</Kbd>+<Kbd size="xs">1</Kbd>–<Kbd size="xs">6</Kbd>{' '}
          {t('capture.hints.type')} · <Kbd size="xs">Esc</Kbd> {t('capture.hints.close')}
        </Text>
      </Stack>
    </form>
  );
}
