import { Group, Select, Switch, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterBar } from '../../shared/ui/FilterBar';
import { activeCustomFilters, CustomFieldFilters } from '../../shared/custom-fields/CustomFieldFilters';
import { accountSorts, accountStatuses, type AccountSort } from '../../shared/domain/vocabulary';
import { useFormat } from '../../shared/format/useFormat';
import { useMarkets } from '../../shared/org/queries';
import type { ParamChanges } from '../../shared/url/useUrlParams';

const ALL = 'all';
const sortLabels: Record<AccountSort, 'nameAsc' | 'nameDesc' | 'status' | 'updated' | 'lastBusiness'> = {
  name: 'nameAsc',
  '-name': 'nameDesc',
  status: 'status',
  '-updatedAt': 'updated',
  '-lastBusinessAt': 'lastBusiness',
};

interface Props {
  params: URLSearchParams;
  onChange: (changes: ParamChanges) => void;
}

/** Search, status, market, the custom fields, "global accounts only", "mine" and the sort order — all kept in the URL. */
export function AccountFilters({ params, onChange }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const markets = useMarkets();
  const [q, setQ] = useState(params.get('q') ?? '');
  const pushQ = useDebouncedCallback((value: string) => onChange({ q: value.trim() || null }), 300);
  const choice = (key: string) => (v: string | null) => onChange({ [key]: v && v !== ALL ? v : null });

  return (
    <FilterBar
      active={
        ['status', 'market', 'global', 'mine'].filter((k) => params.has(k)).length +
        (params.get('sort') ? 1 : 0) +
        activeCustomFilters(params)
      }
      search={
        <TextInput
          label={t('accounts.filters.search')}
          placeholder={t('accounts.filters.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            pushQ(e.currentTarget.value);
          }}
          style={{ flex: '1 1 14rem' }}
          type="search"
          data-testid="accounts-search"
        />
      }
    >
      <Select
        label={t('accounts.filters.status')}
        data={[
          { value: ALL, label: t('accounts.filters.allStatuses') },
          ...accountStatuses.map((s) => ({ value: s, label: t(`vocab.status.${s}`) })),
        ]}
        value={params.get('status') ?? ALL}
        onChange={choice('status')}
        allowDeselect={false}
        style={{ flex: '0 1 10rem' }}
      />
      <Select
        label={t('accounts.filters.market')}
        data={[
          { value: ALL, label: t('accounts.filters.allMarkets') },
          ...(markets.data ?? []).map((m) => ({ value: m.id, label: format.region(m.code, m.name) })),
        ]}
        value={params.get('market') ?? ALL}
        onChange={choice('market')}
        allowDeselect={false}
        style={{ flex: '0 1 10rem' }}
      />
      <CustomFieldFilters entity="account" params={params} onChange={onChange} />
      <Select
        label={t('accounts.filters.sort')}
        data={accountSorts.map((s) => ({ value: s, label: t(`accounts.sort.${sortLabels[s]}`) }))}
        value={params.get('sort') ?? 'name'}
        onChange={(v) => onChange({ sort: v === 'name' ? null : v })}
        allowDeselect={false}
        style={{ flex: '0 1 12rem' }}
      />
      <Group gap="md" pb={6}>
        <Switch
          label={t('accounts.filters.globalOnly')}
          checked={!!params.get('global')}
          onChange={(e) => onChange({ global: e.currentTarget.checked ? '1' : null })}
        />
        <Switch
          label={t('accounts.filters.mine')}
          checked={!!params.get('mine')}
          onChange={(e) => onChange({ mine: e.currentTarget.checked ? '1' : null })}
        />
      </Group>
    </FilterBar>
  );
}
