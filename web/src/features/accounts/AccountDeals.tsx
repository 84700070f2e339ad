import { Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { stageName } from '../../shared/domain/stages';
import { useFormat } from '../../shared/format/useFormat';
import { useSalesGroups } from '../../shared/org/queries';
import { GroupBadge } from '../../shared/ui/GroupBadge';
import type { AccountDeal } from './api';
import { useAccountDeals } from './queries';
import { QueryState } from '../../shared/ui/PageState';

const outcomeColor = { open: 'blue', won: 'teal', lost: 'red' } as const;

/** The account's opportunities, open first and then closed: stage, value, owner and sales group, from every group. */
export function AccountDeals({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const deals = useAccountDeals(accountId);
  const groups = useSalesGroups();
  const groupName = (id: string | null) => (id ? groups.data?.find((g) => g.id === id)?.name : undefined);
  const items = deals.data?.items ?? [];
  const open = items.filter((o) => o.stage.outcome === 'open');
  const closed = items.filter((o) => o.stage.outcome !== 'open');

  const rows = (list: AccountDeal[]) =>
    list.map((o) => {
      const group = groupName(o.salesGroupId);
      return (
        <Table.Tr key={o.id} data-testid="account-deal">
          <Table.Td>
            <Anchor component={Link} to={`/pipeline/${o.id}`} size="sm" fw={500}>
              {o.name}
            </Anchor>
          </Table.Td>
          <Table.Td>
            <Badge variant="light" color={outcomeColor[o.stage.outcome]} tt="none">
              {stageName(o.stage, t)}
            </Badge>
          </Table.Td>
          <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
            {format.currency(o.value || o.estimatedValue || 0, o.currency)}
          </Table.Td>
          <Table.Td>{o.owner?.name ?? '—'}</Table.Td>
          <Table.Td>{group && o.salesGroupId ? <GroupBadge id={o.salesGroupId} name={group} size="sm" /> : '—'}</Table.Td>
          <Table.Td style={{ whiteSpace: 'nowrap' }}>
            {o.stage.outcome === 'open'
              ? o.expectedCloseOn
                ? format.date(o.expectedCloseOn)
                : '—'
              : o.signedOn
                ? format.date(o.signedOn)
                : o.closedAt
                  ? format.date(o.closedAt)
                  : '—'}
          </Table.Td>
        </Table.Tr>
      );
    });

  const table = (list: AccountDeal[], dateLabel: string, testId: string) => (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing={6} data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('records.deals.name')}</Table.Th>
            <Table.Th>{t('records.deals.stage')}</Table.Th>
            <Table.Th ta="right">{t('records.deals.value')}</Table.Th>
            <Table.Th>{t('records.deals.owner')}</Table.Th>
            <Table.Th>{t('records.deals.group')}</Table.Th>
            <Table.Th>{dateLabel}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{rows(list)}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );

  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} data-testid="account-deals">
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="lg" fw={600}>
          {t('records.deals.title')}
          {deals.data && (
            <Text span c="dimmed" fw={400} ml={6}>
              {deals.data.total}
            </Text>
          )}
        </Title>
      </Group>
      {deals.error || deals.isPending ? (
        <QueryState query={deals} size="sm" />
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('records.deals.empty')}
        </Text>
      ) : (
        <Stack gap="md">
          {open.length > 0 && (
            <div>
              <Text size="sm" fw={600} mb={4}>
                {t('records.deals.open', { count: open.length })}
              </Text>
              {table(open, t('records.deals.closes'), 'account-deals-open')}
            </div>
          )}
          {closed.length > 0 && (
            <div>
              <Text size="sm" fw={600} mb={4}>
                {t('records.deals.closed', { count: closed.length })}
              </Text>
              {table(closed, t('records.deals.closedOn'), 'account-deals-closed')}
            </div>
          )}
        </Stack>
      )}
    </Paper>
  );
}
