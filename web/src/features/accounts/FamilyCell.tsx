import { Anchor, Box, Group, Stack, Text } from '@mantine/core';
import { IconCircleCheckFilled, IconHistory, IconProgress } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../shared/format/useFormat';
import type { AccountOverview } from './api';

type Cell = AccountOverview['productRow'][number];
type Holding = Cell['owned'][number];

/** Owned today, as the server decided it (domain/account-status.ts `ownsOn`). */
export const isCurrent = (h: Pick<Holding, 'current'>) => h.current;

/** One product family: what the customer owns now (teal), owned before (grey), or white space (dashed). */
export function FamilyCell({ cell }: { cell: Cell }) {
  const { t } = useTranslation();
  const format = useFormat();
  const owns = cell.owned.some((h) => isCurrent(h));
  const hadBefore = !owns && cell.owned.length > 0;
  const pipeline = cell.inPipeline;
  return (
    <Box
      px="sm"
      py={8}
      data-testid="family-cell"
      data-owned={owns || undefined}
      style={{
        borderRadius: 'var(--mantine-radius-md)',
        border: owns
          ? '1px solid var(--mantine-color-teal-light)'
          : `1px ${hadBefore ? 'solid' : 'dashed'} var(--mantine-color-default-border)`,
        background: owns ? 'var(--mantine-color-teal-light)' : undefined,
      }}
    >
      <Text size="xs" fw={600} c={owns ? undefined : 'dimmed'} tt="uppercase" style={{ letterSpacing: '0.03em' }}>
        {cell.family}
      </Text>
      {cell.owned.length > 0 ? (
        <Stack gap={2} mt={4}>
          {cell.owned.map((p) => {
            const current = isCurrent(p);
            const ItemIcon = current ? IconCircleCheckFilled : IconHistory;
            return (
              <Group key={`${p.productId}-${p.startedOn}`} gap={6} wrap="nowrap" align="flex-start">
                <ItemIcon
                  size={14}
                  color={current ? 'var(--mantine-color-teal-filled)' : 'var(--mantine-color-dimmed)'}
                  style={{ flexShrink: 0, marginTop: 3 }}
                  aria-hidden
                />
                <Text size="sm" style={{ minWidth: 0 }} c={current ? undefined : 'dimmed'}>
                  <Anchor component={Link} to={`/products/${p.productId}`} size="sm" c="inherit" fw={500}>
                    {p.name}
                  </Anchor>
                  <Text span size="xs" c="dimmed">
                    {' · '}
                    {!current
                      ? t('account.products.ended', { date: format.date(p.endsOn!) })
                      : p.endsOn
                        ? t('account.products.period', { from: format.date(p.startedOn), to: format.date(p.endsOn) })
                        : t('account.products.since', { date: format.date(p.startedOn) })}
                  </Text>
                </Text>
              </Group>
            );
          })}
        </Stack>
      ) : pipeline.length === 0 ? (
        <Text size="xs" c="dimmed" mt={2}>
          {t('account.products.whiteSpace')}
        </Text>
      ) : null}
      {pipeline.length > 0 && (
        <Stack gap={2} mt={4} data-testid="family-pipeline">
          {pipeline.map((p) => (
            <Group key={`${p.productId}-${p.opportunityId}`} gap={6} wrap="nowrap" align="flex-start">
              <IconProgress size={14} color="var(--mantine-color-blue-filled)" style={{ flexShrink: 0, marginTop: 3 }} aria-hidden />
              <Text size="sm" style={{ minWidth: 0 }}>
                <Anchor component={Link} to={`/products/${p.productId}`} size="sm" c="inherit" fw={500}>
                  {p.name}
                </Anchor>
                <Text span size="xs" c="dimmed">
                  {' · '}
                  <Anchor component={Link} to={`/pipeline/${p.opportunityId}`} size="xs" c="dimmed">
                    {t('records.deals.inPipeline', { name: p.opportunityName })}
                  </Anchor>
                </Text>
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </Box>
  );
}
