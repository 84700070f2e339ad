import { ScatterChart } from '@mantine/charts';
import { Alert, Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../shared/format/useFormat';
import { notify } from '../../shared/ui/notify';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryState } from '../../shared/ui/PageState';
import type { LeadTuning } from './api';
import { useAdoptSuggestions, useLeadTuning } from './queries';
import { nowrap, ParameterTable, SuggestionTable, TableSection, useRate } from './TuningTables';

type Evaluation = LeadTuning['configured'];
const diagonal = Array.from({ length: 11 }, (_, i) => ({ predicted: i / 10, observed: i / 10 }));

/**
 * The scoring rules against outcomes (C1): how each parameter's leads became opportunities and won
 * deals, how well the score ranks on a time split (AUC) and what its score bands meant then and
 * later (calibration), conversion per score band, and the points the company's own leads suggest —
 * adoptable in one click. Everything is computed by the server (domain/lead-tuning.ts); this renders it.
 */
export default function TuningPage() {
  const { t } = useTranslation();
  const query = useLeadTuning();
  const adopt = useAdoptSuggestions();
  if (query.isPending || query.error) return <QueryState query={query} />;
  const r = query.data;
  const run = (keys: string[] | undefined) =>
    adopt.mutate(keys, {
      onSuccess: () => notify(t('leads.tuning.adopted', { count: keys?.length ?? 0 })),
      onError: () => notify(t('leads.tuning.adoptFailed'), 'error'),
    });
  const adoptable = r.suggestions.filter((s) => s.suggested !== null && s.suggested !== s.configured);

  return (
    <Stack gap="lg" data-testid="tuning-page">
      <PageHeader
        title={t('leads.tuning.title')}
        description={t('leads.tuning.description')}
        actions={
          <Group gap="sm">
            <Anchor component={Link} to="/leads/scoring" size="sm">
              {t('leads.scoring.title')}
            </Anchor>
            {r.can.adopt && adoptable.length > 0 && (
              <Button
                onClick={() => run(undefined)}
                loading={adopt.isPending && adopt.variables === undefined}
                data-testid="tuning-adopt-all"
              >
                {t('leads.tuning.adoptAll')}
              </Button>
            )}
          </Group>
        }
      />
      <Summary r={r} />
      {r.total.leads === 0 ? (
        <Alert variant="light" color="gray" data-testid="tuning-empty">
          {t('leads.tuning.empty', { days: r.matureDays })}
        </Alert>
      ) : (
        <>
          <Ranking r={r} />
          <Bands r={r} />
          <SuggestionTable r={r} onAdopt={(key) => run([key])} pending={adopt.isPending ? (adopt.variables?.[0] ?? 'all') : null} />
          <ParameterTable r={r} />
        </>
      )}
    </Stack>
  );
}

function Summary({ r }: { r: LeadTuning }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Text size="sm" data-testid="tuning-summary">
      {t('leads.tuning.summary', {
        count: r.total.leads,
        days: r.matureDays,
        opportunities: r.total.opportunities,
        won: r.total.won,
        rate: r.total.opportunityRate === null ? '—' : format.percent(r.total.opportunityRate),
      })}{' '}
      {r.tooYoung > 0 && t('leads.tuning.tooYoung', { count: r.tooYoung })}{' '}
      {t('leads.tuning.observed', { days: r.observeDays, min: r.minLeads })}
    </Text>
  );
}

function AucCard({ label, e, testId }: { label: string; e: Evaluation | null; testId: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md" data-testid={testId}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700}>
        {e?.auc == null ? '—' : e.auc.toFixed(2)}
      </Text>
      <Text size="xs" c="dimmed">
        {e?.aucInterval
          ? t('leads.tuning.aucInterval', { low: e.aucInterval.low.toFixed(2), high: e.aucInterval.high.toFixed(2) })
          : t('leads.tuning.noAuc')}
      </Text>
    </Paper>
  );
}

