import { Anchor, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../shared/format/useFormat';
import { StatusBadge } from '../../shared/ui/StatusBadge';
import type { AccountRow } from './api';

/** The account list on a phone: one compact block per account instead of a wide table. */
export function AccountCards({ accounts }: { accounts: AccountRow[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap={0} data-testid="accounts-cards">
      {accounts.map((a, i) => (
        <UnstyledButton
          key={a.id}
          component={Link}
          to={`/accounts/${a.id}`}
          py="sm"
          style={{ borderTop: i === 0 ? undefined : '1px solid var(--mantine-color-default-border)' }}
        >
          <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
            <Anchor component="span" fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
              {a.name}
            </Anchor>
            <StatusBadge status={a.status} size="sm" style={{ flexShrink: 0 }} />
          </Group>
          <Text size="xs" c="dimmed" mt={2}>
            {[a.marketCode ? format.region(a.marketCode) : null, a.city, format.industry(a.industry)].filter(Boolean).join(' · ')}
          </Text>
          {(a.ownerName || a.parentName) && (
            <Text size="xs" c="dimmed">
              {[a.ownerName, a.parentName ? t('accounts.partOf', { name: a.parentName }) : null].filter(Boolean).join(' · ')}
            </Text>
          )}
        </UnstyledButton>
      ))}
    </Stack>
  );
}
