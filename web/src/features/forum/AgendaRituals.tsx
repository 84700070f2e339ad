import { Anchor, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../shared/format/useFormat';
import type { AgendaData } from './api';
import { Nothing, Section } from './AgendaSections';

type Ritual = AgendaData['rituals']['recent'][number];
const paths = { visit: 'visits', seminar: 'seminars', interview: 'interviews' } as const;

function RitualRow({ r }: { r: Ritual }) {
  const { t } = useTranslation();
  const format = useFormat();
  const facts = [
    r.attended !== null ? t('rituals.forum.attended', { count: r.attended }) : null,
    r.insights !== null ? t('rituals.forum.insights', { count: r.insights }) : null,
    t('rituals.forum.tips', { count: r.tips }),
    t('rituals.forum.opportunities', { count: r.opportunities }),
  ].filter(Boolean);
  return (
    <Stack gap={2} data-testid="agenda-ritual" data-kind={r.kind}>
      <Group gap="xs" wrap="wrap">
        <Badge variant="light" size="sm" color={r.kind === 'visit' ? 'blue' : r.kind === 'seminar' ? 'grape' : 'teal'}>
          {t(`rituals.forum.kinds.${r.kind}`)}
        </Badge>
        <Anchor component={Link} to={`/cross-selling/${paths[r.kind]}/${r.id}`} size="sm" fw={600}>
          {r.title || t(`rituals.forum.kinds.${r.kind}`)}
        </Anchor>
        <Text size="sm" c="dimmed">
          {r.kind === 'interview' ? format.date(r.at) : format.dateTime(r.at)}
        </Text>
        {r.recordDue && (
          <Badge color="orange" variant="light" size="sm" data-testid="agenda-record-due">
            {t('rituals.forum.recordDue')}
          </Badge>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {[r.people.join(', '), ...facts].filter(Boolean).join(' · ')}
      </Text>
      {r.learned && (
        <Text size="sm" fs="italic" lineClamp={2}>
          “{r.learned}”
        </Text>
      )}
    </Stack>
  );
}

function RitualList({ title, none, items }: { title: string; none: string; items: Ritual[] }) {
  return (
    <div>
      <Title order={3} fz="sm" fw={600} mb={6}>
        {title}
      </Title>
      {items.length === 0 ? (
        <Nothing>{none}</Nothing>
      ) : (
        <Stack gap="sm">
          {items.map((r) => (
            <RitualRow key={`${r.kind}-${r.id}`} r={r} />
          ))}
        </Stack>
      )}
    </div>
  );
}

/** Joint visits, seminars and interview rounds: what was held since the last meeting, what came of it, and what is coming. */
export function AgendaRituals({ rituals, first }: { rituals: AgendaData['rituals']; first: boolean }) {
  const { t } = useTranslation();
  return (
    <Section
      title={t('rituals.forum.title')}
      text={t('rituals.forum.text', { count: rituals.recordsDue })}
      count={rituals.recent.length + rituals.upcoming.length}
      testId="agenda-rituals"
    >
      <Stack gap="md">
        <RitualList
          title={t(first ? 'crossSelling.forum.agenda.lastTwoWeeks' : 'rituals.forum.recent')}
          none={t('rituals.forum.noRecent')}
          items={rituals.recent}
        />
        <RitualList title={t('rituals.forum.upcoming')} none={t('rituals.forum.noUpcoming')} items={rituals.upcoming} />
      </Stack>
    </Section>
  );
}

/** The running season among the members: standings, what moved since the last meeting, tips given, incentives (leaders). */
export function AgendaGame({ game, first }: { game: NonNullable<AgendaData['game']>; first: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const earnings = game.people.some((p) => p.earned !== null);
  return (
    <Section
      title={t('game.forum.title', { season: game.season.name })}
      text={t('game.forum.text')}
      count={game.people.length}
      testId="agenda-game"
    >
      <Table.ScrollContainer minWidth={520}>
        <Table verticalSpacing={6} fz="sm" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('game.forum.rank')}</Table.Th>
              <Table.Th>{t('game.forum.name')}</Table.Th>
              <Table.Th ta="right">{t('game.forum.points')}</Table.Th>
              <Table.Th ta="right">{t(first ? 'game.forum.sinceStart' : 'game.forum.since')}</Table.Th>
              <Table.Th ta="right">{t('game.forum.tips')}</Table.Th>
              {earnings && <Table.Th ta="right">{t('game.forum.earned')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {game.people.map((p) => {
              const climbed = p.rankBefore - p.rank;
              return (
                <Table.Tr key={p.id} data-testid="agenda-game-row" data-user={p.id}>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      {format.number(p.rank)}
                      {climbed !== 0 && (
                        <Text
                          span
                          size="xs"
                          c={climbed > 0 ? 'teal.8' : 'red.8'}
                          aria-label={t(climbed > 0 ? 'game.forum.up' : 'game.forum.down', { count: Math.abs(climbed) })}
                        >
                          {climbed > 0 ? <IconArrowUp size={12} /> : <IconArrowDown size={12} />}
                          {Math.abs(climbed)}
                        </Text>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/game/${game.season.id}/players/${p.id}`} size="sm">
                      {p.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td ta="right">{format.number(p.points)}</Table.Td>
                  <Table.Td ta="right">{p.pointsSince > 0 ? `+${format.number(p.pointsSince)}` : format.number(p.pointsSince)}</Table.Td>
                  <Table.Td ta="right">{format.number(p.tipsGiven)}</Table.Td>
                  {earnings && <Table.Td ta="right">{format.currency(p.earned ?? 0, game.currency)}</Table.Td>}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Section>
  );
}
