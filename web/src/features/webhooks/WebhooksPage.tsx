import {
  ActionIcon,
  Badge,
  Button,
  Code,
  CopyButton,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconCheck, IconCopy, IconPencil, IconPlayerPlay, IconPlus, IconRefresh, IconTrash, IconWebhook } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format/useFormat';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { useUrlParams } from '../../shared/url/useUrlParams';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { EmptyState } from '../../shared/ui/EmptyState';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { notify } from '../../shared/ui/notify';
import { PageHeader } from '../../shared/ui/PageHeader';
import { Paging } from '../../shared/ui/Paging';
import type { Endpoint, Message } from './api';
import { EndpointActions } from './EndpointActions';
import { EndpointModal } from './EndpointModal';
import { useDeleteEndpoint, useEndpoints, useMessages, useReplay, useUpdateEndpoint } from './queries';

/** An endpoint's state in one word: paused (failing), off, on. */
function EndpointState({ endpoint }: { endpoint: Endpoint }) {
  const { t } = useTranslation();
  if (endpoint.paused)
    return (
      <Badge color="red" variant="light">
        {t('webhooks.state.paused')}
      </Badge>
    );
  if (!endpoint.enabled)
    return (
      <Badge color="gray" variant="light">
        {t('webhooks.state.off')}
      </Badge>
    );
  return (
    <Badge color="teal" variant="light">
      {t('webhooks.state.on')}
    </Badge>
  );
}

function MessageStatus({ message }: { message: Message }) {
  const { t } = useTranslation();
  if (message.status === 'delivered')
    return (
      <Badge color="teal" variant="light">
        {t('webhooks.status.delivered')}
      </Badge>
    );
  if (message.attempts > 0)
    return (
      <Badge color="red" variant="light">
        {t('webhooks.status.retrying')}
      </Badge>
    );
  return (
    <Badge color="blue" variant="light">
      {t('webhooks.status.pending')}
    </Badge>
  );
}

