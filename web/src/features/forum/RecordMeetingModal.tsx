import { ActionIcon, Button, Checkbox, Group, Modal, Paper, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MeetingInput } from '@contract/forum';
import { useSchemaForm } from '../../shared/forms/useSchemaForm';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { todayInput } from '../../shared/timeline/when';
import { notify } from '../../shared/ui/notify';
import type { ForumData } from './api';
import { useRecordMeeting } from './queries';
import { DateField } from '../../shared/ui/DateField';

interface Draft {
  text: string;
  ownerId: string | null;
  dueOn: string;
}
const blank: Draft = { text: '', ownerId: null, dueOn: '' };

interface Props {
  forum: ForumData;
  opened: boolean;
  onClose: () => void;
}

/** After the meeting: when it was held, who came (every member ticked to begin with), the decisions with owner and date, notes. */
export function RecordMeetingModal({ forum, opened, onClose }: Props) {
  const { t } = useTranslation();
  const record = useRecordMeeting(forum.id);
  const fresh = () => ({
    heldOn: todayInput(),
    attendeeIds: forum.members.map((m) => m.id),
    decisions: [{ ...blank }] as Draft[],
    notes: '',
  });
  const form = useSchemaForm({
    initialValues: fresh(),
    schema: MeetingInput,
    // a decision left empty is not one
    toInput: ({ decisions, ...values }) => ({
      ...values,
      decisions: decisions.filter((d) => d.text.trim()).map((d) => ({ ...d, dueOn: d.dueOn || null })),
    }),
    messages: { heldOn: t('crossSelling.form.required') },
  });
  const decisions = form.values.decisions;

  const close = () => {
    form.setInitialValues(fresh());
    form.reset();
    record.reset();
    onClose();
  };
  const submit = form.onSubmit((input) =>
    record.mutate(input, {
      onSuccess: () => {
        notify(t('crossSelling.forum.record.done'));
        close();
      },
      onError: (error) => form.setServerErrors(error),
    }),
  );
  const owners = forum.members.map((m) => ({ value: m.id, label: m.name }));

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('crossSelling.forum.record.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate data-testid="record-meeting-modal">
        <Stack gap="md">
          <DateField
            label={t('crossSelling.forum.record.heldOn')}
            {...form.getInputProps('heldOn')}
            required
            maw={220}
            data-testid="meeting-held-on"
          />
          <Checkbox.Group label={t('crossSelling.forum.record.attendees')} {...form.getInputProps('attendeeIds')}>
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing={6} mt={6}>
              {forum.members.map((m) => (
                <Checkbox key={m.id} value={m.id} label={m.name} data-testid="meeting-attendee" />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <Stack gap="xs">
            <Text size="sm" fw={500}>
              {t('crossSelling.forum.record.decisions')}
            </Text>
            {decisions.map((_, i) => (
              <Paper key={i} withBorder radius="sm" p="sm" data-testid="meeting-decision-draft">
                <Group gap="xs" align="flex-start" wrap="nowrap">
                  <Textarea
                    aria-label={t('crossSelling.forum.record.decision')}
                    placeholder={t('crossSelling.forum.record.decisionPlaceholder')}
                    {...form.getInputProps(`decisions.${i}.text`)}
                    autosize
                    minRows={1}
                    maxLength={1000}
                    style={{ flex: 1 }}
                    data-testid="decision-text"
                  />
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    mt={4}
                    onClick={() =>
                      decisions.length > 1 ? form.removeListItem('decisions', i) : form.setFieldValue('decisions', [{ ...blank }])
                    }
                    aria-label={t('crossSelling.forum.record.removeDecision')}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
                <Group grow gap="xs" mt="xs" align="flex-start">
                  <Select
                    label={t('crossSelling.forum.record.owner')}
                    placeholder={t('crossSelling.forum.record.noOwner')}
                    data={owners}
                    {...form.getInputProps(`decisions.${i}.ownerId`)}
                    searchable
                    clearable
                    size="xs"
                    data-testid="decision-owner"
                  />
                  <DateField
                    label={t('crossSelling.forum.record.dueOn')}
                    {...form.getInputProps(`decisions.${i}.dueOn`)}
                    size="xs"
                    data-testid="decision-due"
                  />
                </Group>
              </Paper>
            ))}
            <Button
              variant="subtle"
              size="xs"
              leftSection={<IconPlus size={14} />}
              onClick={() => form.insertListItem('decisions', { ...blank })}
              disabled={decisions.length >= 50}
              style={{ alignSelf: 'flex-start' }}
              data-testid="add-decision"
            >
              {t('crossSelling.forum.record.addDecision')}
            </Button>
          </Stack>
          <Textarea
            label={t('crossSelling.forum.record.notes')}
            {...form.getInputProps('notes')}
            autosize
            minRows={3}
            maxLength={10_000}
            data-testid="meeting-notes"
          />
          {record.error && (
            <Text size="sm" c="red" role="alert">
              {errorMessage(record.error, t)}
            </Text>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending} data-testid="meeting-submit">
              {t('crossSelling.forum.record.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
