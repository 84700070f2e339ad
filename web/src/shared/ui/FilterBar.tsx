import { Badge, Button, Collapse, Group, SimpleGrid, Stack } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconAdjustmentsHorizontal } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** Always in view: the search box. */
  search: ReactNode;
  /** The other filters: in a row on wider screens, folded behind a button on a phone. */
  children: ReactNode;
  /** How many of the folded filters are set (shown on the button). */
  active: number;
}

/** A list's filters: a calm row on a desktop, one search box and a "Filters" button on a phone. */
export function FilterBar({ search, children, active }: Props) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 47.99em)');
  const [opened, { toggle }] = useDisclosure(false);
  if (!phone) {
    return (
      <Group gap="sm" mb="md" align="flex-end" wrap="wrap">
        {search}
        {children}
      </Group>
    );
  }
  return (
    <Stack gap="xs" mb="md">
      <Group gap="xs" align="flex-end" wrap="nowrap">
        {search}
        <Button
          variant="default"
          onClick={toggle}
          leftSection={<IconAdjustmentsHorizontal size={16} />}
          rightSection={
            active > 0 ? (
              <Badge size="xs" circle>
                {active}
              </Badge>
            ) : undefined
          }
          aria-expanded={opened}
          style={{ flexShrink: 0 }}
        >
          {t('common.filters')}
        </Button>
      </Group>
      <Collapse expanded={opened}>
        <SimpleGrid cols={2} spacing="xs" verticalSpacing="xs">
          {children}
        </SimpleGrid>
      </Collapse>
    </Stack>
  );
}
