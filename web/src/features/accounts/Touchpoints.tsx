import { Box, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format/useFormat';
import { useGroupColor } from '../../shared/org/groupColor';
import type { AccountOverview } from './api';

type Touchpoint = AccountOverview['touchpoints'][number];

function byGroup(touchpoints: Touchpoint[]) {
  const groups = new Map<string, { id: string | null; name: string | null; people: Touchpoint[]; lastAt: string }>();
  for (const tp of touchpoints) {
    const key = tp.salesGroupId ?? 'none';
    const group = groups.get(key) ?? { id: tp.salesGroupId, name: tp.salesGroupName, people: [], lastAt: tp.lastAt };
    group.people.push(tp);
    if (tp.lastAt > group.lastAt) group.lastAt = tp.lastAt;
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.lastAt.localeCompare(a.lastAt));
}

/** Who from which sales group has been in touch with the customer, how often, and when last. */
export function Touchpoints({ touchpoints }: { touchpoints: Touchpoint[] }) {
  const groupColor = useGroupColor();
  const { t } = useTranslation();
  const format = useFormat();
  const groups = byGroup(touchpoints);
  return (
    <Paper withBorder radius="md" p="md" data-testid="touchpoints">
      <Title order={2} fz="md" fw={600} mb="sm">
        {t('account.touchpoints.title')}
      </Title>
      {groups.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('account.touchpoints.empty')}
        </Text>
      ) : (
        <Stack gap="md">
          {groups.map((group) => (
            <Stack key={group.id ?? 'none'} gap={4}>
              <Group gap={6} wrap="nowrap">
                <Box
                  w={8}
                  h={8}
                  style={{ borderRadius: 8, flexShrink: 0, background: `var(--mantine-color-${groupColor(group.id)}-filled)` }}
                />
                <Text size="xs" fw={700} tt="uppercase" c="dimmed" style={{ letterSpacing: '0.04em' }} truncate>
                  {group.name ?? t('common.noSalesGroup')}
                </Text>
              </Group>
              {[...group.people]
                .sort((a, b) => b.lastAt.localeCompare(a.lastAt))
                .map((person) => (
                  <div key={person.userId ?? 'unknown'} style={{ paddingLeft: 14 }}>
                    <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                      {person.userName ?? t('timeline.korsa')}
                    </Text>
                    <Text size="xs" c="dimmed" title={format.dateTime(person.lastAt)}>
                      {t('account.touchpoints.count', { count: person.activities })} ·{' '}
                      {t('account.touchpoints.last', { when: format.relative(person.lastAt) })}
                    </Text>
                  </div>
                ))}
            </Stack>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
