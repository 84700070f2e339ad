import { Anchor, Badge, Box, Paper, Table, Text } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import type { OneToOneState } from '@domain/one-to-ones';
import { useFormat } from '../../shared/format/useFormat';
import { useSession } from '../../shared/session/session';
import { EmptyState } from '../../shared/ui/EmptyState';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryState } from '../../shared/ui/PageState';
import { useTeam } from './queries';

export const stateColour: Record<OneToOneState, string> = { overdue: 'red', never: 'orange', due: 'yellow', ok: 'teal' };

/**
 * One-to-ones (I1): a leader's list of the people they lead — who is overdue, when last met, open
 * actions. A seller goes straight to their own history.
 */
export default function OneToOnesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const team = useTeam(me.can.holdOneToOnes);
  if (!me.can.holdOneToOnes) return <Navigate to={`/one-to-ones/${me.user.id}`} replace />;
  const day = (d: string | null) => (d ? format.date(d) : t('oneToOnes.team.never'));
  return (
    <Box data-testid="one-to-ones-page">
      <PageHeader title={t('oneToOnes.title')} description={t('oneToOnes.description')} />
      {team.error || !team.data ? (
        <QueryState query={team} />
      ) : team.data.items.length === 0 ? (
        <EmptyState
          icon={<IconUsers size={32} stroke={1.5} />}
          title={t('oneToOnes.team.emptyTitle')}
          description={t('oneToOnes.team.empty')}
        />
      ) : (
        <Paper withBorder radius="md" style={{ overflowX: 'auto' }}>
          <Table verticalSpacing="sm" fz="sm" data-testid="one-to-one-team">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('oneToOnes.team.seller')}</Table.Th>
                <Table.Th>{t('oneToOnes.team.cadence')}</Table.Th>
                <Table.Th>{t('oneToOnes.team.last')}</Table.Th>
                <Table.Th>{t('oneToOnes.team.next')}</Table.Th>
                <Table.Th ta="right">{t('oneToOnes.team.openActions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {team.data.items.map((i) => (
                <Table.Tr key={i.seller.id} data-testid="one-to-one-row" data-state={i.state}>
                  <Table.Td>
                    <Anchor component={Link} to={`/one-to-ones/${i.seller.id}`} size="sm" fw={600}>
                      {i.seller.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{t('oneToOnes.team.everyDays', { count: i.cadenceDays })}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{day(i.lastHeldOn)}</Table.Td>
                  <Table.Td>
                    <Badge color={stateColour[i.state]} variant="light">
                      {t(`oneToOnes.states.${i.state}`, { count: i.daysOverdue })}
                    </Badge>
                    {i.nextDueOn && i.state !== 'overdue' && (
                      <Text span size="xs" c="dimmed" ml={6}>
                        {day(i.nextDueOn)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">{i.openActions}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Box>
  );
}
