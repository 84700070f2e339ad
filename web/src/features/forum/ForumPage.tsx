import { Anchor, Badge, Box, Breadcrumbs, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconClipboardText, IconPresentation, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useFormat } from '../../shared/format/useFormat';
import { useMarkets } from '../../shared/org/queries';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { AgendaGame, AgendaRituals } from './AgendaRituals';
import { GiveToGet, InProgress, NewPotential, Outcomes } from './AgendaSections';
import classes from './ForumPage.module.css';
import { PastMeetings } from './PastMeetings';
import { useAgenda, useMeetings } from './queries';
import { RecordMeetingModal } from './RecordMeetingModal';
import { QueryState } from '../../shared/ui/PageState';

/**
 * One cross-selling forum (D7): the agenda Korsa prepared for the next meeting — new potential,
 * handoffs in progress (old ones marked), outcomes, give to get — the meetings before, and recording
 * the next one. It prints as the agenda.
 */
export default function ForumPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const markets = useMarkets();
  const { id = '' } = useParams();
  const agenda = useAgenda(id);
  const meetings = useMeetings(id);
  const [recording, setRecording] = useState(false);

  if (agenda.isPending || agenda.error) {
    return (
      <QueryState
        query={agenda}
        notFound={{
          icon: <IconPresentation size={32} stroke={1.5} />,
          title: t('crossSelling.forum.detail.notFound'),
          description: t('crossSelling.forum.detail.notFoundText'),
          back: { to: '/cross-selling/forums', label: t('crossSelling.forum.detail.back') },
        }}
      />
    );
  }

  const a = agenda.data;
  const forum = a.forum;
  const market = markets.data?.find((m) => m.id === forum.marketId);
  const mayRecord = forum.can.recordMeeting;

  return (
    <Stack gap="lg" data-testid="forum-page" className={classes.page}>
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
        <Breadcrumbs mb="sm" fz="sm" className={classes.noPrint}>
          <Anchor component={Link} to="/cross-selling" size="sm">
            {t('nav.crossSelling')}
          </Anchor>
          <Anchor component={Link} to="/cross-selling/forums" size="sm">
            {t('crossSelling.forumsLink')}
          </Anchor>
        </Breadcrumbs>
        <Group justify="space-between" align="flex-start" gap="md">
          <Stack gap={6} style={{ flex: '1 1 20rem', minWidth: 0 }}>
            <Group gap="sm" wrap="wrap">
              <Title order={1} fz={{ base: 22, sm: 28 }} fw={650} lh={1.2} style={{ overflowWrap: 'anywhere' }}>
                {forum.name}
              </Title>
              <Badge variant="light" color="gray" tt="none">
                {market ? format.region(market.code, market.name) : t('crossSelling.forum.allMarkets')}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed">
              {[
                t(`crossSelling.forum.cadence.${forum.cadence}`),
                forum.nextMeetingOn ? `${t('crossSelling.forum.nextMeeting')}: ${format.date(forum.nextMeetingOn)}` : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
            <Text size="sm">
              <Text component="span" size="sm" fw={600}>
                {t('crossSelling.forum.detail.members')}:
              </Text>{' '}
              {forum.members.map((m) => m.name).join(', ')}
            </Text>
          </Stack>
          <Group gap="sm" className={classes.noPrint}>
            <Button variant="default" leftSection={<IconPrinter size={18} />} onClick={() => window.print()} data-testid="forum-print">
              {t('crossSelling.forum.detail.print')}
            </Button>
            {mayRecord && (
              <Button leftSection={<IconClipboardText size={18} />} onClick={() => setRecording(true)} data-testid="record-meeting">
                {t('crossSelling.forum.detail.record')}
              </Button>
            )}
          </Group>
        </Group>
      </Paper>

      <Box>
        <Title order={2} fz="xl" fw={650}>
          {t('crossSelling.forum.detail.agenda')}
        </Title>
        <Text size="sm" c="dimmed" data-testid="agenda-since">
          {a.since
            ? t('crossSelling.forum.detail.since', { date: format.date(forum.lastMeeting?.heldOn ?? a.since) })
            : t('crossSelling.forum.detail.sinceStart')}
        </Text>
      </Box>
      <NewPotential items={a.newPotential} />
      <InProgress items={a.inProgress} />
      <Outcomes items={a.outcomes} />
      <GiveToGet rows={a.giveToGet} />
      <AgendaRituals rituals={a.rituals} first={a.since === null} />
      {a.game && <AgendaGame game={a.game} first={a.since === null} />}
      {meetings.error ? (
        <ErrorAlert error={meetings.error} onRetry={() => void meetings.refetch()} />
      ) : (
        <PastMeetings forum={forum} meetings={meetings.data ?? []} />
      )}
      {mayRecord && <RecordMeetingModal forum={forum} opened={recording} onClose={() => setRecording(false)} />}
    </Stack>
  );
}
