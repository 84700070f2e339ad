import { LineChart } from '@mantine/charts';
import { Anchor, Badge, Box, Breadcrumbs, Group, Paper, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconAward } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useFormat } from '../../shared/format/useFormat';
import { Fact } from '../../shared/ui/Fact';
import { PageHeader } from '../../shared/ui/PageHeader';
import { usePlayer } from './queries';
import { sourceLink } from './sourceLink';
import { QueryState } from '../../shared/ui/PageState';
import { IconTrophy } from '@tabler/icons-react';

/** A player's season: points by rule and every point with its reason, rank, trend, badges and the next milestone. */
export default function PlayerPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { seasonId = '', userId = '' } = useParams();
  const card = usePlayer(seasonId, userId);
  if (card.error || !card.data)
    return (
      <QueryState
        query={card}
        notFound={{
          icon: <IconTrophy size={32} stroke={1.5} />,
          title: t('game.player.notFound'),
          description: t('game.player.notFoundText'),
          back: { to: `/game?season=${seasonId}`, label: t('game.player.back') },
        }}
      />
    );
  const c = card.data;
  const milestoneShare = c.nextMilestone ? Math.min(100, (c.points / c.nextMilestone) * 100) : 100;
  return (
    <Box data-testid="player-page">
      <Breadcrumbs mb="sm" fz="sm">
        <Anchor component={Link} to={`/game?season=${c.season.id}`} size="sm">
          {c.season.name}
        </Anchor>
      </Breadcrumbs>
      <PageHeader title={c.person.name} description={t('game.player.description', { season: c.season.name })} />
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Paper withBorder p="md" radius="md">
            <Fact label={t('game.leaderboard.points')}>
              <Text fz={28} fw={700} data-testid="player-points">
                {format.number(c.points)}
              </Text>
            </Fact>
          </Paper>
          <Paper withBorder p="md" radius="md">
            <Fact label={t('game.leaderboard.rank')}>
              <Text fz={28} fw={700}>
                {t('game.player.rank', { rank: c.rank, of: c.of })}
              </Text>
            </Fact>
          </Paper>
          <Paper withBorder p="md" radius="md">
            <Fact label={t('game.player.next')}>
              {c.nextMilestone
                ? t('game.player.nextMilestone', { points: format.number(c.nextMilestone) })
                : t('game.player.allMilestones')}
            </Fact>
            <Progress mt="sm" value={milestoneShare} aria-label={t('game.player.next')} />
          </Paper>
        </SimpleGrid>
        <Group gap="xs" data-testid="badges">
          {c.badges.map((b) => (
            <Badge
              key={b.badge}
              size="lg"
              variant={b.earned ? 'filled' : 'outline'}
              color={b.earned ? 'yellow' : 'gray'}
              leftSection={<IconAward size={14} />}
              data-earned={b.earned}
              data-testid={`badge-${b.badge}`}
            >
              {t(`game.badges.${b.badge}`)} {b.earned ? '' : `${b.have}/${b.need}`}
            </Badge>
          ))}
        </Group>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Paper withBorder p="md" radius="md">
            <Title order={2} fz="md" mb="sm">
              {t('game.player.byRule')}
            </Title>
            <Table data-testid="points-by-rule">
              <Table.Tbody>
                {c.byRule.map((r) => (
                  <Table.Tr key={r.ruleId}>
                    <Table.Td>{t(`game.kinds.${r.kind}`)}</Table.Td>
                    <Table.Td c="dimmed">{t('game.player.events', { count: r.events })}</Table.Td>
                    <Table.Td ta="right" fw={600}>
                      {format.number(r.points)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
          <Paper withBorder p="md" radius="md">
            <Title order={2} fz="md" mb="sm">
              {t('game.player.trend')}
            </Title>
            <LineChart
              h={200}
              data={c.weekly.map((w) => ({ week: format.date(w.week, { day: 'numeric', month: 'short' }), points: w.points }))}
              dataKey="week"
              series={[{ name: 'points', label: t('game.leaderboard.points'), color: 'blue.6' }]}
              curveType="monotone"
            />
          </Paper>
        </SimpleGrid>
        <Paper withBorder p="md" radius="md">
          <Title order={2} fz="md" mb="sm">
            {t('game.player.lines')}
          </Title>
          {c.lines.length === 0 ? (
            <Text c="dimmed">{t('game.player.noLines')}</Text>
          ) : (
            <Table data-testid="point-lines">
              <Table.Tbody>
                {c.lines.map((l) => {
                  const to = sourceLink(l.source);
                  return (
                    <Table.Tr key={`${l.eventKey}|${l.ruleId}`} data-testid="point-line" data-kind={l.kind}>
                      <Table.Td w={120}>{format.date(l.at)}</Table.Td>
                      <Table.Td>
                        {t(`game.kinds.${l.kind}`)}
                        {l.label && (
                          <>
                            {' · '}
                            {to ? (
                              <Anchor component={Link} to={to} inherit underline="always">
                                {l.label}
                              </Anchor>
                            ) : (
                              l.label
                            )}
                          </>
                        )}
                        {l.capped && (
                          <Badge ml="xs" size="sm" variant="light" color="gray">
                            {t('game.player.capped')}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td ta="right" fw={600}>
                        +{l.points}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          )}
        </Paper>
      </Stack>
    </Box>
  );
}
