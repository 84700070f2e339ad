import { BarChart } from '@mantine/charts';
import { Alert, Anchor, Box, Breadcrumbs, Group, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../shared/format/useFormat';
import { PageHeader } from '../../shared/ui/PageHeader';
import type { ForecastData } from './api';
import { OpportunityFilters } from './OpportunityFilters';
import { useForecast } from './queries';
import { ReportLinks } from './ReportLinks';
import { useOpportunityFilter } from './useOpportunityFilter';
import { customFilterOf } from '../../shared/custom-fields/form';
import { QueryState } from '../../shared/ui/PageState';

const horizons = ['6', '12', '24'] as const;
type Breakdown = 'bySalesGroup' | 'byMarket';

/** The forecast (B): open opportunities by expected close month, weighted and unweighted, per group or market. */
export default function ForecastPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { filter: base, scope, params, update } = useOpportunityFilter();
  const filter = { ...base, cf: customFilterOf(params) };
  const months = horizons.find((h) => h === params.get('months')) ?? '12';
  const breakdown: Breakdown = params.get('breakdown') === 'byMarket' ? 'byMarket' : 'bySalesGroup';
  const forecast = useForecast(filter, Number(months));
  const data = forecast.data;
  const monthLabel = (month: string) => format.date(month, { month: 'short', year: '2-digit' });

  return (
    <Box data-testid="forecast-page">
      <Breadcrumbs mb="sm" fz="sm">
        <Anchor component={Link} to="/pipeline" size="sm">
          {t('nav.pipeline')}
        </Anchor>
      </Breadcrumbs>
      <PageHeader title={t('pipeline.reports.forecast')} description={t('pipeline.reports.forecastText')} actions={<ReportLinks />} />
      <OpportunityFilters params={params} scope={scope} onChange={update} />
      {forecast.error || !data ? (
        <QueryState query={forecast} />
      ) : (
        <Stack gap="lg" style={{ opacity: forecast.isPlaceholderData ? 0.6 : 1 }}>
          <Overdue data={data} />
          {data.missingRates.length > 0 && (
            <Alert color="yellow" variant="light">
              {t('pipeline.reports.missingRates', { currencies: data.missingRates.join(', ') })}
            </Alert>
          )}
          <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
            <Group justify="space-between" mb="md" gap="sm">
              <Text size="xs" c="dimmed">
                {t('pipeline.reportingCurrency', { currency: data.reportingCurrency })}
              </Text>
              <SegmentedControl
                size="xs"
                value={months}
                onChange={(v) => update({ months: v === '12' ? null : v })}
                data={horizons.map((h) => ({ value: h, label: h }))}
                aria-label={t('pipeline.reports.forecast')}
              />
            </Group>
            {data.months.every((m) => m.count === 0) ? (
              <Text c="dimmed" size="sm" py="xl" ta="center">
                {t('pipeline.reports.empty')}
              </Text>
            ) : (
              <BarChart
                h={320}
                data={data.months.map((m) => ({ month: monthLabel(m.month), value: m.value, weightedValue: m.weightedValue }))}
                dataKey="month"
                series={[
                  { name: 'value', label: t('pipeline.reports.unweighted'), color: 'blue.2' },
                  { name: 'weightedValue', label: t('pipeline.reports.weighted'), color: 'blue.7' },
                ]}
                valueFormatter={(v) => format.currency(v, data.reportingCurrency)}
                withLegend
                tickLine="y"
                gridAxis="y"
                yAxisProps={{ width: 110 }}
                data-testid="forecast-chart"
              />
            )}
          </Paper>
          <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
            <Group justify="space-between" mb="sm" gap="sm">
              <Title order={2} fz="lg" fw={600}>
                {t('pipeline.reports.breakdown')}
              </Title>
              <SegmentedControl
                size="xs"
                value={breakdown}
                onChange={(v) => update({ breakdown: v === 'byMarket' ? v : null })}
                data={[
                  { value: 'bySalesGroup', label: t('pipeline.reports.bySalesGroup') },
                  { value: 'byMarket', label: t('pipeline.reports.byMarket') },
                ]}
                data-testid="forecast-breakdown"
              />
            </Group>
            <BreakdownTable data={data} breakdown={breakdown} monthLabel={monthLabel} />
          </Paper>
        </Stack>
      )}
    </Box>
  );
}

function Overdue({ data }: { data: ForecastData }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { count, value } = data.overdue;
  return (
    <Alert
      color={count ? 'orange' : 'teal'}
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={t('pipeline.reports.overdue')}
      data-testid="forecast-overdue"
    >
      {count
        ? t('pipeline.reports.overdueText', { count, value: format.currency(value, data.reportingCurrency) })
        : t('pipeline.reports.overdueNone')}
    </Alert>
  );
}

function BreakdownTable({ data, breakdown, monthLabel }: { data: ForecastData; breakdown: Breakdown; monthLabel: (m: string) => string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows = new Map<string, { name: string; cells: Map<string, number>; total: number }>();
  for (const m of data.months) {
    for (const cell of m[breakdown]) {
      const key = cell.id ?? 'none';
      const row = rows.get(key) ?? { name: cell.name ?? t('pipeline.reports.unknown'), cells: new Map(), total: 0 };
      row.cells.set(m.month, cell.weightedValue);
      row.total += cell.weightedValue;
      rows.set(key, row);
    }
  }
  const money = (v: number) => format.currency(v, data.reportingCurrency);
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped verticalSpacing={4} fz="xs" data-testid="forecast-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('pipeline.reports.name')}</Table.Th>
            {data.months.map((m) => (
              <Table.Th key={m.month} ta="right" style={{ whiteSpace: 'nowrap' }}>
                {monthLabel(m.month)}
              </Table.Th>
            ))}
            <Table.Th ta="right">{t('pipeline.reports.total')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...rows.entries()]
            .sort((a, b) => b[1].total - a[1].total)
            .map(([key, row]) => (
              <Table.Tr key={key}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{row.name}</Table.Td>
                {data.months.map((m) => (
                  <Table.Td key={m.month} ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {row.cells.get(m.month) ? money(row.cells.get(m.month) ?? 0) : '—'}
                  </Table.Td>
                ))}
                <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }}>
                  {money(row.total)}
                </Table.Td>
              </Table.Tr>
            ))}
          <Table.Tr fw={600}>
            <Table.Td>{t('pipeline.reports.total')}</Table.Td>
            {data.months.map((m) => (
              <Table.Td key={m.month} ta="right" style={{ whiteSpace: 'nowrap' }}>
                {money(m.weightedValue)}
              </Table.Td>
            ))}
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
              {money(data.months.reduce((s, m) => s + m.weightedValue, 0))}
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
