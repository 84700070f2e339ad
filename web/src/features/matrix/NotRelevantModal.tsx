import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CellRef } from './matrixModel';

interface Props {
  /** The cell being marked, or null when closed. */
  cell: CellRef | null;
  onClose: () => void;
  onSubmit: (reason: string) => void;
}

/** "Not relevant" needs the reason, so that nobody in another group has to ask again. */
export function NotRelevantModal({ cell, onClose, onSubmit }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    setReason('');
    setError(null);
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return setError(t('crossSelling.form.required'));
    onSubmit(reason.trim());
    close();
  };

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
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
              setError(null);
            }}
            error={error}
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
