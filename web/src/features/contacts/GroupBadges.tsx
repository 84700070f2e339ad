import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format/useFormat';
import { GroupBadge } from '../../shared/ui/GroupBadge';
import type { ContactListItem } from './api';

/** The sales groups that have been in touch with a person, each with when last (on hover). */
export function GroupBadges({ groups, empty = true }: { groups: ContactListItem['salesGroups']; empty?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (groups.length === 0) {
    return empty ? (
      <Text size="xs" c="dimmed">
        {t('contacts.noGroups')}
      </Text>
    ) : null;
  }
  return (
    <Group gap={4} data-testid="group-badges">
      {groups.map((g) => (
        <GroupBadge key={g.id} size="sm" id={g.id} name={g.name} title={t('contacts.lastInTouch', { date: format.date(g.lastAt) })} />
      ))}
    </Group>
  );
}
