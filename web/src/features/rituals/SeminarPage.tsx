import {
  Alert,
  Anchor,
  Badge,
  Box,
  Breadcrumbs,
  Button,
  Group,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { attendanceStatuses, type AttendanceStatus } from '@domain/rituals';
import { useFormat } from '../../shared/format/useFormat';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { AccountSearchInput, type PickedAccount } from '../../shared/search/AccountSearchInput';
import { Fact } from '../../shared/ui/Fact';
import { GroupBadge } from '../../shared/ui/GroupBadge';
import { notify } from '../../shared/ui/notify';
import { ritualsApi, type SeminarDetailData } from './api';
import { useRitualMutation, useSeminar } from './queries';
import { useLocalWhen } from './VisitCard';
import { QueryState } from '../../shared/ui/PageState';
import { IconPresentation } from '@tabler/icons-react';

const statusColor: Record<AttendanceStatus, string> = { invited: 'gray', registered: 'blue', attended: 'teal', no_show: 'orange' };

/** One seminar: invite customers' contacts, record who registered and came, give the follow-ups, see what followed. */
export default function SeminarPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const seminar = useSeminar(id);
  const when = useLocalWhen();
  if (seminar.error || !seminar.data)
    return (
      <QueryState
        query={seminar}
        notFound={{
          icon: <IconPresentation size={32} stroke={1.5} />,
          title: t('rituals.notFound.seminar'),
          description: t('rituals.notFound.text'),
          back: { to: '/cross-selling/seminars', label: t('rituals.notFound.back') },
        }}
      />
    );
  const s = seminar.data;
  const begun = new Date(s.startsAt).getTime() <= Date.now();
  return (
    <Box data-testid="seminar-page" maw={960}>
      <Breadcrumbs mb="sm" fz="sm">
        <Anchor component={Link} to="/cross-selling/seminars" size="sm">
          {t('rituals.seminars.title')}
        </Anchor>
      </Breadcrumbs>
      <Title order={1} fz={{ base: 22, sm: 26 }} mb="md">
        {s.title}
      </Title>
      <Stack gap="lg">
        <Paper withBorder radius="md" p="md">
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <Fact label={t('rituals.visit.when')}>
              <Text size="sm" data-testid="seminar-when">
                {when(s)} · {t('rituals.visit.zone', { zone: s.timeZone })}
              </Text>
            </Fact>
            <Fact label={t('rituals.visit.place')}>
              {s.link ? (
                <Anchor href={s.link} target="_blank" rel="noreferrer" size="sm">
                  {s.place || s.link}
                </Anchor>
              ) : (
                s.place || '—'
              )}
            </Fact>
            <Fact label={t('rituals.seminars.groups')}>
              <Group gap={6}>
                {s.salesGroups.map((g) => (
                  <GroupBadge key={g.id} id={g.id} name={g.name} />
                ))}
              </Group>
            </Fact>
            <Fact label={t('rituals.seminars.sellers')}>{s.sellers.map((p) => p.name).join(', ')}</Fact>
          </SimpleGrid>
          {s.topic && (
            <Text size="sm" mt="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {s.topic}
            </Text>
          )}
        </Paper>
        <FollowedPanel seminar={s} />
        {s.can.run && <InvitePanel seminar={s} />}
        <InviteesPanel seminar={s} />
        {s.can.run && s.invitees.length > 0 && <ImportPanel seminar={s} />}
        {(begun || s.followUps.length > 0) && <FollowUpsPanel seminar={s} />}
      </Stack>
    </Box>
  );
}

