import { Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format/useFormat';
import { useMarkets, useSalesGroups } from '../../shared/org/queries';
import { FilterBar } from '../../shared/ui/FilterBar';
import type { ParamChanges } from '../../shared/url/useUrlParams';

const ALL = 'all';

/** Which sellers the grid shows: a name, a sales group, a market — kept in the URL. */
export function GridFilters({ params, onChange }: { params: URLSearchParams; onChange: (changes: ParamChanges) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const groups = useSalesGroups();
  const markets = useMarkets();
  const choice = (key: string) => (v: string | null) => onChange({ [key]: v && v !== ALL ? v : null });
  return (
    <FilterBar
      active={['group', 'market'].filter((k) => params.has(k)).length}
      search={
        <TextInput
          label={t('targets.filters.search')}
          placeholder={t('targets.filters.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={params.get('q') ?? ''}
          onChange={(e) => onChange({ q: e.currentTarget.value || null })}
          style={{ flex: '1 1 12rem' }}
          type="search"
          data-testid="targets-search"
        />
      }
    >
      <Select
        label={t('targets.filters.group')}
        data={[{ value: ALL, label: t('targets.filters.allGroups') }, ...(groups.data ?? []).map((g) => ({ value: g.id, label: g.name }))]}
        value={params.get('group') ?? ALL}
        onChange={choice('group')}
        allowDeselect={false}
        style={{ flex: '0 1 12rem' }}
        data-testid="targets-group"
      />
      <Select
        label={t('targets.filters.market')}
        data={[
          { value: ALL, label: t('targets.filters.allMarkets') },
          ...(markets.data ?? []).map((m) => ({ value: m.id, label: format.region(m.code, m.name) })),
        ]}
        value={params.get('market') ?? ALL}
        onChange={choice('market')}
        allowDeselect={false}
        style={{ flex: '0 1 10rem' }}
        data-testid="targets-market"
      />
    </FilterBar>
  );
}
