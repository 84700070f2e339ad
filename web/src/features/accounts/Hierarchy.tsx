import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconSitemap } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../shared/format/useFormat';
import { StatusBadge } from '../../shared/ui/StatusBadge';
import type { AccountOverview } from './api';

/** The group of companies: the parent and the local subsidiaries, each with its market and status. */
export function Hierarchy({ overview }: { overview: AccountOverview }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { parent, subsidiaries } = overview;
  if (!parent && subsidiaries.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="md" data-testid="hierarchy">
      <Group gap={6} mb="sm">
        <IconSitemap size={18} stroke={1.6} />
        <Title order={2} fz="md" fw={600}>
          {t('account.hierarchy.title')}
        </Title>
      </Group>
      {parent && (
        <Text size="sm" mb={subsidiaries.length ? 'sm' : 0}>
          {t('account.hierarchy.partOf')}{' '}
          <Anchor component={Link} to={`/accounts/${parent.id}`} fw={500}>
            {parent.name}
          </Anchor>
        </Text>
      )}
      {subsidiaries.length > 0 && (
        <Stack gap={6} data-testid="subsidiaries">
          <Text size="xs" c="dimmed" fw={600} tt="uppercase" style={{ letterSpacing: '0.04em' }}>
            {t('account.hierarchy.subsidiaries', { count: subsidiaries.length })}
          </Text>
          {subsidiaries.map((s) => (
            <Group key={s.id} justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
              <div style={{ minWidth: 0 }}>
                <Anchor component={Link} to={`/accounts/${s.id}`} size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                  {s.name}
                </Anchor>
                {s.marketCode && (
                  <Text size="xs" c="dimmed">
                    {format.region(s.marketCode)}
                  </Text>
                )}
              </div>
              <StatusBadge status={s.status} size="sm" style={{ flexShrink: 0 }} />
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
