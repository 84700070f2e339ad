import { Box, Chip, Group, Stack, TextInput } from '@mantine/core';
import { IconPackage, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSalesGroups } from '../../shared/org/queries';
import { EmptyState } from '../../shared/ui/EmptyState';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useUrlParams } from '../../shared/url/useUrlParams';
import { catalogue, matches } from './catalogue';
import { GroupSection } from './GroupSection';
import { useProducts } from './queries';
import { allOf, QueryState } from '../../shared/ui/PageState';

/** The catalogue of every sales group (D1): what the others sell, and a card for each product. */
export default function ProductsPage() {
  const { t } = useTranslation();
  const products = useProducts();
  const groups = useSalesGroups();
  const { params, update } = useUrlParams();
  const groupId = params.get('group');
  const q = params.get('q') ?? '';

  const all =
    products.data && groups.data
      ? catalogue(
          products.data.filter((p) => matches(p, q)),
          groups.data,
        )
      : null;
  const shown = all?.filter((g) => !groupId || g.id === groupId);

  return (
    <Box data-testid="products-page">
      <PageHeader title={t('products.title')} description={t('products.description')} />
      <Group gap="sm" mb="lg" align="center" wrap="wrap">
        <TextInput
          aria-label={t('products.search')}
          placeholder={t('products.search')}
          leftSection={<IconSearch size={16} />}
          value={q}
          onChange={(e) => update({ q: e.currentTarget.value || null })}
          style={{ flex: '1 1 14rem' }}
          type="search"
        />
        <Chip.Group multiple={false} value={groupId ?? 'all'} onChange={(v) => update({ group: v === 'all' ? null : v })}>
          <Group gap={6} wrap="wrap">
            <Chip value="all" size="sm">
              {t('products.allGroups')}
            </Chip>
            {(groups.data ?? []).map((g) => (
              <Chip key={g.id} value={g.id} size="sm">
                {g.name}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </Group>
      {products.error || groups.error || !shown ? (
        <QueryState query={allOf(products, groups)} />
      ) : shown.length === 0 ? (
        <EmptyState
          icon={<IconPackage size={32} stroke={1.5} />}
          title={t('products.empty.title')}
          description={t('products.empty.text')}
        />
      ) : (
        <Stack gap="xl">
          {shown.map((group) => (
            <GroupSection key={group.id} group={group} />
          ))}
        </Stack>
      )}
    </Box>
  );
}
