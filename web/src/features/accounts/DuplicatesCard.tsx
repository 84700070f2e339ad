import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCopy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StatusBadge } from '../../shared/ui/StatusBadge';
import { AccountMergeModal } from './AccountMergeModal';
import type { AccountDuplicate, AccountOverview } from './api';
import { useAccountDuplicates } from './queries';

/** Accounts that look like this one (same organisation number or website, a similar name), each mergeable into it. */
export function DuplicatesCard({ overview }: { overview: AccountOverview }) {
  const { t } = useTranslation();
  const duplicates = useAccountDuplicates(overview.account.id);
  const [merging, setMerging] = useState<AccountDuplicate | null>(null);
  const items = duplicates.data ?? [];
  if (items.length === 0) return null;

  return (
    <Paper withBorder radius="md" p="md" data-testid="account-duplicates">
      <Group gap={6} mb="xs">
        <IconCopy size={16} aria-hidden />
        <Title order={2} fz="md" fw={600}>
          {t('records.duplicates.title')}
        </Title>
      </Group>
      <Stack gap="sm">
        {items.map((d) => (
          <Stack key={d.id} gap={4} data-testid="account-duplicate">
            <Group gap={6} wrap="wrap">
              <Anchor component={Link} to={`/accounts/${d.id}`} size="sm" fw={600}>
                {d.name}
              </Anchor>
              <StatusBadge status={d.status} size="xs" />
            </Group>
            <Text size="xs" c="dimmed">
              {[d.city, d.orgNumber, d.ownerName].filter(Boolean).join(' · ')}
            </Text>
            <Group gap={4}>
              {d.matches.map((m) => (
                <Badge key={m} size="xs" variant="light" color="orange" tt="none">
                  {t(`records.duplicates.match.${m}`)}
                </Badge>
              ))}
            </Group>
            {overview.can.merge && (
              <Button size="compact-xs" variant="light" onClick={() => setMerging(d)} w="fit-content" data-testid="merge-duplicate">
                {t('records.duplicates.mergeHere')}
              </Button>
            )}
          </Stack>
        ))}
      </Stack>
      {merging && (
        <AccountMergeModal
          account={{ id: overview.account.id, name: overview.account.name }}
          initial={{ id: merging.id, name: merging.name }}
          onClose={() => setMerging(null)}
        />
      )}
    </Paper>
  );
}
