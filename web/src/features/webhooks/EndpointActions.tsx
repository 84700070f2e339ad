import { ActionIcon, Alert, Button, Code, CopyButton, Group, Modal, Stack, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy, IconKey, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format/useFormat';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { notify } from '../../shared/ui/notify';
import type { Endpoint, RotatedSecret } from './api';
import { useRotateSecret, useSendTest } from './queries';

/**
 * An endpoint's "send a test event" (through the normal delivery path; the result is in the log) and
 * "rotate the secret" (the new one shown once here; the old one keeps signing during the grace period).
 */
export function EndpointActions({ endpoint, onTested }: { endpoint: Endpoint; onTested: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const sendTest = useSendTest();
  const rotate = useRotateSecret();
  const [confirming, setConfirming] = useState(false);
  const [rotated, setRotated] = useState<RotatedSecret | null>(null);

  return (
    <>
      <Tooltip label={t('webhooks.test.action')}>
        <ActionIcon
          variant="subtle"
          aria-label={t('webhooks.test.label', { url: endpoint.url })}
          loading={sendTest.isPending}
          disabled={!endpoint.enabled || endpoint.paused}
          onClick={() =>
            sendTest.mutate(endpoint.id, {
              onSuccess: (m) => {
                onTested();
                if (m.status === 'delivered') notify(t('webhooks.test.delivered', { code: m.lastStatusCode ?? '' }));
                else notify(t('webhooks.test.failed', { error: m.lastError ?? m.lastStatusCode ?? '' }), 'error');
              },
              onError: (err) => notify(errorMessage(err, t), 'error'),
            })
          }
        >
          <IconSend size={18} />
        </ActionIcon>
      </Tooltip>
      <Tooltip label={t('webhooks.rotate.action')}>
        <ActionIcon variant="subtle" aria-label={t('webhooks.rotate.label', { url: endpoint.url })} onClick={() => setConfirming(true)}>
          <IconKey size={18} />
        </ActionIcon>
      </Tooltip>
      <ConfirmDialog
        opened={confirming}
        title={t('webhooks.rotate.confirmTitle', { url: endpoint.url })}
        text={t('webhooks.rotate.confirmText')}
        confirmLabel={t('webhooks.rotate.action')}
        loading={rotate.isPending}
        onConfirm={() =>
          rotate.mutate(endpoint.id, {
            onSuccess: (r) => setRotated(r),
            onError: (err) => notify(errorMessage(err, t), 'error'),
            onSettled: () => setConfirming(false),
          })
        }
        onClose={() => setConfirming(false)}
      />
      <Modal
        opened={rotated !== null}
        onClose={() => setRotated(null)}
        title={t('webhooks.rotate.doneTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {rotated && (
          <Stack>
            <Alert color="yellow">{t('webhooks.rotate.once')}</Alert>
            <Code block data-testid="new-secret">
              {rotated.secret}
            </Code>
            <Text size="sm">{t('webhooks.rotate.grace', { until: format.dateTime(rotated.previousSecretUntil) })}</Text>
            <Group justify="flex-end">
              <CopyButton value={rotated.secret}>
                {({ copied, copy }) => (
                  <Button variant="light" leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />} onClick={copy}>
                    {copied ? t('webhooks.secretCopied') : t('webhooks.copySecret')}
                  </Button>
                )}
              </CopyButton>
              <Button onClick={() => setRotated(null)}>{t('webhooks.rotate.close')}</Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
