import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MarkCell } from '@contract/matrix';
import { useSchemaForm } from '../../shared/forms/useSchemaForm';
import type { CellRef } from './matrixModel';

interface Props {
  /** The cell being marked, or null when closed. */
  cell: CellRef | null;
  onClose: () => void;
  onSubmit: (reason: string) => void;
}

/** "Not relevant" needs the reason, so that nobody in another group has to ask again (the contract's rule). */
export function NotRelevantModal({ cell, onClose, onSubmit }: Props) {
  const { t } = useTranslation();
  const form = useSchemaForm({
    initialValues: { reason: '' },
    schema: MarkCell,
    toInput: ({ reason }) => ({ accountId: cell?.accountId, productId: cell?.productId, state: 'not_relevant', reason }),
    messages: { reason: t('crossSelling.form.required') },
  });

  const close = () => {
    form.reset();
    onClose();
  };
  const submit = form.onSubmit((mark) => {
    onSubmit(mark.reason ?? '');
    close();
  });

  return (
    <Modal
      opened={cell !== null}
      onClose={close}
      title={t('crossSelling.matrix.notRelevant.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate data-testid="not-relevant-modal">
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('crossSelling.matrix.notRelevant.text', { product: cell?.productName ?? '', account: cell?.accountName ?? '' })}
          </Text>
          <Textarea
            label={t('crossSelling.matrix.notRelevant.reason')}
            {...form.getInputProps('reason')}
            maxLength={500}
            autosize
            minRows={2}
            required
            data-autofocus
            data-testid="not-relevant-reason"
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" data-testid="not-relevant-submit">
              {t('crossSelling.matrix.notRelevant.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
