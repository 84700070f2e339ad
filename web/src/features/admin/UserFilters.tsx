import { Group, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserFilter } from './api';
import { roleOptions } from './options';

const ALL = 'all';

interface Props {
  filter: UserFilter;
  onChange: (changes: { q?: string | null; role?: string | null }) => void;
}

export function UserFilters({ filter, onChange }: Props) {
  const { t } = useTranslation();
  const [q, setQ] = useState(filter.q ?? '');
  const pushQ = useDebouncedCallback((value: string) => onChange({ q: value.trim() || null }), 300);

  return (
    <Group gap="sm" mb="md" align="flex-end" wrap="wrap">
      <TextInput
        label={t('users.search')}
        placeholder={t('users.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={q}
        onChange={(e) => {
          setQ(e.currentTarget.value);
          pushQ(e.currentTarget.value);
        }}
        style={{ flex: '1 1 16rem' }}
        type="search"
      />
      <Select
        label={t('users.role')}
        placeholder={t('users.allRoles')}
        data={[{ value: ALL, label: t('users.allRoles') }, ...roleOptions(t)]}
        value={filter.role ?? ALL}
        onChange={(role) => onChange({ role: role && role !== ALL ? role : null })}
        allowDeselect={false}
        style={{ flex: '0 1 14rem' }}
      />
    </Group>
  );
}
