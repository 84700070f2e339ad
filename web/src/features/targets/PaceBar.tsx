import { Box, Group, Progress, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format/useFormat';
import type { Progress as ProgressData } from './api';
import { paceColor } from '../../shared/ui/pace';

interface Props {
  data: ProgressData;
  /** Share of the year gone. */
  elapsed: number;
  money: (v: number) => string;
  testId?: string;
}

/** Volume against target with the year's pace: the bar's colour says whether it keeps up, the tick marks how much of the year has gone. */
export function PaceBar({ data, elapsed, money, testId }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const pace = data.pace;
  if (data.target === null || data.progress === null || pace === null) {
    return (
      <Box data-testid={testId} data-volume={data.volume}>
        <Text size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
          {money(data.volume)}
        </Text>
        <Text size="xs" c="dimmed">
          {t('targets.progress.noTarget')}
        </Text>
      </Box>
    );
  }
  const label = t('targets.progress.pace', { progress: format.percent(data.progress), elapsed: format.percent(elapsed) });
  return (
    <Tooltip label={label} withArrow>
      <Box data-testid={testId} data-volume={data.volume} data-pace={pace} miw={110}>
        <Group justify="space-between" gap={6} wrap="nowrap">
          <Text size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>
            {money(data.volume)}
          </Text>
          <Text size="xs" fw={600} c={paceColor[pace]}>
            {format.percent(data.progress)}
          </Text>
        </Group>
        <Box pos="relative" my={4}>
          <Progress value={Math.min(100, data.progress * 100)} color={paceColor[pace]} size="sm" aria-label={label} />
          <Box
            aria-hidden
            pos="absolute"
            top={-2}
            bottom={-2}
            w={2}
            bg="var(--mantine-color-text)"
            style={{ left: `calc(${Math.min(100, elapsed * 100)}% - 1px)`, opacity: 0.55, borderRadius: 1 }}
          />
        </Box>
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {t('targets.progress.ofTarget', { target: money(data.target) })}
        </Text>
      </Box>
    </Tooltip>
  );
}
