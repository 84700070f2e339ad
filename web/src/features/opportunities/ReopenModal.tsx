import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ReopenOpportunity } from '@contract/opportunities';
import { useSchemaForm } from '../../shared/forms/useSchemaForm';
import { notify } from '../../shared/ui/notify';
import { opportunitiesApi, type OpportunityDetail } from './api';
import { useOpportunityWrite } from './queries';
import { writeErrorMessage } from './writeErrors';

interface Props {
  opportunity: OpportunityDetail;
  opened: boolean;
  onClose: () => void;
}

/**
 * Reopen a closed deal, saying why: it goes back to the stage it was closed from; what a win gave
 * the customer, the points it scored and the referral credit it earned are taken back (the statement
 * shows the adjustment).
 */
export function ReopenModal({ opportunity, opened, onClose }: Props) {
  const { t } = useTranslation();
  const form = useSchemaForm({
    initialValues: { reason: '' },
    schema: ReopenOpportunity,
    toInput: ({ reason }) => ({ version: opportunity.version, reason }),
    messages: { reason: t('pipeline.fields.required') },
  });
  const reopen = useOpportunityWrite((body: { version: number; reason: string }) => opportunitiesApi.reopen(opportunity.id, body));
  const submit = form.onSubmit((body) =>
    reopen.mutate(body, {
      onSuccess: (o) => {
        notify(t('pipeline.reopen.done', { name: o.name }));
        form.reset();
        onClose();
      },
    }),
  );
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('pipeline.reopen.title', { name: opportunity.name })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md" data-testid="reopen-modal">
          <Text size="sm" c="dimmed">
            {t(opportunity.stage.outcome === 'won' ? 'pipeline.reopen.textWon' : 'pipeline.reopen.textLost')}
          </Text>
          <Textarea
            label={t('pipeline.reopen.reason')}
            {...form.getInputProps('reason')}
            maxLength={500}
            autosize
            minRows={2}
            required
            data-testid="reopen-reason"
          />
          {reopen.error && (
            <Text size="sm" c="red" role="alert">
              {writeErrorMessage(reopen.error, t)}
            </Text>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={reopen.isPending} data-testid="reopen-submit">
              {t('pipeline.reopen.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
