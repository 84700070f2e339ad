import { ScatterChart } from '@mantine/charts';
import { Alert, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import type { WinEvaluation } from './api';
import { useWinEvaluation } from './queries';

type Score = NonNullable<WinEvaluation['naiveBayes']>;
const diagonal = Array.from({ length: 11 }, (_, i) => ({ predicted: i / 10, observed: i / 10 }));

/**
 * For admins: how well the win probability predicts — trained on the older closed deals, tried on
 * the newer — as a calibration chart by decile (predicted against won) and AUC / Brier beside the
 * stage probability every deal would otherwise show.
 */
export function WinProbabilityCard() {
  const { t } = useTranslation();
  const evaluation = useWinEvaluation(true);
  const e = evaluation.data;
  const models: { key: 'naive_bayes' | 'logistic' | 'stage'; score: Score | null }[] = e
    ? [
        { key: 'naive_bayes', score: e.naiveBayes },
        { key: 'logistic', score: e.logistic },
        { key: 'stage', score: e.stage },
      ]
    : [];
  const chosen = e ? (e.chosen === 'logistic' ? e.logistic : e.naiveBayes) : null;
  const percent = (x: number) => `${Math.round(x * 100)} %`;

  return (
    <Paper
      withBorder
      radius="md"
      p={{ base: 'md', sm: 'lg' }}
      component="section"
      aria-labelledby="settings-win-title"
      data-testid="win-evaluation"
    >
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Title order={2} size="h3" id="settings-win-title">
              {t('settings.winProbability.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('settings.winProbability.text')}
            </Text>
          </Stack>
          {e && (
            <Badge variant="light">{t('settings.winProbability.chosen', { model: t(`settings.winProbability.models.${e.chosen}`) })}</Badge>
          )}
        </Group>
        {evaluation.error && <ErrorAlert error={evaluation.error} onRetry={() => void evaluation.refetch()} />}
        {e && !chosen && (
          <Alert variant="light" color="gray" data-testid="win-evaluation-none">
            {t('settings.winProbability.notEnough')}
          </Alert>
        )}
        {e && chosen && (
          <>
            <Text size="sm">
              {t('settings.winProbability.split', {
                train: e.train.examples,
                count: e.test.examples,
                date: e.splitAt?.slice(0, 10) ?? '—',
                rate: percent(e.test.winRate),
              })}
            </Text>
            <ScatterChart
              h={280}
              dataKey={{ x: 'predicted', y: 'observed' }}
              labels={{ x: t('settings.winProbability.predicted'), y: t('settings.winProbability.observed') }}
              valueFormatter={{ x: percent, y: percent }}
              xAxisProps={{ domain: [0, 1], type: 'number' }}
              yAxisProps={{ domain: [0, 1] }}
              withLegend
              data={[
                { name: t('settings.winProbability.perfect'), color: 'gray.4', data: diagonal },
                {
                  name: t(`settings.winProbability.models.${e.chosen}`),
                  color: 'teal.6',
                  data: chosen.deciles.map((d) => ({ predicted: d.meanPredicted, observed: d.observed })),
                },
                ...(e.stage
                  ? [
                      {
                        name: t('settings.winProbability.models.stage'),
                        color: 'orange.6',
                        data: e.stage.deciles.map((d) => ({ predicted: d.meanPredicted, observed: d.observed })),
                      },
                    ]
                  : []),
              ]}
              data-testid="win-calibration-chart"
            />
            <Table withTableBorder striped data-testid="win-evaluation-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('settings.winProbability.model')}</Table.Th>
                  <Table.Th ta="right" title={t('settings.winProbability.aucHelp')}>
                    {t('settings.winProbability.auc')}
                  </Table.Th>
                  <Table.Th ta="right" title={t('settings.winProbability.brierHelp')}>
                    {t('settings.winProbability.brier')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {models.map((m) => (
                  <Table.Tr key={m.key} fw={m.key === e.chosen ? 600 : undefined}>
                    <Table.Td>{t(`settings.winProbability.models.${m.key}`)}</Table.Td>
                    <Table.Td ta="right">{m.score ? m.score.auc.toFixed(3) : '—'}</Table.Td>
                    <Table.Td ta="right">{m.score ? m.score.brier.toFixed(4) : '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
      </Stack>
    </Paper>
  );
}
