import { Badge, Group, List, Paper, RingProgress, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AccountHealth } from '@contract/retention';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/queryKeys';

type Health = z.infer<typeof AccountHealth>;
const bandColor = { healthy: 'teal', watch: 'yellow', at_risk: 'red' } as const;

/**
 * The customer's health (J2): a score with every reason behind it, decided by the server with the
 * explainable rule in domain/health.ts. Shown for customers who have had business.
 */
export function HealthCard({ accountId, status }: { accountId: string; status: string }) {
  const { t } = useTranslation();
  const health = useQuery({
    queryKey: [...queryKeys.accounts.one(accountId), 'health'],
    queryFn: ({ signal }) => api.get<Health>(`/api/accounts/${accountId}/health`, undefined, signal),
    enabled: status !== 'prospect',
  });
  if (status === 'prospect' || !health.data) return null;
  const h = health.data;
  return (
    <Paper withBorder radius="md" p="md" data-testid="account-health" data-score={h.score} data-band={h.band}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2}>
          <Title order={2} fz="md" fw={600}>
            {t('retention.health.title')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('retention.health.text')}
          </Text>
          <Badge color={bandColor[h.band]} variant="light" mt={4} w="fit-content">
            {t(`retention.health.bands.${h.band}`)}
          </Badge>
        </Stack>
        <RingProgress
          size={72}
          thickness={7}
          roundCaps
          sections={[{ value: h.score, color: bandColor[h.band] }]}
          label={
            <Text ta="center" fw={700} size="lg" aria-label={t('retention.health.score', { score: h.score })}>
              {h.score}
            </Text>
          }
        />
      </Group>
      {h.reasons.length > 0 ? (
        <List size="sm" spacing={4} mt="sm" data-testid="health-reasons">
          {h.reasons.map((r) => (
            <List.Item key={r.key} data-reason={r.key}>
              <Text span fw={600} c={r.points < 0 ? 'red' : 'teal'} mr={6}>
                {r.points > 0 ? `+${r.points}` : r.points}
              </Text>
              {t(`retention.health.reasons.${r.key}`, { count: Math.abs(r.value), value: Math.abs(r.value) })}
            </List.Item>
          ))}
        </List>
      ) : (
        <Text size="sm" c="dimmed" mt="sm">
          {t('retention.health.noReasons')}
        </Text>
      )}
    </Paper>
  );
}
