import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { VisitStatus } from '@domain/rituals';
import { useFormat } from '../../shared/format/useFormat';
import { GroupBadge } from '../../shared/ui/GroupBadge';
import type { VisitData } from './api';

const statusColor: Record<VisitStatus, string> = {
  proposed: 'gray',
  planned: 'yellow',
  change_requested: 'orange',
  accepted: 'blue',
  done: 'teal',
  cancelled: 'red',
};

export function VisitStatusBadge({ status }: { status: VisitStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={statusColor[status]} tt="none" data-testid="visit-status" data-status={status}>
      {t(`rituals.visits.status.${status}`)}
    </Badge>
  );
}

/** "2026-12-08T10:00" in the visit's zone, in the reader's words. */
export function useLocalWhen() {
  const format = useFormat();
  return (v: Pick<VisitData, 'localStart'>) =>
    v.localStart
      ? `${format.date(v.localStart.slice(0, 10), { weekday: 'short', day: 'numeric', month: 'short' })} ${v.localStart.slice(11)}`
      : null;
}

/** A joint visit in a list: who with whom, the customer and time, its status. */
export function VisitCard({ visit, meId }: { visit: VisitData; meId?: string }) {
  const { t } = useTranslation();
  const when = useLocalWhen();
  const title =
    meId === visit.host.id
      ? t('rituals.visits.youHost', { name: visit.guest.name })
      : meId === visit.guest.id
        ? t('rituals.visits.youJoin', { name: visit.host.name })
        : t('rituals.visits.pair', { host: visit.host.name, guest: visit.guest.name });
  return (
    <Paper withBorder radius="md" p="md" data-testid="visit-card">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Anchor component={Link} to={`/cross-selling/visits/${visit.id}`} fw={600} data-testid="visit-link">
            {title}
          </Anchor>
          <VisitStatusBadge status={visit.status} />
        </Group>
        <Group gap={6}>
          {visit.host.salesGroupId && visit.host.salesGroupName && (
            <GroupBadge id={visit.host.salesGroupId} name={visit.host.salesGroupName} />
          )}
          {visit.guest.salesGroupId && visit.guest.salesGroupName && (
            <GroupBadge id={visit.guest.salesGroupId} name={visit.guest.salesGroupName} />
          )}
          <Text size="xs" c="dimmed">
            {t('rituals.visits.week', { week: visit.period.slice(6) })} ·{' '}
            {visit.metBefore > 0 ? t('rituals.visits.metBefore', { count: visit.metBefore }) : t('rituals.visits.newPair')}
          </Text>
        </Group>
        <Text size="sm">{visit.account ? `${visit.account.name} · ${when(visit) ?? ''}` : t('rituals.visits.noTime')}</Text>
        {visit.recordMissing && (
          <Text size="sm" c="red" fw={500}>
            {t('rituals.visits.recordMissing')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
