import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ContactListItem } from './api';
import { GroupBadges } from './GroupBadges';

/** Contacts on wider screens: name and title, buying role, account, groups in touch, how to reach them. */
export function ContactsTable({ contacts }: { contacts: ContactListItem[] }) {
  const { t } = useTranslation();
  const dash = <Text c="dimmed">—</Text>;
  return (
    <Table.ScrollContainer minWidth={880}>
      <Table verticalSpacing="sm" highlightOnHover data-testid="contacts-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('contacts.columns.name')}</Table.Th>
            <Table.Th>{t('contacts.columns.role')}</Table.Th>
            <Table.Th>{t('contacts.columns.account')}</Table.Th>
            <Table.Th>{t('contacts.columns.groups')}</Table.Th>
            <Table.Th>{t('contacts.columns.reach')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {contacts.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td maw={260}>
                <Anchor component={Link} to={`/contacts/${c.id}`} fw={600} size="sm">
                  {c.firstName} {c.lastName}
                </Anchor>
                {c.title && (
                  <Text size="xs" c="dimmed">
                    {c.title}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{c.buyingRole ? t(`vocab.buyingRole.${c.buyingRole}`) : dash}</Table.Td>
              <Table.Td maw={260}>
                <Anchor component={Link} to={`/accounts/${c.accountId}`} size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {c.accountName}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <GroupBadges groups={c.salesGroups} />
              </Table.Td>
              <Table.Td>
                {c.email && (
                  <Anchor href={`mailto:${c.email}`} size="xs" display="block" style={{ overflowWrap: 'anywhere' }}>
                    {c.email}
                  </Anchor>
                )}
                {c.phone && (
                  <Text size="xs" c="dimmed">
                    {c.phone}
                  </Text>
                )}
                {!c.email && !c.phone && dash}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
