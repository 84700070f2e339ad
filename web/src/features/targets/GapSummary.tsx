import { Alert, Paper, SimpleGrid, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { breakable, channelColor } from '../../shared/ui/channels';
import type { ChannelGap } from './edits';

/**
 * "The sum of all sellers should equal or exceed the company's total target" (article 004): per channel,
 * what the sellers' targets lack — in plain view until every gap is closed.
 */
export function GapSummary({ gaps, money }: { gaps: ChannelGap[]; money: (v: number) => string }) {
  const { t } = useTranslation();
  const open = gaps.filter((g) => g.gap > 0);
  if (open.length === 0) {
    const anyTarget = gaps.some((g) => g.company > 0);
    return (
      <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />} data-testid="targets-gap-closed" mb="md">
        {anyTarget ? t('targets.gap.allClosed') : t('targets.gap.noCompanyTarget')}
      </Alert>
    );
  }
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" mb="md" data-testid="targets-gaps">
      {gaps.map((g) => (
        <Paper
          key={g.channel}
          withBorder
          radius="md"
          p="sm"
          data-testid={`targets-gap-${g.channel}`}
          data-gap={g.gap}
          style={{ borderLeft: `4px solid var(--mantine-color-${g.gap > 0 ? 'red' : channelColor[g.channel]}-filled)` }}
        >
          <Text size="xs" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: '0.04em' }}>
            {breakable(t(`targets.channels.${g.channel}`))}
          </Text>
          {g.gap > 0 ? (
            <>
              <Text size="sm" fw={600} c="red" mt={2} visibleFrom="sm">
                <IconAlertTriangle size={14} style={{ verticalAlign: '-2px', marginRight: 4 }} />
                {t('targets.gap.short', { amount: money(g.gap) })}
              </Text>
              <Text size="sm" fw={650} c="red" mt={2} hiddenFrom="sm" aria-label={t('targets.gap.short', { amount: money(g.gap) })}>
                <IconAlertTriangle size={14} style={{ verticalAlign: '-2px', marginRight: 4 }} />−{money(g.gap)}
              </Text>
            </>
          ) : (
            <Text size="sm" fw={600} c="teal" mt={2}>
              {g.company > 0 ? t('targets.gap.closed') : t('targets.gap.noTarget')}
            </Text>
          )}
          <Text size="xs" c="dimmed" mt={2} visibleFrom="sm">
            {t('targets.gap.detail', { sellers: money(g.sellers), company: money(g.company) })}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
