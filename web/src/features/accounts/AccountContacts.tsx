import { ActionIcon, Anchor, Button, Group, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconMail, IconPhone, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { GroupBadge } from '../../shared/ui/GroupBadge';
import { AddContactModal } from './AddContactModal';
import { useAccountContacts } from './queries';
import { QueryState } from '../../shared/ui/PageState';

/** The people at the account, their role in buying, and which groups know them. */
export function AccountContacts({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const contacts = useAccountContacts(accountId);
  const [adding, setAdding] = useState(false);
  const items = contacts.data?.items ?? [];

  return (
    <Paper withBorder radius="md" p="md" data-testid="account-contacts">
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title order={2} fz="md" fw={600}>
          {t('account.contacts.title')}
          {contacts.data && (
            <Text span c="dimmed" fw={400} ml={6}>
              {contacts.data.total}
            </Text>
          )}
        </Title>
        <Button
          size="compact-sm"
          variant="light"
          leftSection={<IconUserPlus size={14} />}
          onClick={() => setAdding(true)}
          style={{ flexShrink: 0 }}
        >
          {t('account.contacts.add')}
        </Button>
      </Group>
      {contacts.error || contacts.isPending ? (
        <QueryState query={contacts} size="sm" />
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('account.contacts.empty')}
        </Text>
      ) : (
        <Stack gap="sm">
          {items.map((c) => (
            <Group key={c.id} justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
              <div style={{ minWidth: 0 }}>
                <Anchor component={Link} to={`/contacts/${c.id}`} size="sm" fw={500}>
                  {c.firstName} {c.lastName}
                </Anchor>
                <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {[c.title, c.buyingRole ? t(`vocab.buyingRole.${c.buyingRole}`) : null].filter(Boolean).join(' · ')}
                </Text>
                {c.salesGroups.length > 0 && (
                  <Group gap={4} mt={2}>
                    {c.salesGroups.map((g) => (
                      <GroupBadge key={g.id} size="xs" id={g.id} name={g.name} />
                    ))}
                  </Group>
                )}
              </div>
              <Group gap={2} wrap="nowrap">
                {c.phone && (
                  <Tooltip label={c.phone}>
                    <ActionIcon
                      component="a"
                      href={`tel:${c.phone}`}
                      variant="subtle"
                      color="gray"
                      aria-label={t('contacts.call', { name: c.firstName })}
                    >
                      <IconPhone size={16} />
                    </ActionIcon>
                  </Tooltip>
                )}
                {c.email && (
                  <Tooltip label={c.email}>
                    <ActionIcon
                      component="a"
                      href={`mailto:${c.email}`}
                      variant="subtle"
                      color="gray"
                      aria-label={t('contacts.mail', { name: c.firstName })}
                    >
                      <IconMail size={16} />
                    </ActionIcon>
                  </Tooltip>
                )}
              </Group>
            </Group>
          ))}
        </Stack>
      )}
      <AddContactModal accountId={accountId} opened={adding} onClose={() => setAdding(false)} />
    </Paper>
  );
}