function FollowedPanel({ seminar: s }: { seminar: SeminarDetailData }) {
  const { t } = useTranslation();
  const format = useFormat();
  const figures: [string, string][] = [
    [t('rituals.seminars.invited'), format.number(s.counts.invited)],
    [t('rituals.seminars.registered'), format.number(s.counts.registered)],
    [t('rituals.summary.attended'), format.number(s.counts.attended)],
    [t('rituals.summary.followUps'), `${format.number(s.followed.followUpsDone)} / ${format.number(s.followUps.length)}`],
    [t('rituals.summary.tips'), format.number(s.followed.tips)],
    [t('rituals.summary.opportunities'), format.number(s.followed.opportunities)],
    [t('rituals.summary.won'), format.currency(s.followed.wonValue, s.followed.currency)],
  ];
  return (
    <Paper withBorder radius="md" p="md" data-testid="seminar-followed">
      <Title order={2} fz="md" mb={4}>
        {t('rituals.seminars.followed')}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {t('rituals.seminars.followedHint', { until: format.date(s.followed.until) })}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 4, md: 7 }} spacing="xs">
        {figures.map(([label, value]) => (
          <div key={label}>
            <Text size="xs" c="dimmed">
              {label}
            </Text>
            <Text fw={650}>{value}</Text>
          </div>
        ))}
      </SimpleGrid>
    </Paper>
  );
}

