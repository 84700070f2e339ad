import { SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { channels } from '@domain/channels';
import { useFormat } from '../../shared/format/useFormat';
import { useMarkets, useSalesGroups } from '../../shared/org/queries';
import { useSession } from '../../shared/session/session';
import { FilterBar } from '../../shared/ui/FilterBar';
import { activeCustomFilters, CustomFieldFilters } from '../../shared/custom-fields/CustomFieldFilters';
import type { ParamChanges } from '../../shared/url/useUrlParams';
import { useActiveUsers } from '../../shared/org/queries';
import { useProducts } from './queries';
import { defaultScopeOf, scopes, type Scope } from './useOpportunityFilter';

const ALL = 'all';

interface Props {
  params: URLSearchParams;
  scope: Scope;
  onChange: (changes: ParamChanges) => void;
  /** The custom fields too: every pipeline view filters by them; off only where a page has no room for them. */
  customFields?: boolean;
}

/** All / My team / Mine, and search, sales group, market, owner, product and channel — kept in the URL. */
export function OpportunityFilters({ params, scope, onChange, customFields = true }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const groups = useSalesGroups();
  const markets = useMarkets();
  const users = useActiveUsers();
  const products = useProducts();
  const [q, setQ] = useState(params.get('q') ?? '');
  const pushQ = useDebouncedCallback((value: string) => onChange({ q: value.trim() || null }), 300);
  const choice = (key: string) => (v: string | null) => onChange({ [key]: v && v !== ALL ? v : null });

  return (
    <FilterBar
      active={
        ['group', 'market', 'owner', 'product', 'channel'].filter((k) => params.has(k)).length +
        (scope === defaultScopeOf(me) ? 0 : 1) +
        (customFields ? activeCustomFilters(params) : 0)
      }
      search={
        <TextInput
          label={t('pipeline.filters.search')}
          placeholder={t('pipeline.filters.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            pushQ(e.currentTarget.value);
          }}
          style={{ flex: '1 1 12rem' }}
          type="search"
          data-testid="pipeline-search"
        />
      }
    >
      <Stack gap={4}>
        <Text size="sm" fw={500} component="span" id="pipeline-scope-label">
          {t('pipeline.scope.label')}
        </Text>
        <SegmentedControl
          aria-labelledby="pipeline-scope-label"
          value={scope}
          onChange={(v) =>
            onChange({
              scope: v === defaultScopeOf(me) ? null : v,
              ...(v === 'team' ? { group: null } : v === 'mine' ? { owner: null } : {}),
            })
          }
          data={scopes.filter((s) => s !== 'team' || me.salesGroup).map((s) => ({ value: s, label: t(`pipeline.scope.${s}`) }))}
          data-testid="pipeline-scope"
        />
      </Stack>
      <Select
        label={t('pipeline.filters.group')}
        data={[{ value: ALL, label: t('pipeline.filters.allGroups') }, ...(groups.data ?? []).map((g) => ({ value: g.id, label: g.name }))]}
        value={scope === 'team' ? (me.salesGroup?.id ?? ALL) : (params.get('group') ?? ALL)}
        onChange={choice('group')}
        disabled={scope === 'team'}
        allowDeselect={false}
        style={{ flex: '0 1 11rem' }}
      />
      <Select
        label={t('pipeline.filters.market')}
        data={[
          { value: ALL, label: t('pipeline.filters.allMarkets') },
          ...(markets.data ?? []).map((m) => ({ value: m.id, label: format.region(m.code, m.name) })),
        ]}
        value={params.get('market') ?? ALL}
        onChange={choice('market')}
        allowDeselect={false}
        style={{ flex: '0 1 10rem' }}
      />
      <Select
        label={t('pipeline.filters.owner')}
        data={[
          { value: ALL, label: t('pipeline.filters.allOwners') },
          ...(users.data?.items ?? []).map((u) => ({ value: u.id, label: u.name })),
        ]}
        value={scope === 'mine' ? me.user.id : (params.get('owner') ?? ALL)}
        onChange={choice('owner')}
        disabled={scope === 'mine'}
        searchable
        allowDeselect={false}
        style={{ flex: '0 1 11rem' }}
      />
      <Select
        label={t('pipeline.filters.product')}
        data={[
          { value: ALL, label: t('pipeline.filters.allProducts') },
          ...(products.data ?? []).map((p) => ({ value: p.id, label: p.name })),
        ]}
        value={params.get('product') ?? ALL}
        onChange={choice('product')}
        searchable
        allowDeselect={false}
        style={{ flex: '0 1 12rem' }}
      />
      <Select
        label={t('pipeline.filters.channel')}
        data={[
          { value: ALL, label: t('pipeline.filters.allChannels') },
          ...channels.map((c) => ({ value: c, label: t(`targets.channels.${c}`) })),
        ]}
        value={params.get('channel') ?? ALL}
        onChange={choice('channel')}
        allowDeselect={false}
        style={{ flex: '0 1 11rem' }}
        data-testid="pipeline-channel"
      />
      {customFields && <CustomFieldFilters entity="opportunity" params={params} onChange={onChange} />}
    </FilterBar>
  );
}
