import { Alert, Grid, Stack, Text, Title } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../shared/session/session';
import { OnboardingChecklist } from './OnboardingChecklist';
import { ProfileCard } from './ProfileCard';
import { partOfDay } from './greeting';

export function HomePage() {
  const { t } = useTranslation();
  const me = useSession();
  const firstName = me.user.name.split(' ')[0] ?? me.user.name;

  return (
    <Stack gap="lg" data-testid="home-page">
      <Stack gap={6}>
        <Title order={1} fz={{ base: 24, sm: 30 }} fw={650} lh={1.2}>
          {t(`home.greeting.${partOfDay(new Date())}`, { name: firstName })}
        </Title>
        <Text c="dimmed" maw={720}>
          {t('home.intro')}
        </Text>
      </Stack>
      {me.organisation.isDemo && (
        <Alert variant="light" icon={<IconFlask size={18} />}>
          {t('home.demo', { name: me.organisation.name })}
        </Alert>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <OnboardingChecklist userId={me.user.id} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <ProfileCard me={me} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
