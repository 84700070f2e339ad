import { Button, Group, Paper, Stack, TextInput, Textarea, Title } from '@mantine/core';
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
import { DateField } from '../../shared/ui/DateField';

/** A new entry is a call until another type is chosen. */
const firstType: LoggableType = 'call';

/** Log a call, meeting, … with this person: it lands on their account's timeline, with them as the one taking part. */
export function ContactComposer({ contact }: { contact: { id: string; accountId: string; firstName: string; lastName: string } }) {
  const { t } = useTranslation();
  const log = useLogActivity();
  const form = useSchemaForm({
    initialValues: { type: firstType, subject: '', body: '', day: todayInput() },
    schema: LogActivity,
    toInput: ({ day, ...values }) => ({
      accountId: contact.accountId,
      contactIds: [contact.id],
      ...values,
      ...whenFields(values.type, day),
    }),
    messages: { subject: t('timeline.composer.subjectRequired') },
  });
  const submit = form.onSubmit((input) =>
    log.mutate(input, {
      onSuccess: () => {
        notify(t(`timeline.logged.${input.type}`));
        form.setValues({ subject: '', body: '', day: todayInput() });
        form.clearErrors();
      },
      onError: (e) => {
        if (!form.setServerErrors(e)) form.setFieldError('subject', errorMessage(e, t));
      },
    }),
  );
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
      <Title order={2} fz="md" fw={600} mb="sm">
        {t('records.log.title', { name: `${contact.firstName} ${contact.lastName}` })}
      </Title>
      <form onSubmit={submit} noValidate data-testid="contact-composer">
        <Stack gap="xs">
          <TypePicker value={form.values.type} onChange={(v) => form.setFieldValue('type', v)} size="xs" testId="contact-composer-type" />
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <TextInput
              style={{ flex: 1 }}
              aria-label={t('timeline.composer.subject')}
              placeholder={t(`timeline.composer.placeholder.${form.values.type}`)}
              {...form.getInputProps('subject')}
              maxLength={300}
              data-testid="contact-composer-subject"
            />
            <DateField aria-label={t('timeline.composer.day')} {...form.getInputProps('day')} w={150} />
            <Button type="submit" loading={log.isPending} leftSection={<IconSend size={16} />}>
              {t('timeline.composer.save')}
            </Button>
          </Group>
          {form.values.subject.length > 0 && (
            <Textarea
              aria-label={t('timeline.composer.body')}
              placeholder={t('timeline.composer.bodyPlaceholder')}
              {...form.getInputProps('body')}
              autosize
              minRows={2}
              maxRows={8}
            />
          )}
        </Stack>
      </form>
    </Paper>
  );
}
