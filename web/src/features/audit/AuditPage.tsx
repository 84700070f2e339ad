import { Anchor, Button, Code, Group, Paper, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconDownload, IconHistory } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { z } from 'zod';
import type { AuditPage as AuditPageData } from '@contract/audit';
import { auditChannels } from '@domain/audit';
import { api } from '../../shared/api/client';
import { useFormat } from '../../shared/format/useFormat';
import { shownFieldValue } from '../../shared/history/api';
import { EmptyState } from '../../shared/ui/EmptyState';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { PageHeader } from '../../shared/ui/PageHeader';
import { Paging } from '../../shared/ui/Paging';
import { useUrlParams } from '../../shared/url/useUrlParams';
import { DateField } from '../../shared/ui/DateField';

const filterKeys = ['entityType', 'entityId', 'action', 'channel', 'field', 'from', 'to', 'actorId'] as const;
const recordTypes = [
  'account',
  'contact',
  'opportunity',
  'targets',
  'user',
  'handoff',
  'lead',
  'webhook_endpoint',
  'market',
  'sales_group',
  'season',
] as const;

const linkTo = (type: string, id: string) =>
  type === 'account'
    ? `/accounts/${id}`
    : type === 'contact'
      ? `/contacts/${id}`
      : type === 'opportunity'
        ? `/pipeline/${id}`
        : type === 'handoff'
          ? `/cross-selling/handoffs/${id}`
          : type === 'lead'
            ? `/leads/${id}`
            : null;

/** Administration → Audit trail (L5): every change, searchable by record, person, action, channel, field and days; CSV export. */
export default function AuditPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { params, update, page } = useUrlParams();
  const filters = Object.fromEntries(filterKeys.map((k) => [k, params.get(k) ?? undefined]).filter(([, v]) => v)) as Record<string, string>;
  const list = useQuery({
    queryKey: ['audit-events', filters, page],
    queryFn: ({ signal }) => api.get<z.infer<typeof AuditPageData>>('/api/audit-events', { ...filters, page, pageSize: 50 }, signal),
    placeholderData: keepPreviousData,
  });
  const exportHref = `/api/audit-events/export.csv?${new URLSearchParams(filters).toString()}`;

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        description={t('audit.description')}
        actions={
          <Button component="a" href={exportHref} variant="light" leftSection={<IconDownload size={18} />} download>
            {t('audit.export')}
          </Button>
        }
      />
      <Paper withBorder radius="md" p="md" mb="lg">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select
            label={t('audit.filters.recordType')}
            data={recordTypes.map((v) => ({ value: v, label: t(`audit.types.${v}`) }))}
            value={filters.entityType ?? null}
            onChange={(v) => update({ entityType: v, entityId: null })}
            clearable
            w={180}
          />
          <TextInput
            label={t('audit.filters.action')}
            placeholder="opportunity."
            defaultValue={filters.action ?? ''}
            onBlur={(e) => update({ action: e.currentTarget.value.trim() || null })}
            w={200}
          />
          <TextInput
            label={t('audit.filters.field')}
            placeholder="value"
            defaultValue={filters.field ?? ''}
            onBlur={(e) => update({ field: e.currentTarget.value.trim() || null })}
            w={140}
          />
          <Select
            label={t('audit.filters.channel')}
            data={auditChannels.map((v) => ({ value: v, label: t(`history.channels.${v}`) }))}
            value={filters.channel ?? null}
            onChange={(v) => update({ channel: v })}
            clearable
            w={150}
          />
          <DateField label={t('audit.filters.from')} value={filters.from ?? ''} onChange={(v) => update({ from: v || null })} w={160} />
          <DateField label={t('audit.filters.to')} value={filters.to ?? ''} onChange={(v) => update({ to: v || null })} w={160} />
          {Object.keys(filters).length > 0 && (
            <Button variant="subtle" onClick={() => update(Object.fromEntries(filterKeys.map((k) => [k, null])))}>
              {t('audit.filters.clear')}
            </Button>
          )}
        </Group>
      </Paper>
      {list.error ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data?.items.length === 0 ? (
        <EmptyState icon={<IconHistory size={32} stroke={1.5} />} title={t('audit.empty.title')} description={t('audit.empty.text')} />
      ) : (
        <Paper withBorder radius="md" px="md" py="xs">
          <Table.ScrollContainer minWidth={900}>
            <Table verticalSpacing="sm" data-testid="audit-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('audit.columns.when')}</Table.Th>
                  <Table.Th>{t('audit.columns.who')}</Table.Th>
                  <Table.Th>{t('audit.columns.action')}</Table.Th>
                  <Table.Th>{t('audit.columns.record')}</Table.Th>
                  <Table.Th>{t('audit.columns.changes')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(list.data?.items ?? []).map((e) => {
                  const href = linkTo(e.entityType, e.entityId);
                  const name = typeof e.data.name === 'string' ? e.data.name : null;
                  return (
                    <Table.Tr key={e.id}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(e.at)}</Table.Td>
                      <Table.Td>
                        <Text size="sm">{e.actor?.name ?? t('history.system')}</Text>
                        <Text size="xs" c="dimmed">
                          {t(`history.channels.${e.channel}`)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Code>{e.action}</Code>
                      </Table.Td>
                      <Table.Td>
                        <Text size="xs" c="dimmed">
                          {t(`audit.types.${e.entityType}`, { defaultValue: e.entityType })}
                        </Text>
                        {href ? (
                          <Anchor component={Link} to={href} size="sm">
                            {name ?? t('audit.open')}
                          </Anchor>
                        ) : (
                          <Anchor size="sm" component="button" onClick={() => update({ entityType: e.entityType, entityId: e.entityId })}>
                            {name ?? e.entityId.slice(0, 8)}
                          </Anchor>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Stack gap={0}>
                          {e.changes.map((c) => (
                            <Text size="sm" key={c.field}>
                              <Text span c="dimmed">
                                {t(`history.fields.${c.field}`, { defaultValue: c.field })}:
                              </Text>{' '}
                              {shownFieldValue(c.field, c.from, format, t)} → <strong>{shownFieldValue(c.field, c.to, format, t)}</strong>
                            </Text>
                          ))}
                          {e.changes.length === 0 && typeof e.data.reason === 'string' && (
                            <Text size="sm" c="dimmed">
                              {e.data.reason}
                            </Text>
                          )}
                        </Stack>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {list.data && (
            <Paging page={page} pageSize={list.data.pageSize} total={list.data.total} onPage={(p) => update({ page: String(p) })} />
          )}
        </Paper>
      )}
    </>
  );
}
