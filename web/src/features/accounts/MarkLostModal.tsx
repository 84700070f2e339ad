import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MarkLost } from '@contract/accounts';
import { useSchemaForm } from '../../shared/forms/useSchemaForm';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { ChurnReasonSelect } from '../../shared/retention/churnReasons';
import { notify } from '../../shared/ui/notify';
import { useMarkLost } from './queries';

interface Props {
  accountId: string;
  name: string;
  opened: boolean;
  onClose: () => void;
}

/**
 * Declaring a customer lost needs a churn reason from the organisation's list, and words if wanted:
 * it lands on the timeline for every group to read, and in the churn report (J2).
 */
export function MarkLostModal({ accountId, name, opened, onClose }: Props) {
  const { t } = useTranslation();
  const markLost = useMarkLost(accountId);
  const form = useSchemaForm({
    initialValues: { churnReasonId: '', reason: '' },
    schema: MarkLost,
    messages: { churnReasonId: t('account.lost.reasonRequired') },
  });

  const close = () => {
    form.reset();
    markLost.reset();
    onClose();
  };

  const submit = form.onSubmit(({ churnReasonId, reason }) =>
    markLost.mutate(
      { churnReasonId, reason: reason?.trim() || undefined },
      {
        onSuccess: () => {
          notify(t('account.lost.done', { name }));
          close();
        },
        onError: (e) => form.setFieldError('churnReasonId', errorMessage(e, t)),
      },
    ),
  );

  const reasonProps = form.getInputProps('churnReasonId');
  return (
    <Modal opened={opened} onClose={close} title={t('account.lost.title', { name })} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('account.lost.text')}
          </Text>
          <ChurnReasonSelect
            value={form.values.churnReasonId || null}
            onChange={(v) => form.setFieldValue('churnReasonId', v ?? '')}
            error={reasonProps.error as string | undefined}
          />
          <Textarea
            label={t('account.lost.reason')}
            placeholder={t('account.lost.reasonPlaceholder')}
            {...form.getInputProps('reason')}
            maxLength={500}
            autosize
            minRows={2}
            data-autofocus
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={markLost.isPending} data-testid="mark-lost-submit">
              {t('account.lost.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
