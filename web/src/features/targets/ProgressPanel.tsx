import { Group, Paper, SegmentedControl, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format/useFormat';
import { useMarkets, useSalesGroups } from '../../shared/org/queries';
import { volumeDimensions, type TargetGridData, type VolumeBy } from './api';
import { channels } from '@domain/channels';
import { breakable } from '../../shared/ui/channels';
import { PaceBar } from './PaceBar';
import { useVolume } from './queries';
import { QueryState } from '../../shared/ui/PageState';

interface Props {
  year: number;
  by: VolumeBy;
  grid: TargetGridData | undefined;
  onBy: (by: VolumeBy) => void;
}

const columns = [...channels, 'total'] as const;

/** Progress (G4): signed volume against target per channel — for the company and each seller, group or market — with pace. */
export function ProgressPanel({ year, by, grid, onBy }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const volume = useVolume(year, by);
  const groups = useSalesGroups();
  const markets = useMarkets();
  const data = volume.data;

  if (volume.error || !data) return <QueryState query={volume} />;
  const money = (v: number) => format.currency(v, data.reportingCurrency);
  // the API names rows that have volume; those with only a target are named here
  const nameOf = (id: string | null, name: string | null) => {
    if (name) return name;
    if (by === 'seller') return grid?.sellers.find((s) => s.userId === id)?.name;
    if (by === 'salesGroup') return groups.data?.find((g) => g.id === id)?.name;
    const market = markets.data?.find((m) => m.id === id);
    return market ? format.region(market.code, market.name) : undefined;
  };
  const columnLabel = (c: (typeof columns)[number]) => (c === 'total' ? t('targets.grid.total') : breakable(t(`targets.channels.${c}`)));

  return (
    <Paper
      withBorder
      radius="md"
      p={{ base: 'md', sm: 'lg' }}
      data-testid="targets-progress"
      style={{ opacity: volume.isPlaceholderData ? 0.6 : 1 }}
    >
      <Group justify="space-between" gap="sm" mb="md">
        <div>
          <Title order={2} fz="lg" fw={600}>
            {t('targets.progress.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('targets.progress.elapsed', { elapsed: format.percent(data.elapsed), year })}
          </Text>
        </div>
        <SegmentedControl
          size="xs"
          value={by}
          onChange={(v) => onBy(volumeDimensions.find((d) => d === v) ?? 'seller')}
          data={volumeDimensions.map((d) => ({ value: d, label: t(`targets.progress.by.${d}`) }))}
          data-testid="targets-progress-by"
        />
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="md" mb="lg" data-testid="targets-progress-company">
        {columns.map((c) => (
          <div key={c}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600} mb={4} style={{ letterSpacing: '0.04em' }}>
              {columnLabel(c)}
            </Text>
            <PaceBar data={data.company[c]} elapsed={data.elapsed} money={money} testId={`company-progress-${c}`} />
          </div>
        ))}
      </SimpleGrid>
      {data.rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('targets.progress.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing="sm" fz="sm" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t(`targets.progress.by.${by}`)}</Table.Th>
                {columns.map((c) => (
                  <Table.Th key={c}>{columnLabel(c)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.rows.map((r) => (
                <Table.Tr key={r.id ?? 'none'} data-testid="progress-row" data-id={r.id ?? ''}>
                  <Table.Td fw={500}>{nameOf(r.id, r.name) ?? t('targets.progress.unknown')}</Table.Td>
                  {columns.map((c) => (
                    <Table.Td key={c}>
                      <PaceBar data={r[c]} elapsed={data.elapsed} money={money} testId={`progress-${c}`} />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
