import { Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterBar } from '../../shared/ui/FilterBar';
import { activeCustomFilters, CustomFieldFilters } from '../../shared/custom-fields/CustomFieldFilters';
import { buyingRoles } from '../../shared/domain/vocabulary';
import { AccountSearchInput } from '../../shared/search/AccountSearchInput';
import type { ParamChanges } from '../../shared/url/useUrlParams';

const ALL = 'all';

interface Props {
  params: URLSearchParams;
  onChange: (changes: ParamChanges) => void;
}

/** Search by name, title or e-mail; filter by buying role and account; sort. */
export function ContactFilters({ params, onChange }: Props) {
  const { t } = useTranslation();
  const [q, setQ] = useState(params.get('q') ?? '');
  const pushQ = useDebouncedCallback((value: string) => onChange({ q: value.trim() || null }), 300);
  const accountId = params.get('account');
  const account = accountId ? { id: accountId, name: params.get('accountName') ?? '' } : null;

  return (
    <FilterBar
      active={['role', 'account', 'sort'].filter((k) => params.has(k)).length + activeCustomFilters(params)}
      search={
        <TextInput
          label={t('contacts.filters.search')}
          placeholder={t('contacts.filters.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={q}
          onChange={(e) => {
            setQ(e.currentTarget.value);
            pushQ(e.currentTarget.value);
          }}
          style={{ flex: '1 1 14rem' }}
          type="search"
        />
      }
    >
      <Select
        label={t('contacts.filters.role')}
        data={[
          { value: ALL, label: t('contacts.filters.allRoles') },
          ...buyingRoles.map((r) => ({ value: r, label: t(`vocab.buyingRole.${r}`) })),
        ]}
        value={params.get('role') ?? ALL}
        onChange={(v) => onChange({ role: v && v !== ALL ? v : null })}
        allowDeselect={false}
        style={{ flex: '0 1 12rem' }}
      />
      <div style={{ flex: '1 1 14rem' }}>
        <AccountSearchInput
          label={t('contacts.filters.account')}
          placeholder={t('contacts.filters.anyAccount')}
          value={account}
          onChange={(picked) => onChange({ account: picked?.id ?? null, accountName: picked?.name ?? null })}
        />
      </div>
      <CustomFieldFilters entity="contact" params={params} onChange={onChange} />
      <Select
        label={t('contacts.filters.sort')}
        data={[
          { value: 'name', label: t('contacts.sort.name') },
          { value: '-createdAt', label: t('contacts.sort.newest') },
        ]}
        value={params.get('sort') ?? 'name'}
        onChange={(v) => onChange({ sort: v === '-createdAt' ? v : null })}
        allowDeselect={false}
        style={{ flex: '0 1 11rem' }}
      />
    </FilterBar>
  );
}
