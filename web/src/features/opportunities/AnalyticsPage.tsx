import { BarChart } from '@mantine/charts';
import { Anchor, Box, Breadcrumbs, Grid, Paper, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isLostReason, stageName } from '../../shared/domain/stages';
import { useFormat } from '../../shared/format/useFormat';
import { Fact } from '../../shared/ui/Fact';
import { PageHeader } from '../../shared/ui/PageHeader';
import { analyticsDimensions, type AnalyticsBy } from './api';
import { OpportunityFilters } from './OpportunityFilters';
import { useAnalytics } from './queries';
import { ReportLinks } from './ReportLinks';
import { useOpportunityFilter } from './useOpportunityFilter';
import { customFilterOf } from '../../shared/custom-fields/form';
import { QueryState } from '../../shared/ui/PageState';

function Section({ title, text, children, testId }: { title: string; text?: string; children: ReactNode; testId?: string }) {
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} data-testid={testId} h="100%">
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

/** Analytics (B7): win rate, median cycle, stage-to-stage conversion, lost reasons and competitors — per seller, group, market or product. */
export default function AnalyticsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { filter: base, scope, params, update } = useOpportunityFilter();
  const filter = { ...base, cf: customFilterOf(params) };
  const by: AnalyticsBy = analyticsDimensions.find((d) => d === params.get('by')) ?? 'salesGroup';
  const analytics = useAnalytics(filter, by);
  const data = analytics.data;
  const pct = (v: number | null) => (v === null ? '—' : format.percent(v));
  const days = (v: number | null) => (v === null ? '—' : t('pipeline.reports.days', { count: Math.round(v) }));

  return (
    <Box data-testid="analytics-page">
      <Breadcrumbs mb="sm" fz="sm">
        <Anchor component={Link} to="/pipeline" size="sm">
          {t('nav.pipeline')}
        </Anchor>
      </Breadcrumbs>
      <PageHeader title={t('pipeline.reports.analytics')} description={t('pipeline.reports.analyticsText')} actions={<ReportLinks />} />
      <OpportunityFilters params={params} scope={scope} onChange={update} />
      {analytics.error || !data ? (
        <QueryState query={analytics} />
      ) : (
        <Stack gap="lg" style={{ opacity: analytics.isPlaceholderData ? 0.6 : 1 }}>
          <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
            <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="md" data-testid="analytics-overall">
              <Fact label={t('pipeline.reports.winRate')}>
                <Text fz={24} fw={650}>
                  {pct(data.overall.winRate)}
                </Text>
              </Fact>
              <Fact label={t('pipeline.reports.won')}>{format.number(data.overall.won)}</Fact>
              <Fact label={t('pipeline.reports.lost')}>{format.number(data.overall.lost)}</Fact>
              <Fact label={t('pipeline.reports.wonValue')}>{format.currency(data.overall.wonValue, data.reportingCurrency)}</Fact>
              <Fact label={t('pipeline.reports.cycleWon')}>{days(data.overall.medianCycleDays.won)}</Fact>
              <Fact label={t('pipeline.reports.cycleLost')}>{days(data.overall.medianCycleDays.lost)}</Fact>
            </SimpleGrid>
            <Text size="xs" c="dimmed" mt="md">
              {t('pipeline.reportingCurrency', { currency: data.reportingCurrency })}
            </Text>
          </Paper>

          <Section title={t('pipeline.reports.stages')} text={t('pipeline.reports.stagesText')} testId="analytics-stages">
            <BarChart
              h={260}
              data={data.stages.map((s) => ({ stage: stageName(s, t), entered: s.entered, advanced: s.advanced }))}
              dataKey="stage"
              series={[
                { name: 'entered', label: t('pipeline.reports.entered'), color: 'indigo.3' },
                { name: 'advanced', label: t('pipeline.reports.advanced'), color: 'indigo.7' },
              ]}
              valueFormatter={(v) => format.number(v)}
              withLegend
              tickLine="y"
            />
            <Table verticalSpacing={4} fz="sm" mt="md">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('pipeline.table.stage')}</Table.Th>
                  <Table.Th ta="right">{t('pipeline.reports.entered')}</Table.Th>
                  <Table.Th ta="right">{t('pipeline.reports.advanced')}</Table.Th>
                  <Table.Th ta="right">{t('pipeline.reports.conversion')}</Table.Th>
                  <Table.Th ta="right">{t('pipeline.reports.daysInStage')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.stages.map((s) => (
                  <Table.Tr key={s.key}>
                    <Table.Td>{stageName(s, t)}</Table.Td>
                    <Table.Td ta="right">{format.number(s.entered)}</Table.Td>
                    <Table.Td ta="right">{format.number(s.advanced)}</Table.Td>
                    <Table.Td ta="right">{pct(s.conversion)}</Table.Td>
                    <Table.Td ta="right">{s.medianDaysInStage === null ? '—' : format.number(s.medianDaysInStage)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Section>

          <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} data-testid="analytics-rows">
            <SegmentedControl
              value={by}
              onChange={(v) => update({ by: v === 'salesGroup' ? null : v })}
              data={analyticsDimensions.map((d) => ({ value: d, label: t(`pipeline.reports.by.${d}`) }))}
              aria-label={t('pipeline.reports.dimension')}
              mb="md"
              data-testid="analytics-by"
            />
            {data.rows.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('pipeline.reports.noData')}
              </Text>
            ) : (
              <Table.ScrollContainer minWidth={640}>
                <Table striped verticalSpacing={4} fz="sm">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('pipeline.reports.name')}</Table.Th>
                      <Table.Th ta="right">{t('pipeline.reports.winRate')}</Table.Th>
                      <Table.Th ta="right">{t('pipeline.reports.won')}</Table.Th>
                      <Table.Th ta="right">{t('pipeline.reports.lost')}</Table.Th>
                      <Table.Th ta="right">{t('pipeline.reports.wonValue')}</Table.Th>
                      <Table.Th ta="right">{t('pipeline.reports.cycleWon')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.rows.map((r) => (
                      <Table.Tr key={r.id ?? 'none'}>
                        <Table.Td>{r.name ?? t('pipeline.reports.unknown')}</Table.Td>
                        <Table.Td ta="right">{pct(r.winRate)}</Table.Td>
                        <Table.Td ta="right">{format.number(r.won)}</Table.Td>
                        <Table.Td ta="right">{format.number(r.lost)}</Table.Td>
                        <Table.Td ta="right">{format.currency(r.wonValue, data.reportingCurrency)}</Table.Td>
                        <Table.Td ta="right">{days(r.medianCycleDaysWon)}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Paper>

          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Section title={t('pipeline.reports.lostReasons')} testId="analytics-lost-reasons">
                {data.lostReasons.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('pipeline.reports.noData')}
                  </Text>
                ) : (
                  <Table verticalSpacing={4} fz="sm">
                    <Table.Tbody>
                      {[...data.lostReasons]
                        .sort((a, b) => b.count - a.count)
                        .map((r) => (
                          <Table.Tr key={r.reason}>
                            <Table.Td>{isLostReason(r.reason) ? t(`pipeline.lose.reasons.${r.reason}`) : r.reason}</Table.Td>
                            <Table.Td ta="right">{format.number(r.count)}</Table.Td>
                          </Table.Tr>
                        ))}
                    </Table.Tbody>
                  </Table>
                )}
              </Section>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <Section title={t('pipeline.reports.competitors')} testId="analytics-competitors">
                {data.competitors.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    {t('pipeline.reports.noData')}
                  </Text>
                ) : (
                  <Table verticalSpacing={4} fz="sm">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('pipeline.reports.name')}</Table.Th>
                        <Table.Th ta="right">{t('pipeline.reports.lost')}</Table.Th>
                        <Table.Th ta="right">{t('pipeline.reports.lostValue')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {[...data.competitors]
                        .sort((a, b) => b.count - a.count || b.value - a.value)
                        .map((c) => (
                          <Table.Tr key={c.id}>
                            <Table.Td>{c.name}</Table.Td>
                            <Table.Td ta="right">{format.number(c.count)}</Table.Td>
                            <Table.Td ta="right">{format.currency(c.value, data.reportingCurrency)}</Table.Td>
                          </Table.Tr>
                        ))}
                    </Table.Tbody>
                  </Table>
                )}
              </Section>
            </Grid.Col>
          </Grid>
        </Stack>
      )}
    </Box>
  );
}
