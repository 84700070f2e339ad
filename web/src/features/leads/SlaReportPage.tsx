import { IconClockHour4 } from '@tabler/icons-react';
import { Anchor, Center, Group, Loader, Paper, SegmentedControl, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../shared/format/useFormat';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { EmptyState } from '../../shared/ui/EmptyState';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useUrlParams } from '../../shared/url/useUrlParams';
import { useSlaReport } from './queries';

const WEEKS = 12;

/**
 * The sales–marketing agreement (C2, K2): per sales group (or seller) and week, the leads handed,
 * accepted in time and late, rejected, still waiting and past their deadline, and the median working
 * hours to accept — the server counts, the page shows.
 */
export function SlaReportPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { params, update } = useUrlParams();
  const by = params.get('by') === 'seller' ? 'seller' : 'salesGroup';
  const per = params.get('per') === 'period' ? 'period' : 'week';
  const from = new Date(Date.now() - WEEKS * 7 * 86_400_000).toISOString().slice(0, 10);
  const report = useSlaReport({ by, per, from });

  return (
    <div data-testid="sla-report-page">
      <PageHeader
        title={t('leads.report.title')}
        description={t('leads.report.description', { weeks: WEEKS })}
        actions={
          <Anchor component={Link} to="/leads" size="sm">
            {t('leads.title')}
          </Anchor>
        }
      />
      <Group gap="md" mb="md">
        <SegmentedControl
          value={by}
          onChange={(v) => update({ by: v === 'seller' ? 'seller' : null })}
          data={[
            { value: 'salesGroup', label: t('leads.report.byGroup') },
            { value: 'seller', label: t('leads.report.bySeller') },
          ]}
          aria-label={t('leads.report.by')}
        />
        <SegmentedControl
          value={per}
          onChange={(v) => update({ per: v === 'period' ? 'period' : null })}
          data={[
            { value: 'week', label: t('leads.report.perWeek') },
            { value: 'period', label: t('leads.report.whole', { weeks: WEEKS }) },
          ]}
          aria-label={t('leads.report.per')}
        />
      </Group>
      {report.error ? (
        <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />
      ) : !report.data ? (
        <Center py="xl">
          <Loader aria-label={t('common.loading')} />
        </Center>
      ) : report.data.rows.length === 0 ? (
        <EmptyState
          icon={<IconClockHour4 size={32} stroke={1.5} />}
          title={t('leads.report.empty')}
          description={t('leads.report.emptyText')}
        />
      ) : (
        <Paper withBorder radius="md" px="md" py="xs" style={{ opacity: report.isPlaceholderData ? 0.6 : 1 }}>
          <Table.ScrollContainer minWidth={860}>
            <Table verticalSpacing="sm" data-testid="sla-report">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{by === 'seller' ? t('leads.report.seller') : t('leads.report.group')}</Table.Th>
                  {per === 'week' && <Table.Th>{t('leads.report.week')}</Table.Th>}
                  <Table.Th ta="right">{t('leads.report.handed')}</Table.Th>
                  <Table.Th ta="right">{t('leads.report.inTime')}</Table.Th>
                  <Table.Th ta="right">{t('leads.report.late')}</Table.Th>
                  <Table.Th ta="right">{t('leads.report.rejected')}</Table.Th>
                  <Table.Th ta="right">{t('leads.report.overdue')}</Table.Th>
                  <Table.Th ta="right">{t('leads.report.waiting')}</Table.Th>
                  <Table.Th ta="right">{t('leads.report.median')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.data.rows.map((r) => (
                  <Table.Tr key={`${r.id ?? '-'}|${r.week ?? ''}`} data-testid="sla-report-row">
                    <Table.Td>{r.name ?? t('leads.report.nobody')}</Table.Td>
                    {per === 'week' && <Table.Td>{r.week}</Table.Td>}
                    <Table.Td ta="right">{r.handed}</Table.Td>
                    <Table.Td ta="right" data-testid="sla-report-in-time">
                      {r.acceptedInTime}
                      {r.handed > 0 && (
                        <Text span size="xs" c="dimmed" ml={6}>
                          {format.percent(r.acceptedInTime / r.handed)}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right">{r.acceptedLate}</Table.Td>
                    <Table.Td
                      ta="right"
                      title={Object.entries(r.rejectedByReason)
                        .map(([k, n]) => `${t(`leads.reasons.${k as 'other'}`)}: ${n}`)
                        .join(', ')}
                    >
                      {r.rejected}
                    </Table.Td>
                    <Table.Td
                      ta="right"
                      c={r.overdue > 0 ? 'red' : undefined}
                      fw={r.overdue > 0 ? 700 : undefined}
                      data-testid="sla-report-overdue"
                    >
                      {r.overdue}
                    </Table.Td>
                    <Table.Td ta="right">{r.waiting}</Table.Td>
                    <Table.Td ta="right">
                      {r.medianHoursToAccept === null ? '—' : t('leads.report.hours', { hours: format.number(r.medianHoursToAccept) })}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      )}
    </div>
  );
}
