import { Group, Table, UnstyledButton } from '@mantine/core';
import { IconArrowsSort, IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  /** The sort values for this column, ascending first (e.g. `value` / `-value`); one only sorts one way. */
  asc?: string;
  desc?: string;
  sort: string;
  onSort: (sort: string) => void;
  right?: boolean;
}

/** A column header that sorts the list (by the server's sort keys) and says which way it is sorted. */
export function SortHeader({ label, asc, desc, sort, onSort, right }: Props) {
  const { t } = useTranslation();
  const active = sort === asc ? 'ascending' : sort === desc ? 'descending' : 'none';
  const next = active === 'ascending' ? (desc ?? asc) : active === 'descending' ? (asc ?? desc) : (asc ?? desc);
  const Icon = active === 'ascending' ? IconSortAscending : active === 'descending' ? IconSortDescending : IconArrowsSort;
  return (
    <Table.Th ta={right ? 'right' : undefined} aria-sort={active}>
      <UnstyledButton
        onClick={() => next && onSort(next)}
        aria-label={t('pipeline.sortBy', { column: label })}
        fw={700}
        fz="sm"
        data-testid={`sort-${asc ?? desc}`}
      >
        <Group gap={4} wrap="nowrap" justify={right ? 'flex-end' : undefined}>
          {label}
          <Icon size={14} opacity={active === 'none' ? 0.4 : 1} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
