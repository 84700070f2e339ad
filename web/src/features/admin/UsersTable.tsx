import { Badge, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Market, SalesGroup } from '@contract/org';
import type { User } from '@contract/users';
import { useFormat } from '../../shared/format/useFormat';
import { UserRowActions } from './UserRowActions';

interface Props {
  users: User[];
  groups: SalesGroup[] | undefined;
  markets: Market[] | undefined;
  onEdit: (user: User) => void;
  onDeactivate: (user: User) => void;
  onReactivate: (user: User) => void;
}

export function UsersTable({ users, groups, markets, ...actions }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const groupName = (id: string | null) => (id ? (groups?.find((g) => g.id === id)?.name ?? '…') : '—');
  const marketName = (id: string | null) => {
    const m = id ? markets?.find((x) => x.id === id) : undefined;
    return m ? format.region(m.code, m.name) : id ? '…' : '—';
  };

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table verticalSpacing="sm" highlightOnHover data-testid="users-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('users.columns.name')}</Table.Th>
            <Table.Th>{t('users.columns.role')}</Table.Th>
            <Table.Th>{t('users.columns.salesGroup')}</Table.Th>
            <Table.Th>{t('users.columns.market')}</Table.Th>
            <Table.Th>{t('users.columns.status')}</Table.Th>
            <Table.Th w={48}>
              <VisuallyHidden>{t('users.columns.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id} c={user.active ? undefined : 'dimmed'}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {user.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {user.email}
                </Text>
              </Table.Td>
              <Table.Td>{t(`roles.${user.role}`)}</Table.Td>
              <Table.Td>{groupName(user.salesGroupId)}</Table.Td>
              <Table.Td>{marketName(user.marketId)}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={user.active ? 'teal' : 'gray'}>
                  {user.active ? t('users.active') : t('users.inactive')}
                </Badge>
              </Table.Td>
              <Table.Td>
                <UserRowActions user={user} {...actions} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
