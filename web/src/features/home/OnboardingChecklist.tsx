import { Anchor, Checkbox, Group, Paper, Progress, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconArrowsExchange, IconBuildingStore, IconLayoutGrid, IconTarget, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOnboardingProgress } from './useOnboardingProgress';

interface Step {
  key: 'memory' | 'handoffs' | 'matrix' | 'targets';
  icon: Icon;
  to: string;
  area: 'accounts' | 'crossSelling' | 'targets';
}

const steps: Step[] = [
  { key: 'memory', icon: IconBuildingStore, to: '/accounts', area: 'accounts' },
  { key: 'handoffs', icon: IconArrowsExchange, to: '/cross-selling', area: 'crossSelling' },
  { key: 'matrix', icon: IconLayoutGrid, to: '/cross-selling', area: 'crossSelling' },
  { key: 'targets', icon: IconTarget, to: '/targets', area: 'targets' },
];

/** In-app guidance for the rollout (L6): what Korsa is for, as a short checklist. */
export function OnboardingChecklist({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const { done, toggle } = useOnboardingProgress(userId);
  const count = steps.filter((s) => done.includes(s.key)).length;

  return (
    <Paper withBorder radius="md" p="lg" data-testid="onboarding">
      <Group justify="space-between" align="flex-start" mb={4} wrap="nowrap">
        <Title order={2} fz="lg" fw={600}>
          {t('home.checklist.title')}
        </Title>
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {t('home.checklist.progress', { done: count, total: steps.length })}
        </Text>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t('home.checklist.subtitle')}
      </Text>
      <Progress value={(count / steps.length) * 100} size="sm" mb="lg" aria-hidden />
      <Stack gap="lg">
        {steps.map((step) => {
          const StepIcon = step.icon;
          const isDone = done.includes(step.key);
          const area = t(`nav.${step.area}`);
          return (
            <Group key={step.key} align="flex-start" wrap="nowrap" gap="md">
              <ThemeIcon variant="light" size={40} radius="md" color={isDone ? 'teal' : undefined}>
                <StepIcon size={22} stroke={1.6} />
              </ThemeIcon>
              <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
                <Text fw={600} td={isDone ? 'line-through' : undefined} c={isDone ? 'dimmed' : undefined}>
                  {t(`home.checklist.${step.key}.title`)}
                </Text>
                <Text size="sm" c="dimmed">
                  {t(`home.checklist.${step.key}.text`)}
                </Text>
                <Group gap="lg" mt={4}>
                  <Checkbox
                    size="xs"
                    label={t('home.checklist.markDone')}
                    checked={isDone}
                    onChange={() => toggle(step.key)}
                    aria-label={`${t('home.checklist.markDone')}: ${t(`home.checklist.${step.key}.title`)}`}
                  />
                  <Anchor component={Link} to={step.to} size="xs" fw={500}>
                    {t('home.checklist.open', { area: area.toLocaleLowerCase() })} →
                  </Anchor>
                </Group>
              </Stack>
            </Group>
          );
        })}
      </Stack>
    </Paper>
  );
}
