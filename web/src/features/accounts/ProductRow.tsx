import { Anchor, Badge, Box, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useGroupColor } from '../../shared/org/groupColor';
import { useSession } from '../../shared/session/session';
import type { AccountOverview } from './api';
import { FamilyCell, isCurrent } from './FamilyCell';

type Cell = AccountOverview['productRow'][number];

function bySalesGroup(cells: Cell[]) {
  const groups = new Map<string, { id: string; name: string; cells: Cell[] }>();
  for (const cell of cells) {
    const group = groups.get(cell.salesGroupId) ?? { id: cell.salesGroupId, name: cell.salesGroupName, cells: [] };
    group.cells.push(cell);
    groups.set(cell.salesGroupId, group);
  }
  return [...groups.values()];
}

/** For every sales group and product family: what the customer owns, and the white space between. */
export function ProductRow({ cells }: { cells: Cell[] }) {
  const groupColor = useGroupColor();
  const { t } = useTranslation();
  const me = useSession();
  const groups = bySalesGroup(cells);
  const owned = cells.filter((c) => c.owned.some((h) => isCurrent(h))).length;

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} data-testid="product-row">
      <Group justify="space-between" align="baseline" mb="md" gap="xs">
        <Title order={2} fz="lg" fw={600}>
          {t('account.products.title')}
        </Title>
        <Group gap="md">
          <Text size="sm" c="dimmed" data-testid="product-row-summary">
            {t('account.products.summary', { owned, total: cells.length })}
          </Text>
          <Anchor component={Link} to="/products" size="sm">
            {t('account.products.catalogue')}
          </Anchor>
        </Group>
      </Group>
      <SimpleGrid spacing={{ base: 'xs', sm: 'md' }} cols={{ base: 1, sm: 2, lg: Math.min(4, Math.max(2, groups.length)) }}>
        {groups.map((group) => (
          <Stack key={group.id} gap={6} data-testid="product-row-group">
            <Group gap={6} wrap="wrap" align="center">
              <Box
                w={10}
                h={10}
                style={{ borderRadius: 10, flexShrink: 0, background: `var(--mantine-color-${groupColor(group.id)}-filled)` }}
              />
              <Text size="sm" fw={600}>
                {group.name}
              </Text>
              {me.salesGroup?.id === group.id && (
                <Badge size="xs" variant="light" color="gray" style={{ flexShrink: 0 }}>
                  {t('account.products.yourGroup')}
                </Badge>
              )}
            </Group>
            <SimpleGrid cols={{ base: 2, sm: 1 }} spacing={6}>
              {group.cells.map((cell) => (
                <FamilyCell key={cell.family} cell={cell} />
              ))}
            </SimpleGrid>
          </Stack>
        ))}
      </SimpleGrid>
    </Paper>
  );
}