/** The delivery log of one endpoint: each message's status, last answer, duration and tries; replay. */
function Deliveries({ endpoint }: { endpoint: Endpoint }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { params, update, page } = useUrlParams();
  const status = params.get('status') ?? 'all';
  const messages = useMessages(endpoint.id, { status: status === 'all' ? undefined : status, page });
  const replay = useReplay();
  const [open, setOpen] = useState<string | null>(null);

  return (
    <Paper withBorder radius="md" p="md" mt="lg">
      <Group justify="space-between" mb="sm" wrap="wrap">
        <Title order={2} size="h4">
          {t('webhooks.deliveries.title', { url: endpoint.url })}
        </Title>
        <SegmentedControl
          size="xs"
          value={status}
          onChange={(v) => update({ status: v === 'all' ? null : v })}
          data={(['all', 'pending', 'failing', 'delivered'] as const).map((v) => ({
            value: v,
            label: t(`webhooks.deliveries.filter.${v}`),
          }))}
        />
      </Group>
      {messages.error ? (
        <ErrorAlert error={messages.error} onRetry={() => void messages.refetch()} />
      ) : messages.data?.items.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('webhooks.deliveries.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="xs" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('webhooks.deliveries.event')}</Table.Th>
                <Table.Th>{t('webhooks.deliveries.status')}</Table.Th>
                <Table.Th>{t('webhooks.deliveries.code')}</Table.Th>
                <Table.Th>{t('webhooks.deliveries.duration')}</Table.Th>
                <Table.Th>{t('webhooks.deliveries.attempts')}</Table.Th>
                <Table.Th>{t('webhooks.deliveries.when')}</Table.Th>
                <Table.Th w={48} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(messages.data?.items ?? []).map((m) => (
                <Fragment key={m.id}>
                  <Table.Tr
                    onClick={() => setOpen(open === m.id ? null : m.id)}
                    style={{ cursor: 'pointer' }}
                    aria-expanded={open === m.id}
                  >
                    <Table.Td>
                      <Code>{m.eventType}</Code>
                    </Table.Td>
                    <Table.Td>
                      <MessageStatus message={m} />
                    </Table.Td>
                    <Table.Td>{m.lastStatusCode ?? (m.lastError ? '—' : '')}</Table.Td>
                    <Table.Td>
                      {m.lastDurationMs !== null ? t('webhooks.deliveries.ms', { ms: format.number(m.lastDurationMs) }) : ''}
                    </Table.Td>
                    <Table.Td>{m.attempts}</Table.Td>
                    <Table.Td title={format.dateTime(m.lastAttemptAt ?? m.createdAt)}>
                      {m.status === 'pending' && m.nextAttemptAt && m.attempts > 0
                        ? t('webhooks.deliveries.next', { when: format.dateTime(m.nextAttemptAt) })
                        : format.when(m.lastAttemptAt ?? m.createdAt)}
                    </Table.Td>
                    <Table.Td>
                      <Tooltip label={t('webhooks.deliveries.replay')}>
                        <ActionIcon
                          variant="subtle"
                          aria-label={t('webhooks.deliveries.replayLabel', { event: m.eventType })}
                          loading={replay.isPending && replay.variables.messageId === m.id}
                          onClick={(e) => {
                            e.stopPropagation();
                            replay.mutate(
                              { id: endpoint.id, messageId: m.id },
                              {
                                onSuccess: () => notify(t('webhooks.notify.replayed')),
                                onError: (err) => notify(errorMessage(err, t), 'error'),
                              },
                            );
                          }}
                        >
                          <IconRefresh size={18} />
                        </ActionIcon>
                      </Tooltip>
                    </Table.Td>
                  </Table.Tr>
                  {open === m.id && (
                    <Table.Tr>
                      <Table.Td colSpan={7}>
                        <Stack gap={6}>
                          <Text size="xs" c="dimmed">
                            webhook-id <Code>{m.webhookId}</Code> · {m.recordKey}
                          </Text>
                          {m.log.map((a) => (
                            <Text size="sm" key={a.id}>
                              {format.dateTime(a.at)} — {a.ok ? '✓' : '✗'} {a.statusCode ?? ''} {a.error ?? ''} (
                              {t('webhooks.deliveries.ms', { ms: format.number(a.durationMs) })})
                              {a.replay ? ` · ${t('webhooks.deliveries.replayed')}` : ''}
                            </Text>
                          ))}
                          <Code block>{JSON.stringify(m.payload, null, 2)}</Code>
                        </Stack>
                      </Table.Td>
                    </Table.Tr>
                  )}
                </Fragment>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {messages.data && (
        <Paging page={page} pageSize={messages.data.pageSize} total={messages.data.total} onPage={(p) => update({ page: String(p) })} />
      )}
    </Paper>
  );
}

/** Administration → Webhooks (L2): endpoints, their secrets and state, and the delivery log. */
export default function WebhooksPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const endpoints = useEndpoints();
  const updateEndpoint = useUpdateEndpoint();
  const remove = useDeleteEndpoint();
  const { params, update } = useUrlParams();
  const [editing, setEditing] = useState<Endpoint | 'new' | null>(null);
  const [removing, setRemoving] = useState<Endpoint | null>(null);
  const selected = endpoints.data?.find((e) => e.id === params.get('endpoint')) ?? endpoints.data?.[0] ?? null;

  const addButton = (
    <Button leftSection={<IconPlus size={18} />} onClick={() => setEditing('new')}>
      {t('webhooks.add')}
    </Button>
  );

  return (
    <>
      <PageHeader
        title={t('webhooks.title')}
        description={t('webhooks.description')}
        actions={endpoints.data?.length ? addButton : undefined}
      />
      {endpoints.error ? (
        <ErrorAlert error={endpoints.error} onRetry={() => void endpoints.refetch()} />
      ) : endpoints.data?.length === 0 ? (
        <EmptyState
          icon={<IconWebhook size={32} stroke={1.5} />}
          title={t('webhooks.empty.title')}
          description={t('webhooks.empty.text')}
          actions={addButton}
        />
      ) : (
        <Paper withBorder radius="md" px="md" py="xs">
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('webhooks.columns.url')}</Table.Th>
                  <Table.Th>{t('webhooks.columns.events')}</Table.Th>
                  <Table.Th>{t('webhooks.columns.state')}</Table.Th>
                  <Table.Th>{t('webhooks.columns.waiting')}</Table.Th>
                  <Table.Th>{t('webhooks.columns.secret')}</Table.Th>
                  <Table.Th w={180} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(endpoints.data ?? []).map((e) => (
                  <Table.Tr key={e.id} bg={selected?.id === e.id ? 'var(--mantine-color-default-hover)' : undefined}>
                    <Table.Td>
                      <Button
                        variant="subtle"
                        size="compact-sm"
                        onClick={() => update({ endpoint: e.id, status: null })}
                        aria-current={selected?.id === e.id}
                      >
                        {e.url}
                      </Button>
                      {e.description && (
                        <Text size="xs" c="dimmed" pl={8}>
                          {e.description}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{t('webhooks.eventCount', { count: e.events.length })}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={6}>
                        <EndpointState endpoint={e} />
                        {e.consecutiveFailures > 0 && (
                          <Text size="xs" c="red">
                            {t('webhooks.failures', { count: e.consecutiveFailures })}
                          </Text>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>{e.pending}</Table.Td>
                    <Table.Td>
                      <CopyButton value={e.secret}>
                        {({ copied, copy }) => (
                          <Button
                            size="compact-xs"
                            variant="light"
                            color={copied ? 'teal' : undefined}
                            leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
                            onClick={copy}
                          >
                            {copied ? t('webhooks.secretCopied') : t('webhooks.copySecret')}
                          </Button>
                        )}
                      </CopyButton>
                      {e.previousSecretUntil && (
                        <Text size="xs" c="dimmed">
                          {t('webhooks.rotate.graceShort', { until: format.dateTime(e.previousSecretUntil) })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <EndpointActions endpoint={e} onTested={() => update({ endpoint: e.id, status: null })} />
                        {e.paused && (
                          <Tooltip label={t('webhooks.resume')}>
                            <ActionIcon
                              variant="subtle"
                              color="teal"
                              aria-label={t('webhooks.resumeLabel', { url: e.url })}
                              onClick={() =>
                                updateEndpoint.mutate(
                                  { id: e.id, paused: false },
                                  { onSuccess: () => notify(t('webhooks.notify.resumed', { url: e.url })) },
                                )
                              }
                            >
                              <IconPlayerPlay size={18} />
                            </ActionIcon>
                          </Tooltip>
                        )}
                        <Tooltip label={t('webhooks.edit')}>
                          <ActionIcon variant="subtle" aria-label={t('webhooks.editLabel', { url: e.url })} onClick={() => setEditing(e)}>
                            <IconPencil size={18} />
                          </ActionIcon>
                        </Tooltip>
                        <Tooltip label={t('webhooks.remove')}>
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={t('webhooks.removeLabel', { url: e.url })}
                            onClick={() => setRemoving(e)}
                          >
                            <IconTrash size={18} />
                          </ActionIcon>
                        </Tooltip>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
      {selected && <Deliveries endpoint={selected} />}
      {editing && <EndpointModal endpoint={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      <ConfirmDialog
        opened={removing !== null}
        title={t('webhooks.confirmRemove.title', { url: removing?.url ?? '' })}
        text={t('webhooks.confirmRemove.text')}
        confirmLabel={t('webhooks.remove')}
        loading={remove.isPending}
        onConfirm={() =>
          removing &&
          remove.mutate(removing.id, {
            onSuccess: () => notify(t('webhooks.notify.removed', { url: removing.url })),
            onError: (err) => notify(errorMessage(err, t), 'error'),
            onSettled: () => setRemoving(null),
          })
        }
        onClose={() => setRemoving(null)}
      />
    </>
  );
}
