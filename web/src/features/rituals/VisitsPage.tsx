import { Anchor, Badge, Box, Button, Grid, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useFormat } from '../../shared/format/useFormat';
import { useMarkets } from '../../shared/org/queries';
import { useSession } from '../../shared/session/session';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { PageHeader } from '../../shared/ui/PageHeader';
import { CalendarFeedCard } from './CalendarFeedCard';
import { NewSchemeModal } from './NewSchemeModal';
import { useSchemes, useVisits } from './queries';
import { RitualFigures, RitualsNav } from './RitualsNav';
import { VisitCard } from './VisitCard';
import { QueryState } from '../../shared/ui/PageState';

/** Joint visits (E1): my visits (host or guest), the schemes, my calendar feed. */
export default function VisitsPage() {
  const { t } = useTranslation();
  const me = useSession();
  const navigate = useNavigate();
  const format = useFormat();
  const markets = useMarkets();
  const visits = useVisits({ mine: true });
  const schemes = useSchemes();
  const [creating, setCreating] = useState(false);
  const newButton = me.can.manageVisitSchemes && (
    <Button leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)} data-testid="new-scheme">
      {t('rituals.schemes.new')}
    </Button>
  );
  const open = (visits.data ?? []).filter((v) => v.status !== 'cancelled');

  return (
    <Box data-testid="visits-page">
      <RitualsNav active="visits" />
      <PageHeader title={t('rituals.visits.title')} description={t('rituals.visits.description')} actions={newButton} />
      <RitualFigures ritual="visits" />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Title order={2} fz="lg" mb="sm">
            {t('rituals.visits.mine')}
          </Title>
          {visits.error || !visits.data ? (
            <QueryState query={visits} />
          ) : open.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('rituals.visits.none')}
            </Text>
          ) : (
            <Stack gap="sm" data-testid="my-visits">
              {open.map((v) => (
                <VisitCard key={v.id} visit={v} meId={me.user.id} />
              ))}
            </Stack>
          )}
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <CalendarFeedCard />
            <Box>
              <Title order={2} fz="lg" mb="sm">
                {t('rituals.schemes.title')}
              </Title>
              {schemes.error ? (
                <ErrorAlert error={schemes.error} onRetry={() => void schemes.refetch()} />
              ) : (schemes.data ?? []).length === 0 ? (
                <Text c="dimmed" size="sm">
                  {t('rituals.schemes.none')}
                </Text>
              ) : (
                <SimpleGrid cols={1} spacing="sm" data-testid="scheme-list">
                  {(schemes.data ?? []).map((s) => {
                    const market = markets.data?.find((m) => m.id === s.marketId);
                    return (
                      <Paper key={s.id} withBorder radius="md" p="md" data-testid="scheme-card">
                        <Group justify="space-between" wrap="nowrap">
                          <Anchor component={Link} to={`/cross-selling/visit-schemes/${s.id}`} fw={600} data-testid="scheme-link">
                            {s.name}
                          </Anchor>
                          <Badge variant="light" color="gray" tt="none">
                            {market ? format.region(market.code, market.name) : t('rituals.schemes.allMarkets')}
                          </Badge>
                        </Group>
                        <Text size="sm" c="dimmed">
                          {t(`rituals.schemes.cadence.${s.cadence}`)} · {t('rituals.schemes.members', { count: s.members.length })} ·{' '}
                          {t('rituals.schemes.since', { date: format.date(s.startsOn) })}
                        </Text>
                      </Paper>
                    );
                  })}
                </SimpleGrid>
              )}
            </Box>
          </Stack>
        </Grid.Col>
      </Grid>
      <NewSchemeModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(s) => void navigate(`/cross-selling/visit-schemes/${s.id}`)}
      />
    </Box>
  );
}
