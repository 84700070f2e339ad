import { Anchor, Badge, Box, Button, Group, Paper, Progress, Select, SimpleGrid, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { IconDeviceTv, IconEdit, IconPlus, IconTrophy } from '@tabler/icons-react';
import { useThrottledCallback } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useFormat } from '../../shared/format/useFormat';
import { useLiveEvents } from '../../shared/live/useLiveEvents';
import { celebrateWin } from '../../shared/live/celebrateWin';
import { useSalesGroups } from '../../shared/org/queries';
import { useSession } from '../../shared/session/session';
import { EmptyState } from '../../shared/ui/EmptyState';
import { PageHeader } from '../../shared/ui/PageHeader';
import type { LeaderboardData, SeasonData } from './api';
import { BehaviourPanel } from './BehaviourPanel';
import { gameKeys, useLeaderboard, useSeasons } from './queries';
import { SeasonModal } from './SeasonModal';
import { StatementPanel } from './StatementPanel';
import { QueryState } from '../../shared/ui/PageState';

/** The season running today, else the newest. */
export const defaultSeason = (seasons: SeasonData[]) => seasons.find((s) => s.current) ?? seasons[0] ?? null;

/**
 * The cross-selling game (F1): a season's leaderboard of people and teams, computed from what Korsa
 * records, updated live; each seller's points and incentives; for leaders whether behaviour changes.
 */
