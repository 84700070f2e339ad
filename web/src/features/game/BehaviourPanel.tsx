import { BarChart } from '@mantine/charts';
import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format/useFormat';
import { Fact } from '../../shared/ui/Fact';
import type { SeasonData } from './api';
import { useBehaviour } from './queries';
import { QueryState } from '../../shared/ui/PageState';

/** For leaders: does the game change behaviour? Tips given, reports on time and cross-sell wins per week, before and during. */
export function BehaviourPanel({ season }: { season: SeasonData }) {
  const { t } = useTranslation();
  const format = useFormat();
  const behaviour = useBehaviour(season.id, season.can.seeStatements);
  if (behaviour.error || !behaviour.data) return <QueryState query={behaviour} />;
  const b = behaviour.data;
  const rate = (r: number | null) => (r === null ? '—' : format.percent(r));
  const side = (label: string, s: typeof b.before, testId: string) => (
    <Paper withBorder p="md" radius="md" data-testid={testId}>
      <Title order={3} fz="md" mb="sm">
        {label}
      </Title>
      <SimpleGrid cols={3}>
        <Fact label={t('game.behaviour.tipsGiven')}>{format.number(s.tipsGiven)}</Fact>
        <Fact label={t('game.behaviour.reportRate')}>{rate(s.reportOnTimeRate)}</Fact>
        <Fact label={t('game.behaviour.crossSellWins')}>{format.number(s.crossSellWins)}</Fact>
      </SimpleGrid>
    </Paper>
  );
  return (
    <Stack gap="lg" data-testid="behaviour">
      <Text size="sm" c="dimmed">
        {t('game.behaviour.text')}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {side(t('game.behaviour.before'), b.before, 'behaviour-before')}
        {side(t('game.behaviour.during'), b.during, 'behaviour-during')}
      </SimpleGrid>
      <BarChart
        h={260}
        data={b.weeks.map((w) => ({
          week: format.date(w.week, { day: 'numeric', month: 'short' }),
          tips: w.tipsGiven,
          wins: w.crossSellWins,
        }))}
        dataKey="week"
        series={[
          { name: 'tips', label: t('game.behaviour.tipsGiven'), color: 'blue.6' },
          { name: 'wins', label: t('game.behaviour.crossSellWins'), color: 'teal.6' },
        ]}
        withLegend
      />
    </Stack>
  );
}
