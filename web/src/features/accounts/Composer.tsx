import { Button, Collapse, Group, MultiSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LogActivity } from '@contract/activities';
import type { LoggableType } from '../../shared/domain/vocabulary';
import { useSchemaForm } from '../../shared/forms/useSchemaForm';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { notify } from '../../shared/ui/notify';
import { useLogActivity } from '../../shared/timeline/queries';
import { TypePicker } from '../../shared/timeline/TypePicker';
import { todayInput, whenFields } from '../../shared/timeline/when';
import { useAccountContacts } from './queries';
import { DateField } from '../../shared/ui/DateField';

/** A new entry is a call until another type is chosen. */
const firstType: LoggableType = 'call';

/** Log on the account page itself: type, a line, and — if wanted — details, the day and who took part. */
export function Composer({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const log = useLogActivity();
  const contacts = useAccountContacts(accountId);
  const form = useSchemaForm({
    initialValues: { type: firstType, subject: '', body: '', day: todayInput(), contactIds: [] as string[] },
    schema: LogActivity,
    toInput: ({ day, ...values }) => ({ accountId, ...values, ...whenFields(values.type, day) }),
    messages: { subject: t('timeline.composer.subjectRequired') },
  });
  const { type, subject, body } = form.values;
  const expanded = subject.length > 0 || body.length > 0;

  const submit = form.onSubmit((input) =>
    log.mutate(input, {
      onSuccess: () => {
        notify(t(`timeline.logged.${input.type}`));
        form.setValues({ subject: '', body: '', contactIds: [], day: todayInput() });
        form.clearErrors();
      },
      onError: (e) => {
        if (!form.setServerErrors(e)) form.setFieldError('subject', errorMessage(e, t));
      },
    }),
  );

  return (
    <form onSubmit={submit} noValidate data-testid="composer">
      <Stack gap="xs">
        <TypePicker value={type} onChange={(v) => form.setFieldValue('type', v)} size="xs" testId="composer-type" />
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }}
            aria-label={t('timeline.composer.subject')}
            placeholder={t(`timeline.composer.placeholder.${type}`)}
            {...form.getInputProps('subject')}
            maxLength={300}
            data-testid="composer-subject"
          />
          <Button type="submit" loading={log.isPending} leftSection={<IconSend size={16} />}>
            {t('timeline.composer.save')}
          </Button>
        </Group>
        <Collapse expanded={expanded}>
          <Stack gap="xs">
            <Textarea
              aria-label={t('timeline.composer.body')}
              placeholder={t('timeline.composer.bodyPlaceholder')}
              {...form.getInputProps('body')}
              autosize
              minRows={2}
              maxRows={8}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              <DateField
                label={type === 'task' ? t('timeline.composer.due') : t('timeline.composer.day')}
                {...form.getInputProps('day')}
                size="xs"
              />
              <MultiSelect
                label={t('timeline.composer.contacts')}
                placeholder={form.values.contactIds.length ? undefined : t('timeline.composer.contactsPlaceholder')}
                data={(contacts.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.firstName} ${c.lastName}` }))}
                {...form.getInputProps('contactIds')}
                searchable
                size="xs"
                maxValues={20}
              />
            </SimpleGrid>
          </Stack>
        </Collapse>
      </Stack>
    </form>
  );
}
