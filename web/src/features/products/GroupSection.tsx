import { Badge, Box, Group, Paper, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconLanguageOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../shared/format/useFormat';
import { useGroupColor } from '../../shared/org/groupColor';
import { useSession } from '../../shared/session/session';
import type { CatalogueGroup } from './catalogue';

/** One sales group's products, family by family; each product opens its knowledge card. */
export function GroupSection({ group }: { group: CatalogueGroup }) {
  const groupColor = useGroupColor();
  const { t } = useTranslation();
  const { locale } = useFormat();
  const me = useSession();
  return (
    <Stack gap="md" component="section" aria-labelledby={`group-${group.id}`} data-testid="product-group">
      <div>
        <Group gap={8} wrap="nowrap">
          <Box
            w={12}
            h={12}
            style={{ borderRadius: 12, flexShrink: 0, background: `var(--mantine-color-${groupColor(group.id)}-filled)` }}
          />
          <Title order={2} fz="xl" fw={650} id={`group-${group.id}`}>
            {group.name}
          </Title>
          {me.salesGroup?.id === group.id && (
            <Badge size="sm" variant="light" color="gray">
              {t('account.products.yourGroup')}
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed" mt={2}>
          {group.description}
        </Text>
      </div>
      {group.families.map(({ family, products }) => (
        <div key={family}>
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" mb={6} style={{ letterSpacing: '0.05em' }}>
            {family}
          </Text>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
            {products.map((p) => (
              <UnstyledButton key={p.id} component={Link} to={`/products/${p.id}`} data-testid="product-link">
                <Paper withBorder radius="md" p="sm" h="100%" className="korsa-hover-card">
                  <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
                    <Text fw={600} size="sm">
                      {p.name}
                    </Text>
                    {!p.card[locale] && (
                      <IconLanguageOff
                        size={16}
                        stroke={1.6}
                        color="var(--mantine-color-dimmed)"
                        aria-label={t('products.notTranslated')}
                      />
                    )}
                  </Group>
                  <Text size="xs" c="dimmed" mt={4} lineClamp={2}>
                    {p.card[locale]?.whatItIs ?? p.description}
                  </Text>
                </Paper>
              </UnstyledButton>
            ))}
          </SimpleGrid>
        </div>
      ))}
    </Stack>
  );
}
