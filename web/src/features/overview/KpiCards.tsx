import { Anchor, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../shared/format/useFormat';
import type { Overview } from './api';

function Kpi({ label, value, children, testId }: { label: string; value: ReactNode; children?: ReactNode; testId: string }) {
  return (
    <Paper withBorder radius="md" p="md" data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: '0.04em' }}>
        {label}
      </Text>
      <Text fz={24} fw={650} lh={1.3} style={{ whiteSpace: 'nowrap' }}>
        {value}
      </Text>
      <Stack gap={0} mt={2}>
        {children}
      </Stack>
    </Paper>
  );
}

const Sub = ({ children, c }: { children: ReactNode; c?: string }) => (
  <Text size="xs" c={c ?? 'dimmed'}>
    {children}
  </Text>
);

/** The common KPIs (K1): pipeline and coverage, win rate, cycle, quotes, handoffs and feedback, renewals, invoicing. */
export function KpiCards({ data, renewalsHref }: { data: Overview; renewalsHref: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (v: number) => format.currency(v, data.reportingCurrency);
  const pct = (v: number | null) => (v === null ? '—' : format.percent(v));
  const { pipeline, handoffs } = data;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 4 }} spacing="md" data-testid="overview-kpis">
      <Kpi label={t('overview.kpi.pipeline')} value={money(pipeline.value)} testId="kpi-pipeline">
        <Sub>{t('overview.kpi.pipelineOpen', { count: pipeline.open, weighted: money(pipeline.weighted) })}</Sub>
        <Sub c={pipeline.coverage !== null && pipeline.coverage < 1 ? 'orange' : undefined}>
          {pipeline.coverage === null
            ? t('overview.kpi.coverageNone')
            : t('overview.kpi.coverage', { coverage: format.number(pipeline.coverage, { maximumFractionDigits: 1 }) })}
        </Sub>
      </Kpi>
      <Kpi label={t('overview.kpi.winRate')} value={pct(data.winRate)} testId="kpi-win-rate">
        <Sub>{t('overview.kpi.lastYear')}</Sub>
      </Kpi>
      <Kpi
        label={t('overview.kpi.cycle')}
        value={data.medianCycleDays === null ? '—' : t('overview.kpi.days', { count: Math.round(data.medianCycleDays) })}
        testId="kpi-cycle"
      >
        <Sub>{t('overview.kpi.cycleText')}</Sub>
      </Kpi>
      <Kpi label={t('overview.kpi.quotes')} value={format.number(data.outstandingQuotes.count)} testId="kpi-quotes">
        <Sub>{t('overview.kpi.quotesValue', { value: money(data.outstandingQuotes.value) })}</Sub>
      </Kpi>
      <Kpi label={t('overview.kpi.handoffs')} value={format.number(handoffs.given)} testId="kpi-handoffs">
        <Sub>{t('overview.kpi.handoffsText', { received: handoffs.received, answered: handoffs.answered, won: handoffs.won })}</Sub>
        <Sub>{t('overview.kpi.feedbackRate', { rate: pct(handoffs.feedbackRate) })}</Sub>
        {handoffs.overdue > 0 && <Sub c="red">{t('overview.kpi.handoffsOverdue', { count: handoffs.overdue })}</Sub>}
      </Kpi>
      <Kpi label={t('overview.kpi.renewals')} value={format.number(data.renewalsDue.count)} testId="kpi-renewals">
        <Sub>{t('overview.kpi.renewalsText', { value: money(data.renewalsDue.value) })}</Sub>
        <Anchor component={Link} to={renewalsHref} size="xs" data-testid="open-renewals">
          {t('overview.renewals.open')}
        </Anchor>
      </Kpi>
      <Kpi label={t('overview.kpi.invoiced')} value={money(data.invoiced)} testId="kpi-invoiced">
        <Sub>{t('overview.kpi.invoicedText', { volume: money(data.volume.total.volume) })}</Sub>
      </Kpi>
    </SimpleGrid>
  );
}
