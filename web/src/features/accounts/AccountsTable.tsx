import { Anchor, Table, Text, UnstyledButton, Group } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AccountSort } from '../../shared/domain/vocabulary';
import { useFormat } from '../../shared/format/useFormat';
import { StatusBadge } from '../../shared/ui/StatusBadge';
import { SelectAllBox, SelectRowBox, type RowSelection } from '../../shared/records/Reassign';
import type { AccountRow } from './api';

interface Props {
  accounts: AccountRow[];
  sort: AccountSort;
  onSort: (sort: AccountSort) => void;
  /** Rows can be picked (to reassign them) when given. */
  selection?: RowSelection;
}

interface SortHeaderProps {
  label: string;
  active: boolean;
  descending: boolean;
  onClick: () => void;
  minWidth?: number;
}

function SortHeader({ label, active, descending, onClick, minWidth }: SortHeaderProps) {
  const SortIcon = !active ? IconSelector : descending ? IconArrowDown : IconArrowUp;
  return (
    <Table.Th aria-sort={active ? (descending ? 'descending' : 'ascending') : 'none'} miw={minWidth}>
      <UnstyledButton onClick={onClick} fw={600} fz="sm">
        <Group gap={4} wrap="nowrap">
          {label}
          <SortIcon size={14} stroke={1.8} aria-hidden />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

/** The account list on wider screens: one row per account, sortable by name and status. */
export function AccountsTable({ accounts, sort, onSort, selection }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const dash = <Text c="dimmed">—</Text>;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="sm" highlightOnHover data-testid="accounts-table">
        <Table.Thead>
          <Table.Tr>
            {selection && (
              <Table.Th w={40}>
                <SelectAllBox selection={selection} />
              </Table.Th>
            )}
            <SortHeader
              label={t('accounts.columns.name')}
              active={sort === 'name' || sort === '-name'}
              descending={sort === '-name'}
              onClick={() => onSort(sort === 'name' ? '-name' : 'name')}
              minWidth={220}
            />
            <SortHeader
              label={t('accounts.columns.status')}
              active={sort === 'status'}
              descending={false}
              onClick={() => onSort('status')}
              minWidth={120}
            />
            <Table.Th>{t('accounts.columns.market')}</Table.Th>
            <Table.Th>{t('accounts.columns.city')}</Table.Th>
            <Table.Th>{t('accounts.columns.industry')}</Table.Th>
            <Table.Th>{t('accounts.columns.owner')}</Table.Th>
            <Table.Th>{t('accounts.columns.parent')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {accounts.map((a) => (
            <Table.Tr key={a.id}>
              {selection && (
                <Table.Td>
                  <SelectRowBox selection={selection} id={a.id} name={a.name} />
                </Table.Td>
              )}
              <Table.Td maw={320}>
                <Anchor component={Link} to={`/accounts/${a.id}`} fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {a.name}
                </Anchor>
                {a.isGlobal && (
                  <Text size="xs" c="dimmed">
                    {t('accounts.globalAccount')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <StatusBadge status={a.status} />
              </Table.Td>
              <Table.Td>{a.marketCode ? format.region(a.marketCode) : dash}</Table.Td>
              <Table.Td>{a.city ?? dash}</Table.Td>
              <Table.Td>{format.industry(a.industry) || dash}</Table.Td>
              <Table.Td>{a.ownerName ?? dash}</Table.Td>
              <Table.Td maw={240}>
                {a.parentId ? (
                  <Anchor component={Link} to={`/accounts/${a.parentId}`} size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {a.parentName}
                  </Anchor>
                ) : (
                  dash
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
