import { BarChart, CompositeChart } from '@mantine/charts';
import { Box, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { stageName } from '../../shared/domain/stages';
import { useFormat } from '../../shared/format/useFormat';
import type { Overview } from './api';
import { channels } from '@domain/channels';
import { channelColor } from '../../shared/ui/channels';

export function ChartCard({ title, text, children, testId }: { title: string; text?: string; children: ReactNode; testId: string }) {
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} h="100%" data-testid={testId}>
      <Title order={2} fz="lg" fw={600}>
        {title}
      </Title>
      {text && (
        <Text size="sm" c="dimmed">
          {text}
        </Text>
      )}
      <Box mt="md">{children}</Box>
    </Paper>
  );
}

const compact = (locale: string) => new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });

/** Volume per month, stacked by channel, against the monthly share of the target. */
export function MonthlyVolumeChart({ data }: { data: Overview }) {
  const { t } = useTranslation();
  const format = useFormat();
  const short = compact(format.locale);
  const hasTarget = data.volumeByMonth.some((m) => m.target !== null);
  return (
    <ChartCard title={t('overview.charts.monthly')} text={t('overview.charts.monthlyText')} testId="overview-monthly-chart">
      <CompositeChart
        h={300}
        data={data.volumeByMonth.map((m) => ({ ...m, month: format.date(m.month, { month: 'short' }) }))}
        dataKey="month"
        series={[
          ...channels.map((c) => ({
            name: c,
            label: t(`targets.channelsShort.${c}`),
            color: `${channelColor[c]}.6`,
            type: 'bar' as const,
          })),
          ...(hasTarget
            ? [{ name: 'target', label: t('overview.charts.monthlyTarget'), color: 'red.6', type: 'line' as const, strokeDasharray: '5 5' }]
            : []),
        ]}
        barProps={{ stackId: 'volume' }}
        withDots={false}
        valueFormatter={(v) => format.currency(v, data.reportingCurrency)}
        yAxisProps={{ width: 60, tickFormatter: (v: number) => short.format(v) }}
        withLegend
        legendProps={{ verticalAlign: 'bottom' }}
        tickLine="y"
        gridAxis="y"
        maxBarWidth={36}
      />
    </ChartCard>
  );
}

/** Target against actual per channel. */
export function TargetVsActualChart({ data }: { data: Overview }) {
  const { t } = useTranslation();
  const format = useFormat();
  const short = compact(format.locale);
  return (
    <ChartCard title={t('overview.charts.targetVsActual')} testId="overview-target-chart">
      <BarChart
        h={260}
        data={channels.map((c) => ({
          channel: t(`targets.channelsShort.${c}`),
          volume: data.volume[c].volume,
          target: data.volume[c].target ?? 0,
        }))}
        dataKey="channel"
        series={[
          { name: 'target', label: t('overview.charts.target'), color: 'gray.4' },
          { name: 'volume', label: t('overview.charts.actual'), color: 'indigo.6' },
        ]}
        valueFormatter={(v) => format.currency(v, data.reportingCurrency)}
        yAxisProps={{ width: 60, tickFormatter: (v: number) => short.format(v) }}
        withLegend
        legendProps={{ verticalAlign: 'bottom' }}
        tickLine="y"
        gridAxis="y"
      />
    </ChartCard>
  );
}

/** The overview names stages by their (possibly renamed) name only: translate the default ones. */
/** Open pipeline per stage (value and count). */
export function PipelineByStageChart({ data }: { data: Overview }) {
  const { t } = useTranslation();
  const format = useFormat();
  const short = compact(format.locale);
  if (data.pipeline.byStage.length === 0) {
    return (
      <ChartCard title={t('overview.charts.byStage')} testId="overview-stage-chart">
        <Text size="sm" c="dimmed">
          {t('overview.charts.noPipeline')}
        </Text>
      </ChartCard>
    );
  }
  return (
    <ChartCard title={t('overview.charts.byStage')} text={t('overview.charts.byStageText')} testId="overview-stage-chart">
      <BarChart
        h={260}
        data={data.pipeline.byStage.map((s) => ({
          stage: `${stageName(s, t)} (${s.count})`,
          value: s.value,
        }))}
        dataKey="stage"
        orientation="vertical"
        series={[{ name: 'value', label: t('overview.charts.value'), color: 'blue.6' }]}
        valueFormatter={(v) => format.currency(v, data.reportingCurrency)}
        xAxisProps={{ tickFormatter: (v: number) => short.format(v) }}
        yAxisProps={{ width: 170 }}
        gridAxis="x"
      />
    </ChartCard>
  );
}
