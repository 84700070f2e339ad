import { ActionIcon, Button, Code, Paper, Table, Tooltip } from '@mantine/core';
import { IconKey, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiKey } from '@contract/auth';
import { notify } from '../../shared/ui/notify';
import { useFormat } from '../../shared/format/useFormat';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { EmptyState } from '../../shared/ui/EmptyState';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { PageHeader } from '../../shared/ui/PageHeader';
import { CreateApiKeyModal } from './CreateApiKeyModal';
import { useApiKeys, useRevokeApiKey } from './queries';

/** The signed-in user's API keys (L2): list, create (token shown once), revoke. */
export default function ApiKeysPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const keys = useApiKeys();
  const revoke = useRevokeApiKey();
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);

  const confirmRevoke = (key: ApiKey) =>
    revoke.mutate(key.id, {
      onSuccess: () => notify(t('apiKeys.notify.revoked', { name: key.name })),
      onError: (e) => notify(errorMessage(e, t), 'error'),
      onSettled: () => setRevoking(null),
    });

  const createButton = (
    <Button leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)} data-testid="api-key-create">
      {t('apiKeys.create')}
    </Button>
  );

  return (
    <>
      <PageHeader
        title={t('apiKeys.title')}
        description={t('apiKeys.description')}
        actions={keys.data?.length ? createButton : undefined}
      />
      {keys.error ? (
        <ErrorAlert error={keys.error} onRetry={() => void keys.refetch()} />
      ) : keys.data?.length === 0 ? (
        <EmptyState
          icon={<IconKey size={32} stroke={1.5} />}
          title={t('apiKeys.empty.title')}
          description={t('apiKeys.empty.text')}
          actions={createButton}
        />
      ) : (
        <Paper withBorder radius="md" px="md" py="xs">
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('apiKeys.columns.name')}</Table.Th>
                  <Table.Th>{t('apiKeys.columns.prefix')}</Table.Th>
                  <Table.Th>{t('apiKeys.columns.created')}</Table.Th>
                  <Table.Th>{t('apiKeys.columns.lastUsed')}</Table.Th>
                  <Table.Th w={48} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(keys.data ?? []).map((key) => (
                  <Table.Tr key={key.id} data-testid="api-key-row">
                    <Table.Td fw={500}>{key.name}</Table.Td>
                    <Table.Td>
                      <Code>{key.prefix}…</Code>
                    </Table.Td>
                    <Table.Td>{format.date(key.createdAt)}</Table.Td>
                    <Table.Td>{key.lastUsedAt ? format.relative(key.lastUsedAt) : t('apiKeys.never')}</Table.Td>
                    <Table.Td>
                      <Tooltip label={t('apiKeys.revoke')}>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={t('apiKeys.revokeLabel', { name: key.name })}
                          onClick={() => setRevoking(key)}
                          data-testid="api-key-revoke"
                        >
                          <IconTrash size={18} />
                        </ActionIcon>
                      </Tooltip>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      <CreateApiKeyModal opened={creating} onClose={() => setCreating(false)} />
      <ConfirmDialog
        opened={revoking !== null}
        title={t('apiKeys.confirmRevoke.title', { name: revoking?.name ?? '' })}
        text={t('apiKeys.confirmRevoke.text')}
        confirmLabel={t('apiKeys.revoke')}
        loading={revoke.isPending}
        onConfirm={() => revoking && confirmRevoke(revoking)}
        onClose={() => setRevoking(null)}
        testId="api-key-revoke-confirm"
      />
    </>
  );
}
