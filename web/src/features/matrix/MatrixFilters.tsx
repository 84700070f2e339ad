import { Select, Switch, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndustryCode } from '@domain/industries';
import { accountSizes, accountStatuses } from '../../shared/domain/vocabulary';
import { useFormat } from '../../shared/format/useFormat';
import { useActiveUsers, useMarkets, useSalesGroups } from '../../shared/org/queries';
import { useSession } from '../../shared/session/session';
import { FilterBar } from '../../shared/ui/FilterBar';
import type { ParamChanges } from '../../shared/url/useUrlParams';
import { matrixSorts } from './api';
import { industryParam, matrixParams } from './useMatrixFilter';

const ALL = 'all';

interface Props {
  params: URLSearchParams;
  onChange: (changes: ParamChanges) => void;
  /** The industries in use (`GET /api/accounts/industries`): section codes. */
  industries: readonly IndustryCode[];
}

/** Search, market, the sales group whose products are the columns, industry, size, owner, status, roll-up and sort — in the URL. */
export function MatrixFilters({ params, onChange, industries }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const markets = useMarkets();
  const groups = useSalesGroups();
  const users = useActiveUsers();
  const [q, setQ] = useState(params.get('q') ?? '');
  const pushQ = useDebouncedCallback((value: string) => onChange({ q: value.trim() || null }), 300);
  const choice = (key: string) => (v: string | null) => onChange({ [key]: v && v !== ALL ? v : null });
  const industry = industryParam(params);
  const industryOptions = [...new Set([...industries, ...(industry ? [industry] : [])])]
    .map((code) => ({ value: code, label: format.industry(code) }))
    .sort((a, b) => a.label.localeCompare(b.label, format.locale));
  const others = (users.data?.items ?? []).filter((u) => u.id !== me.user.id);
  const width = { flex: '0 1 11rem', minWidth: 0 };

  return (
    <FilterBar
      active={matrixParams.filter((k) => k !== 'q' && params.has(k)).length}
      search={
        <TextInput
          label={t('crossSelling.matrix.filters.search')}
          placeholder={t('crossSelling.matrix.filters.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            pushQ(e.currentTarget.value);
          }}
          style={{ flex: '1 1 12rem' }}
          type="search"
          data-testid="matrix-search"
        />
      }
    >
      <Select
        label={t('crossSelling.matrix.filters.market')}
        data={[
          { value: ALL, label: t('crossSelling.matrix.filters.allMarkets') },
          ...(markets.data ?? []).map((m) => ({ value: m.id, label: format.region(m.code, m.name) })),
        ]}
        value={params.get('market') ?? ALL}
        onChange={choice('market')}
        allowDeselect={false}
        style={width}
        data-testid="matrix-market"
      />
      <Select
        label={t('crossSelling.matrix.filters.group')}
        data={[
          { value: ALL, label: t('crossSelling.matrix.filters.allGroups') },
          ...(groups.data ?? []).map((g) => ({ value: g.id, label: g.name })),
        ]}
        value={params.get('group') ?? ALL}
        onChange={choice('group')}
        allowDeselect={false}
        style={width}
        data-testid="matrix-group"
      />
      <Select
        label={t('crossSelling.matrix.filters.industry')}
        data={[{ value: ALL, label: t('crossSelling.matrix.filters.anyIndustry') }, ...industryOptions]}
        value={industry ?? ALL}
        onChange={choice('industry')}
        allowDeselect={false}
        searchable
        style={width}
        data-testid="matrix-industry"
      />
      <Select
        label={t('crossSelling.matrix.filters.size')}
        data={[
          { value: ALL, label: t('crossSelling.matrix.filters.allSizes') },
          ...accountSizes.map((s) => ({ value: s, label: t(`vocab.size.${s}`) })),
        ]}
        value={params.get('size') ?? ALL}
        onChange={choice('size')}
        allowDeselect={false}
        style={width}
      />
      <Select
        label={t('crossSelling.matrix.filters.owner')}
        data={[
          { value: ALL, label: t('crossSelling.matrix.filters.anyOwner') },
          { value: me.user.id, label: t('crossSelling.matrix.filters.me') },
          ...others.map((u) => ({ value: u.id, label: u.name })),
        ]}
        value={params.get('owner') ?? ALL}
        onChange={choice('owner')}
        allowDeselect={false}
        searchable
        style={width}
      />
      <Select
        label={t('crossSelling.matrix.filters.status')}
        data={[
          { value: ALL, label: t('crossSelling.matrix.filters.allStatuses') },
          ...accountStatuses.map((s) => ({ value: s, label: t(`vocab.status.${s}`) })),
        ]}
        value={params.get('status') ?? ALL}
        onChange={choice('status')}
        allowDeselect={false}
        style={width}
        data-testid="matrix-status"
      />
      <Select
        label={t('crossSelling.matrix.filters.sort')}
        data={matrixSorts.map((s) => ({ value: s, label: t(`crossSelling.matrix.sort.${s}`) }))}
        value={params.get('sort') ?? 'name'}
        onChange={(v) => onChange({ sort: v === 'name' ? null : v })}
        allowDeselect={false}
        style={width}
        data-testid="matrix-sort"
      />
      <Switch
        label={t('crossSelling.matrix.filters.rollup')}
        checked={!!params.get('rollup')}
        onChange={(e) => onChange({ rollup: e.currentTarget.checked ? '1' : null })}
        pb={8}
        data-testid="matrix-rollup"
      />
    </FilterBar>
  );
}
