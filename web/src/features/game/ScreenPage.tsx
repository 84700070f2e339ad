import { Box, Group, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Logo } from '../../shared/ui/Logo';
import { Standings, useLiveLeaderboard } from './GamePage';
import { useLeaderboard } from './queries';
import { QueryState } from '../../shared/ui/PageState';

/** The leaderboard on an office screen: full width, large type, live. */
export default function ScreenPage() {
  const { t } = useTranslation();
  const { seasonId = '' } = useParams();
  const board = useLeaderboard(seasonId);
  useLiveLeaderboard(seasonId);
  return (
    <Box p="xl" mih="100vh" data-testid="game-screen">
      <Group justify="space-between" mb="lg">
        <Title order={1} fz={40}>
          {board.data?.season.name ?? t('game.title')}
        </Title>
        <Logo />
      </Group>
      {board.error || !board.data ? <QueryState query={board} /> : <Standings board={board.data} big />}
    </Box>
  );
}
