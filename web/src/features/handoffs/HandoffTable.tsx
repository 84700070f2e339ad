import { Anchor, Badge, Group, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isOpen } from '@domain/handoffs';
import { Link } from 'react-router';
import { useFormat } from '../../shared/format/useFormat';
import { GroupBadge } from '../../shared/ui/GroupBadge';
import type { Handoff } from './api';
import { HandoffStatusBadge } from '../../shared/ui/HandoffStatusBadge';

interface Props {
  items: Handoff[];
  dimmed?: boolean;
  testId: string;
}

/** Handoffs as rows: the customer (opening the handoff), who gave it, to whom, its status and when it is due. */
export function HandoffTable({ items, dimmed, testId }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paper withBorder radius="md" px="md" py="xs" style={{ opacity: dimmed ? 0.6 : 1 }}>
      <Table.ScrollContainer minWidth={760}>
        <Table verticalSpacing="sm" highlightOnHover data-testid={testId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('crossSelling.columns.account')}</Table.Th>
              <Table.Th>{t('crossSelling.columns.from')}</Table.Th>
              <Table.Th>{t('crossSelling.columns.to')}</Table.Th>
              <Table.Th>{t('crossSelling.columns.status')}</Table.Th>
              <Table.Th>{t('crossSelling.columns.due')}</Table.Th>
              <Table.Th>{t('crossSelling.columns.created')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((h) => (
              <Table.Tr
                key={h.id}
                data-testid="handoff-row"
                data-overdue={h.overdue || undefined}
                style={h.overdue ? { boxShadow: 'inset 3px 0 0 var(--mantine-color-red-6)' } : undefined}
              >
                <Table.Td>
                  <Anchor component={Link} to={`/cross-selling/handoffs/${h.id}`} fw={600} size="sm">
                    {h.account.name}
                  </Anchor>
                  {h.urgency === 'high' && (
                    <Badge size="xs" color="orange" variant="light" ml={6} tt="none">
                      {t('crossSelling.urgency.high')}
                    </Badge>
                  )}
                  {h.account.marketCode && (
                    <Text size="xs" c="dimmed" data-testid="handoff-market">
                      {format.region(h.account.marketCode)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{h.giver?.name ?? '—'}</Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <GroupBadge size="sm" id={h.toSalesGroup.id} name={h.toSalesGroup.name} />
                    {h.toUser && <Text size="sm">{h.toUser.name}</Text>}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <HandoffStatusBadge handoff={h} />
                </Table.Td>
                <Table.Td>
                  <DueCell handoff={h} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed" title={format.dateTime(h.createdAt)}>
                    {format.when(h.createdAt)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

/** When the receiver must answer or report next; in red once it is overdue. */
export function DueCell({ handoff }: { handoff: Pick<Handoff, 'status' | 'overdue' | 'dueAt'> }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!isOpen(handoff.status)) return <Text c="dimmed">—</Text>;
  if (handoff.overdue) {
    return (
      <Group gap={6} wrap="nowrap" data-testid="handoff-overdue">
        <Badge size="sm" color="red" variant="filled" tt="none">
          {t('crossSelling.overdue')}
        </Badge>
        <Text size="sm" c="red" fw={600}>
          {t('crossSelling.overdueSince', { date: format.date(handoff.dueAt) })}
        </Text>
      </Group>
    );
  }
  return <Text size="sm">{t('crossSelling.dueOn', { date: format.date(handoff.dueAt) })}</Text>;
}