function Ranking({ r }: { r: LeadTuning }) {
  const { t } = useTranslation();
  const format = useFormat();
  const points = (e: Evaluation | null) =>
    (e?.calibration ?? []).flatMap((b) =>
      b.predicted === null || b.observed === null ? [] : [{ predicted: b.predicted, observed: b.observed }],
    );
  const configured = points(r.configured);
  const suggested = points(r.suggested);
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="tuning-ranking">
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={2} size="h3" id="tuning-ranking">
            {t('leads.tuning.rankingTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {r.split
              ? t('leads.tuning.split', {
                  train: r.split.trainLeads,
                  trainOpportunities: r.split.trainOpportunities,
                  test: r.split.testLeads,
                  testOpportunities: r.split.testOpportunities,
                  date: format.date(r.split.from),
                })
              : t('leads.tuning.noSplit')}{' '}
            {t('leads.tuning.aucHelp')}
          </Text>
        </Stack>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <AucCard label={t('leads.tuning.aucConfigured')} e={r.configured} testId="tuning-auc-configured" />
          <AucCard label={t('leads.tuning.aucSuggested')} e={r.suggested} testId="tuning-auc-suggested" />
        </SimpleGrid>
        <Title order={3} size="h4">
          {t('leads.tuning.calibrationTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('leads.tuning.calibrationHelp')}
        </Text>
        {configured.length + suggested.length === 0 ? (
          <Text size="sm">{t('leads.tuning.calibrationTooFew', { min: r.minLeads })}</Text>
        ) : (
          <ScatterChart
            h={260}
            dataKey={{ x: 'predicted', y: 'observed' }}
            labels={{ x: t('leads.tuning.predicted'), y: t('leads.tuning.observedRate') }}
            valueFormatter={{ x: format.percent, y: format.percent }}
            xAxisProps={{ domain: [0, 1], type: 'number' }}
            yAxisProps={{ domain: [0, 1] }}
            withLegend
            data={[
              { name: t('leads.tuning.perfect'), color: 'gray.4', data: diagonal },
              { name: t('leads.tuning.configured'), color: 'orange.6', data: configured },
              { name: t('leads.tuning.suggested'), color: 'teal.6', data: suggested },
            ]}
            data-testid="tuning-calibration-chart"
          />
        )}
      </Stack>
    </Paper>
  );
}

function Bands({ r }: { r: LeadTuning }) {
  const { t } = useTranslation();
  const rate = useRate();
  const label = (from: number | null, to: number | null) =>
    from === null ? t('leads.tuning.bandBelow', { to }) : to === null ? t('leads.tuning.bandFrom', { from }) : `${from}–${to - 1}`;
  const threshold = r.bands[3]?.from ?? null;
  return (
    <TableSection
      id="tuning-bands"
      title={t('leads.tuning.bandsTitle')}
      help={t('leads.tuning.bandsHelp', { threshold })}
      minWidth={480}
      testId="tuning-bands-table"
      columns={[
        { label: t('leads.tuning.score') },
        { label: t('leads.tuning.leads'), right: true },
        { label: t('leads.tuning.opportunities'), right: true },
        { label: t('leads.tuning.opportunityRate'), right: true },
        { label: t('leads.tuning.wonRate'), right: true },
      ]}
    >
      {r.bands.map((b) => (
        <Table.Tr key={`${b.from}-${b.to}`}>
          <Table.Td>
            {label(b.from, b.to)}{' '}
            {b.from === threshold && (
              <Badge size="xs" variant="light">
                {t('leads.scoring.ready')}
              </Badge>
            )}
          </Table.Td>
          <Table.Td ta="right">{b.leads}</Table.Td>
          <Table.Td ta="right">{b.opportunities}</Table.Td>
          <Table.Td ta="right" style={nowrap}>
            {rate(b.opportunityRate, b.interval)}
          </Table.Td>
          <Table.Td ta="right">{rate(b.wonRate, null)}</Table.Td>
        </Table.Tr>
      ))}
    </TableSection>
  );
}
