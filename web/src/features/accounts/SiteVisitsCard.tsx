import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SiteVisit } from '@contract/signals';
import { api } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/queryKeys';
import { useFormat } from '../../shared/format/useFormat';

const SHOWN = 8;

/**
 * What the customer's people read on the company's site (C3): the latest pages, who read them and the
 * product a page is about — where the seller looks before calling. Hidden while nobody known has visited.
 */
export function SiteVisitsCard({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const visits = useQuery({
    queryKey: [...queryKeys.accounts.one(accountId), 'site-visits'],
    queryFn: ({ signal }) => api.get<{ items: SiteVisit[] }>('/api/signals/visits', { accountId }, signal),
  });
  const list = visits.data?.items ?? [];
  if (list.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="md" data-testid="account-site-visits">
      <Title order={2} fz="md" fw={600}>
        {t('account.visits.title')}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {t('account.visits.text')}
      </Text>
      <Stack gap="xs">
        {list.slice(0, SHOWN).map((v) => (
          <div key={v.id} data-testid="account-site-visit">
            <Group gap={6} wrap="nowrap" justify="space-between">
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {v.title ?? v.path}
              </Text>
              {v.product && (
                <Badge variant="light" tt="none" size="sm" style={{ flexShrink: 0 }}>
                  {v.product.name}
                </Badge>
              )}
            </Group>
            <Text size="xs" c="dimmed">
              {v.contact ? (
                <Anchor component={Link} to={`/contacts/${v.contact.id}`} size="xs">
                  {v.contact.name}
                </Anchor>
              ) : (
                t('account.visits.anonymous')
              )}{' '}
              · {format.relative(v.at)}
            </Text>
          </div>
        ))}
        {list.length > SHOWN && (
          <Text size="xs" c="dimmed">
            {t('account.visits.more', { count: list.length - SHOWN })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
