import { Anchor, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ContactListItem } from './api';
import { GroupBadges } from './GroupBadges';

/** Contacts on a phone: a compact block each. */
export function ContactCards({ contacts }: { contacts: ContactListItem[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap={0}>
      {contacts.map((c, i) => (
        <UnstyledButton
          key={c.id}
          component={Link}
          to={`/contacts/${c.id}`}
          py="sm"
          style={{ borderTop: i === 0 ? undefined : '1px solid var(--mantine-color-default-border)' }}
        >
          <Anchor component="span" fw={600} size="sm">
            {c.firstName} {c.lastName}
          </Anchor>
          <Text size="xs" c="dimmed" mb={4}>
            {[c.title, c.buyingRole ? t(`vocab.buyingRole.${c.buyingRole}`) : null, c.accountName].filter(Boolean).join(' · ')}
          </Text>
          <GroupBadges groups={c.salesGroups} empty={false} />
        </UnstyledButton>
      ))}
    </Stack>
  );
}