function InvitePanel({ seminar: s }: { seminar: SeminarDetailData }) {
  const { t } = useTranslation();
  const invite = useRitualMutation((accountIds: string[]) => ritualsApi.invite(s.id, { accountIds }));
  const [picked, setPicked] = useState<PickedAccount[]>([]);
  const [account, setAccount] = useState<PickedAccount | null>(null);
  return (
    <Paper withBorder radius="md" p="md" data-testid="invite-panel">
      <Stack gap="sm">
        <Title order={2} fz="md">
          {t('rituals.seminars.invite')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('rituals.seminars.inviteHint')}
        </Text>
        <AccountSearchInput
          label={t('rituals.seminars.inviteAccount')}
          value={account}
          onChange={(a) => {
            if (a && !picked.some((p) => p.id === a.id)) setPicked([...picked, a]);
            setAccount(null);
          }}
          testId="invite-account"
        />
        {picked.length > 0 && (
          <Group gap={6}>
            {picked.map((a) => (
              <Badge
                key={a.id}
                variant="light"
                tt="none"
                rightSection={<span aria-hidden>×</span>}
                style={{ cursor: 'pointer' }}
                onClick={() => setPicked(picked.filter((p) => p.id !== a.id))}
              >
                {a.name}
              </Badge>
            ))}
          </Group>
        )}
        {invite.error && (
          <Text size="sm" c="red" role="alert">
            {errorMessage(invite.error, t)}
          </Text>
        )}
        <Group justify="flex-end">
          <Button
            disabled={picked.length === 0}
            loading={invite.isPending}
            onClick={() =>
              invite.mutate(
                picked.map((p) => p.id),
                {
                  onSuccess: (r) => {
                    setPicked([]);
                    notify(t('rituals.seminars.invitedDone', { count: r.counts.invited }));
                  },
                },
              )
            }
            data-testid="invite-submit"
          >
            {t('rituals.seminars.inviteSubmit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function InviteesPanel({ seminar: s }: { seminar: SeminarDetailData }) {
  const { t } = useTranslation();
  const mark = useRitualMutation((input: { contactId: string; status: AttendanceStatus }) =>
    ritualsApi.attendance(s.id, { contactIds: [input.contactId], status: input.status }),
  );
  return (
    <Paper withBorder radius="md" p="md" data-testid="invitees-panel">
      <Title order={2} fz="md" mb="sm">
        {t('rituals.seminars.invitees', { count: s.invitees.length })}
      </Title>
      {mark.error && (
        <Alert color="red" variant="light" role="alert" mb="sm">
          {errorMessage(mark.error, t)}
        </Alert>
      )}
      {s.invitees.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('rituals.seminars.noInvitees')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('rituals.seminars.contact')}</Table.Th>
                <Table.Th>{t('rituals.visit.customer')}</Table.Th>
                <Table.Th>{t('rituals.seminars.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {s.invitees.map((i) => (
                <Table.Tr key={i.contactId} data-testid="invitee-row" data-status={i.status}>
                  <Table.Td>
                    <Text size="sm">{i.name}</Text>
                    {i.email && (
                      <Text size="xs" c="dimmed">
                        {i.email}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/accounts/${i.account.id}`} size="sm">
                      {i.account.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    {s.can.run ? (
                      <SegmentedControl
                        size="xs"
                        value={i.status}
                        aria-label={t('rituals.seminars.statusOf', { name: i.name })}
                        data={attendanceStatuses.map((st) => ({ value: st, label: t(`rituals.seminars.statuses.${st}`) }))}
                        onChange={(v) => mark.mutate({ contactId: i.contactId, status: v })}
                        data-testid="invitee-status"
                      />
                    ) : (
                      <Badge variant="light" color={statusColor[i.status]} tt="none">
                        {t(`rituals.seminars.statuses.${i.status}`)}
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

function ImportPanel({ seminar: s }: { seminar: SeminarDetailData }) {
  const { t } = useTranslation();
  const [list, setList] = useState('');
  const imp = useRitualMutation((status: 'registered' | 'attended') => ritualsApi.importAttendance(s.id, { list, status }));
  const [result, setResult] = useState<{ matched: number; unknown: string[] } | null>(null);
  return (
    <Paper withBorder radius="md" p="md" data-testid="import-panel">
      <Stack gap="sm">
        <Title order={2} fz="md">
          {t('rituals.seminars.import')}
        </Title>
        <Textarea
          label={t('rituals.seminars.importList')}
          description={t('rituals.seminars.importHint')}
          autosize
          minRows={3}
          maxRows={10}
          value={list}
          onChange={(e) => setList(e.currentTarget.value)}
          data-testid="import-list"
        />
        {result && (
          <Text size="sm" data-testid="import-result">
            {t('rituals.seminars.importResult', { matched: result.matched, unknown: result.unknown.length })}
            {result.unknown.length > 0 && ` (${result.unknown.slice(0, 5).join(', ')}${result.unknown.length > 5 ? ' …' : ''})`}
          </Text>
        )}
        <Group justify="flex-end" gap="sm">
          {(['registered', 'attended'] as const).map((status) => (
            <Button
              key={status}
              variant={status === 'attended' ? 'filled' : 'default'}
              disabled={!list.trim()}
              loading={imp.isPending && imp.variables === status}
              onClick={() => imp.mutate(status, { onSuccess: (r) => setResult(r) })}
              data-testid={`import-${status}`}
            >
              {t(`rituals.seminars.importAs.${status}`)}
            </Button>
          ))}
        </Group>
      </Stack>
    </Paper>
  );
}

function FollowUpsPanel({ seminar: s }: { seminar: SeminarDetailData }) {
  const { t } = useTranslation();
  const give = useRitualMutation(() => ritualsApi.followUps(s.id));
  const name = new Map(s.invitees.map((i) => [i.contactId, `${i.name} (${i.account.name})`]));
  const attended = s.invitees.filter((i) => i.status === 'attended').length;
  return (
    <Paper withBorder radius="md" p="md" data-testid="follow-ups-panel">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} fz="md">
            {t('rituals.seminars.followUps')}
          </Title>
          {s.can.run && attended > 0 && (
            <Button
              size="xs"
              loading={give.isPending}
              onClick={() =>
                give.mutate(undefined, { onSuccess: (r) => notify(t('rituals.seminars.followUpsDone', { count: r.followUps.length })) })
              }
              data-testid="give-follow-ups"
            >
              {t('rituals.seminars.giveFollowUps')}
            </Button>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {t('rituals.seminars.followUpsHint')}
        </Text>
        {give.error && (
          <Text size="sm" c="red" role="alert">
            {errorMessage(give.error, t)}
          </Text>
        )}
        {s.followUps.map((f) => (
          <Group key={f.taskId} justify="space-between" wrap="nowrap" data-testid="follow-up">
            <Text size="sm">{name.get(f.contactId) ?? ''}</Text>
            <Group gap={6} wrap="nowrap">
              <Badge variant="light" tt="none">
                {f.salesGroup}
              </Badge>
              <Text size="sm">{f.owner}</Text>
              <Badge variant="light" color={f.done ? 'teal' : 'gray'} tt="none">
                {f.done ? t('rituals.seminars.done') : t('rituals.seminars.open')}
              </Badge>
            </Group>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
