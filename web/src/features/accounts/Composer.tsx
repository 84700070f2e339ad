import { Button, Collapse, Group, MultiSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LoggableType } from '../../shared/domain/vocabulary';
import { serverFieldErrors } from '../../shared/forms/fieldErrors';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { notify } from '../../shared/ui/notify';
import { useLogActivity } from '../../shared/timeline/queries';
import { TypePicker } from '../../shared/timeline/TypePicker';
import { todayInput, whenFields } from '../../shared/timeline/when';
import { useAccountContacts } from './queries';

/** Log on the account page itself: type, a line, and — if wanted — details, the day and who took part. */
export function Composer({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const log = useLogActivity();
  const contacts = useAccountContacts(accountId);
  const [type, setType] = useState<LoggableType>('call');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [day, setDay] = useState(todayInput);
  const [contactIds, setContactIds] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const expanded = subject.length > 0 || body.length > 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!subject.trim()) return setError(t('timeline.composer.subjectRequired'));
    log.mutate(
      { accountId, type, subject: subject.trim(), body: body.trim(), contactIds, ...whenFields(type, day) },
      {
        onSuccess: () => {
          notify(t(`timeline.logged.${type}`));
          setSubject('');
          setBody('');
          setContactIds([]);
          setDay(todayInput());
          setError(null);
        },
        onError: (e) => setError(serverFieldErrors(e, t).subject ?? errorMessage(e, t)),
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate data-testid="composer">
      <Stack gap="xs">
        <TypePicker value={type} onChange={setType} size="xs" testId="composer-type" />
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }}
            aria-label={t('timeline.composer.subject')}
            placeholder={t(`timeline.composer.placeholder.${type}`)}
            value={subject}
            onChange={(e) => {
              setSubject(e.currentTarget.value);
              setError(null);
            }}
            error={error}
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
              value={body}
              onChange={(e) => setBody(e.currentTarget.value)}
              autosize
              minRows={2}
              maxRows={8}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              <TextInput
                type="date"
                label={type === 'task' ? t('timeline.composer.due') : t('timeline.composer.day')}
                value={day}
                onChange={(e) => setDay(e.currentTarget.value)}
                size="xs"
              />
              <MultiSelect
                label={t('timeline.composer.contacts')}
                placeholder={contactIds.length ? undefined : t('timeline.composer.contactsPlaceholder')}
                data={(contacts.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.firstName} ${c.lastName}` }))}
                value={contactIds}
                onChange={setContactIds}
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
