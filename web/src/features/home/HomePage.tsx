import { Alert, Grid, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../shared/session/session';
import { useUrlParams } from '../../shared/url/useUrlParams';
import { DaySections, TeamTable } from './DaySections';
import { FirstStepsCard } from './FirstStepsCard';
import { ProfileCard } from './ProfileCard';
import { partOfDay } from './greeting';
import { useFirstSteps, useHome } from './queries';
import { QueryState } from '../../shared/ui/PageState';

/**
 * The home page: the day. A seller's tasks, tips to answer, deals closing or gone quiet, renewals
 * and signals; a leader opens on their team (the server says who has one) and may switch to their own day.
 */
export function HomePage() {
  const { t } = useTranslation();
  const me = useSession();
  const { params, update } = useUrlParams();
  const scope = params.get('view') === 'me' ? 'me' : 'team';
  const home = useHome(scope);
  const firstName = me.user.name.split(' ')[0] ?? me.user.name;
  // a newcomer's first steps come before the day; once taken (or put away) they go below it
  const steps = useFirstSteps().data;
  const firstStepsFirst = !!steps && !steps.dismissed && steps.done < steps.total;
  const aboutYou = (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <FirstStepsCard />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <ProfileCard me={me} />
      </Grid.Col>
    </Grid>
  );

  return (
    <Stack gap="lg" data-testid="home-page">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Stack gap={6}>
          <Title order={1} fz={{ base: 24, sm: 30 }} fw={650} lh={1.2} data-tour="home-day">
            {t(`home.greeting.${partOfDay(new Date())}`, { name: firstName })}
          </Title>
          <Text c="dimmed" maw={720}>
            {home.data?.scope === 'team' ? t('day.introTeam') : t('day.intro')}
          </Text>
        </Stack>
        {home.data?.canViewTeam && (
          <SegmentedControl
            value={home.data.scope}
            onChange={(v) => update({ view: v === 'me' ? 'me' : null })}
            data={[
              { value: 'team', label: t('day.view.team') },
              { value: 'me', label: t('day.view.me') },
            ]}
            aria-label={t('day.view.label')}
            data-testid="home-view"
          />
        )}
      </Group>
      {me.organisation.isDemo && (
        <Alert variant="light" icon={<IconFlask size={18} />}>
          {t('home.demo', { name: me.organisation.name })}
        </Alert>
      )}
      {firstStepsFirst && aboutYou}
      {home.error || !home.data ? (
        <QueryState query={home} />
      ) : (
        <>
          <TeamTable home={home.data} />
          <div data-tour="home-sections">
            <DaySections home={home.data} />
          </div>
        </>
      )}
      {!firstStepsFirst && aboutYou}
    </Stack>
  );
}