export default function GamePage() {
  const { t } = useTranslation();
  const me = useSession();
  const seasons = useSeasons();
  const [params, setParams] = useSearchParams();
  const [editing, setEditing] = useState<SeasonData | 'new' | null>(null);
  const chosen = seasons.data?.find((s) => s.id === params.get('season')) ?? (seasons.data ? defaultSeason(seasons.data) : null);
  const tab = params.get('tab') ?? 'leaderboard';
  const setTab = (next: string | null) =>
    setParams((p) => {
      p.set('tab', next ?? 'leaderboard');
      return p;
    });

  const newButton = me.can.manageSeasons && (
    <Button leftSection={<IconPlus size={18} />} onClick={() => setEditing('new')} data-testid="new-season">
      {t('game.seasons.new')}
    </Button>
  );
  const actions = chosen && (
    <Group gap="xs">
      <Select
        aria-label={t('game.seasons.label')}
        data={(seasons.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
        value={chosen.id}
        allowDeselect={false}
        onChange={(id) =>
          id &&
          setParams((p) => {
            p.set('season', id);
            return p;
          })
        }
        w={200}
        data-testid="season-select"
      />
      <Button
        variant="default"
        component={Link}
        to={`/game/${chosen.id}/screen`}
        leftSection={<IconDeviceTv size={18} />}
        data-testid="full-screen"
      >
        {t('game.leaderboard.fullScreen')}
      </Button>
      {chosen.can.edit && (
        <Button variant="default" leftSection={<IconEdit size={18} />} onClick={() => setEditing(chosen)} data-testid="edit-season">
          {t('game.seasons.edit')}
        </Button>
      )}
      {newButton}
    </Group>
  );

  return (
    <Box data-testid="game-page">
      <PageHeader title={t('game.title')} description={t('game.description')} actions={actions || newButton} />
      {seasons.error || !seasons.data ? (
        <QueryState query={seasons} />
      ) : !chosen ? (
        <EmptyState
          icon={<IconTrophy size={32} stroke={1.5} />}
          title={t('game.empty.title')}
          description={t('game.empty.text')}
          actions={newButton}
        />
      ) : (
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="leaderboard" data-testid="tab-leaderboard">
              {t('game.leaderboard.title')}
            </Tabs.Tab>
            <Tabs.Tab value="incentives" data-testid="tab-incentives">
              {t('game.statement.title')}
            </Tabs.Tab>
            {chosen.can.seeStatements && (
              <Tabs.Tab value="behaviour" data-testid="tab-behaviour">
                {t('game.behaviour.title')}
              </Tabs.Tab>
            )}
          </Tabs.List>
          <Tabs.Panel value="leaderboard">
            <LeaderboardPanel season={chosen} />
          </Tabs.Panel>
          <Tabs.Panel value="incentives">
            <StatementPanel season={chosen} />
          </Tabs.Panel>
          <Tabs.Panel value="behaviour">
            <BehaviourPanel season={chosen} />
          </Tabs.Panel>
        </Tabs>
      )}
      {editing && (
        <SeasonModal
          season={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(s) =>
            setParams((p) => {
              p.set('season', s.id);
              return p;
            })
          }
        />
      )}
    </Box>
  );
}

/** How often at most a busy company's changes refresh the standings. */
const REFRESH_MS = 3000;

/**
 * Live: anything the points are computed from refreshes the standings (at most every few seconds,
 * the last change always included); a won deal is celebrated.
 */
export function useLiveLeaderboard(seasonId: string) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const refresh = useThrottledCallback(() => void queryClient.invalidateQueries({ queryKey: gameKeys.leaderboard(seasonId) }), REFRESH_MS);
  useLiveEvents((event) => {
    if (event.type === 'game_changed') refresh();
    // the server counted the changes in: fetch the new standings now
    if (event.type === 'season_computed' && event.seasonId === seasonId)
      void queryClient.invalidateQueries({ queryKey: gameKeys.leaderboard(seasonId) });
    if (event.type !== 'deal_won') return;
    void queryClient.invalidateQueries({ queryKey: gameKeys.leaderboard(seasonId) });
    celebrateWin(event, t);
  });
}

function LeaderboardPanel({ season }: { season: SeasonData }) {
  const board = useLeaderboard(season.id);
  useLiveLeaderboard(season.id);
  if (board.error || !board.data) return <QueryState query={board} />;
  return <Standings board={board.data} />;
}

export function Standings({ board, big = false }: { board: LeaderboardData; big?: boolean }) {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat();
  const groups = useSalesGroups();
  const groupName = new Map((groups.data ?? []).map((g) => [g.id, g.name]));
  const { season } = board;
  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed">
        {format.date(season.startsOn)} – {format.date(season.endsOn)} · {t(`game.modes.${season.mode}`)}
        {board.refreshing && (
          <Text span size="sm" c="dimmed" data-testid="standings-refreshing" role="status">
            {' · '}
            {t('game.leaderboard.refreshing')}
          </Text>
        )}
      </Text>
      {board.goal && (
        <Paper withBorder p="md" radius="md" data-testid="season-goal">
          <Text fw={600} mb="xs">
            {t('game.leaderboard.goal')}
          </Text>
          <Progress value={board.goal.progress * 100} size="xl" aria-label={t('game.leaderboard.goal')} />
          <Text size="sm" mt="xs">
            {t('game.leaderboard.goalText', { total: format.number(board.goal.total), goal: format.number(board.goal.goal) })}
          </Text>
        </Paper>
      )}
      {board.teams.length > 0 && (
        <SimpleGrid cols={{ base: 1, sm: 2, md: Math.min(4, board.teams.length) }} data-testid="team-standings">
          {board.teams.map((team) => (
            <Paper key={team.id} withBorder p="md" radius="md" data-testid="team-card">
              <Title order={3} fz={big ? 'xl' : 'md'}>
                {team.rank}. {team.name}
              </Title>
              <Text fz={big ? 32 : 24} fw={700} data-testid="team-points">
                {t('game.leaderboard.pointsCount', { count: team.points })}
              </Text>
              <Text size="sm" c="dimmed">
                {t('game.leaderboard.members', { count: team.members })}
              </Text>
            </Paper>
          ))}
        </SimpleGrid>
      )}
      <Table striped highlightOnHover fz={big ? 'lg' : 'sm'} data-testid="people-standings">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={70}>{t('game.leaderboard.rank')}</Table.Th>
            <Table.Th>{t('game.leaderboard.name')}</Table.Th>
            <Table.Th>{t('game.leaderboard.group')}</Table.Th>
            <Table.Th ta="right">{t('game.leaderboard.points')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {board.people.map((p) => (
            <Table.Tr key={p.id} data-testid="standing-row" data-user={p.id} fw={p.id === me.user.id ? 700 : undefined}>
              <Table.Td>{p.rank}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/game/${season.id}/players/${p.id}`} inherit>
                  {p.name}
                </Anchor>
                {p.id === me.user.id && (
                  <Badge ml="xs" size="sm" variant="light">
                    {t('game.leaderboard.you')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{p.salesGroupId ? groupName.get(p.salesGroupId) : ''}</Table.Td>
              <Table.Td ta="right" data-testid="standing-points">
                {format.number(p.points)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
