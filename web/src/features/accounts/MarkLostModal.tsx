import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { notify } from '../../shared/ui/notify';
import { useMarkLost } from './queries';

interface Props {
  accountId: string;
  name: string;
  opened: boolean;
  onClose: () => void;
}

/** Declaring a customer lost needs a reason: it lands on the timeline for every group to read (J2). */
export function MarkLostModal({ accountId, name, opened, onClose }: Props) {
  const { t } = useTranslation();
  const markLost = useMarkLost(accountId);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    setReason('');
    setError(null);
    markLost.reset();
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return setError(t('account.lost.reasonRequired'));
    markLost.mutate(reason.trim(), {
      onSuccess: () => {
        notify(t('account.lost.done', { name }));
        close();
      },
      onError: (e) => setError(errorMessage(e, t)),
    });
  };

  return (
    <Modal opened={opened} onClose={close} title={t('account.lost.title', { name })} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('account.lost.text')}
          </Text>
          <Textarea
            label={t('account.lost.reason')}
            placeholder={t('account.lost.reasonPlaceholder')}
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
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={markLost.isPending}>
              {t('account.lost.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
