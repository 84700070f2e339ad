import { Box, Group, Paper, Progress, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format/useFormat';
import type { Overview, Progress as ProgressData } from './api';
import { channels } from '@domain/channels';
import { breakable, channelColor } from '../../shared/ui/channels';
import { paceColor } from '../../shared/ui/pace';

const columns = [...channels, 'total'] as const;

/** Signed volume (annual value) against target per channel, with the year's pace (G4, K1). */
export function VolumeVsTarget({ data }: { data: Overview }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} data-testid="overview-volume">
      <Group justify="space-between" align="baseline" gap="xs" mb="md">
        <Title order={2} fz="lg" fw={600}>
          {t('overview.volume.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('overview.volume.elapsed', { elapsed: format.percent(data.elapsed), year: data.year })}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="lg">
        {columns.map((c) => (
          <ChannelVolume
            key={c}
            label={c === 'total' ? t('overview.volume.total') : breakable(t(`targets.channels.${c}`))}
            accent={c === 'total' ? 'gray' : channelColor[c]}
            data={data.volume[c]}
            elapsed={data.elapsed}
            money={(v) => format.currency(v, data.reportingCurrency)}
            testId={`overview-volume-${c}`}
          />
        ))}
      </SimpleGrid>
    </Paper>
  );
}

interface Props {
  label: string;
  accent: string;
  data: ProgressData;
  elapsed: number;
  money: (v: number) => string;
  testId: string;
}

function ChannelVolume({ label, accent, data, elapsed, money, testId }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const pace = data.pace;
  return (
    <Box
      data-testid={testId}
      data-volume={data.volume}
      data-target={data.target ?? ''}
      data-pace={pace ?? ''}
      pl="sm"
      style={{ borderLeft: `3px solid var(--mantine-color-${accent}-filled)` }}
    >
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: '0.04em' }}>
        {label}
      </Text>
      <Text fz={22} fw={650} lh={1.3} style={{ whiteSpace: 'nowrap' }} data-testid={`${testId}-value`}>
        {money(data.volume)}
      </Text>
      {data.target === null || data.progress === null || pace === null ? (
        <Text size="xs" c="dimmed">
          {t('overview.volume.noTarget')}
        </Text>
      ) : (
        <>
          <Box pos="relative" my={6}>
            <Progress
              value={Math.min(100, data.progress * 100)}
              color={paceColor[pace]}
              size="md"
              aria-label={t('overview.volume.pace', { progress: format.percent(data.progress), elapsed: format.percent(elapsed) })}
            />
            <Box
              aria-hidden
              pos="absolute"
              top={-3}
              bottom={-3}
              w={2}
              bg="var(--mantine-color-text)"
              style={{ left: `calc(${Math.min(100, elapsed * 100)}% - 1px)`, opacity: 0.55, borderRadius: 1 }}
            />
          </Box>
          <Text size="xs" c="dimmed" data-testid={`${testId}-target`}>
            {t('overview.volume.ofTarget', { progress: format.percent(data.progress), target: money(data.target) })}
          </Text>
          <Text size="xs" fw={600} c={paceColor[pace]}>
            {t(`overview.pace.${pace}`)}
          </Text>
        </>
      )}
    </Box>
  );
}
