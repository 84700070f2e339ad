import { Anchor, Badge, Box, Group, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { IconConfetti } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../shared/format/useFormat';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import type { Win, WinsFilter } from './api';
import { channelColor } from '../../shared/ui/channels';
import { useWins } from './queries';

/** Opportunities won lately, newest first; a won renewal is celebrated where the team sees it (J1). */
export function WinsFeed({ filter, currency }: { filter: WinsFilter; currency: string }) {
  const { t } = useTranslation();
  const wins = useWins(filter);
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} h="100%" data-testid="overview-wins">
      <Title order={2} fz="lg" fw={600} mb="sm">
        {t('overview.wins.title')}
      </Title>
      {wins.error ? (
        <ErrorAlert error={wins.error} onRetry={() => void wins.refetch()} />
      ) : !wins.data ? null : wins.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('overview.wins.empty')}
        </Text>
      ) : (
        <ScrollArea.Autosize mah={420} type="auto" offsetScrollbars>
          <Stack gap="xs">
            {wins.data.map((w) => (
              <WinItem key={w.opportunityId} win={w} currency={currency} />
            ))}
          </Stack>
        </ScrollArea.Autosize>
      )}
    </Paper>
  );
}

function WinItem({ win: w, currency }: { win: Win; currency: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Box
      p="xs"
      data-testid="win"
      data-celebrate={w.celebrate || undefined}
      style={{
        borderRadius: 'var(--mantine-radius-md)',
        background: w.celebrate ? 'var(--mantine-color-grape-light)' : undefined,
        borderLeft: `3px solid var(--mantine-color-${w.channel ? channelColor[w.channel] : 'gray'}-filled)`,
      }}
    >
      <Group justify="space-between" gap="xs" wrap="nowrap" align="baseline">
        <Anchor component={Link} to={`/pipeline/${w.opportunityId}`} size="sm" fw={600} lineClamp={1} style={{ minWidth: 0 }}>
          {w.accountName}
        </Anchor>
        <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap', flexShrink: 0 }}>
          {format.currency(w.annualValue, currency)}
        </Text>
      </Group>
      <Text size="xs" c="dimmed" lineClamp={1}>
        {[w.sellerName ?? t('overview.wins.someone'), w.salesGroupName, format.when(w.signedOn)].filter(Boolean).join(' · ')}
      </Text>
      {w.celebrate ? (
        <Badge size="sm" color="grape" variant="filled" mt={4} leftSection={<IconConfetti size={12} />} tt="none">
          {t('overview.wins.renewalWon')}
        </Badge>
      ) : (
        w.channel && (
          <Badge size="xs" color={channelColor[w.channel]} variant="light" mt={4} tt="none">
            {t(`targets.channelsShort.${w.channel}`)}
          </Badge>
        )
      )}
    </Box>
  );
}
