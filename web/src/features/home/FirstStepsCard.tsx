import { Anchor, Button, Group, Paper, Progress, Stack, Text, ThemeIcon, Title, VisuallyHidden } from '@mantine/core';
import {
  IconArrowsExchange,
  IconCheck,
  IconFileImport,
  IconLayoutKanban,
  IconPhoneCall,
  IconSend,
  IconTarget,
  IconUserCheck,
  IconUserPlus,
  IconUsersGroup,
  type Icon,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FirstStepKey } from '@domain/first-steps';
import { useFormat } from '../../shared/format/useFormat';
import { useDismissFirstSteps, useFirstSteps } from './queries';

/** Where each step is taken, and its picture (the server says which steps are the user's and which are done). */
const where: Record<FirstStepKey, { to: string; icon: Icon }> = {
  log_call: { to: '/accounts', icon: IconPhoneCall },
  pass_tip: { to: '/cross-selling/new', icon: IconArrowsExchange },
  update_deal: { to: '/pipeline', icon: IconLayoutKanban },
  set_targets: { to: '/targets', icon: IconTarget },
  hold_forum: { to: '/cross-selling/forums', icon: IconUsersGroup },
  qualify_lead: { to: '/leads', icon: IconUserCheck },
  hand_lead: { to: '/leads', icon: IconSend },
  invite_users: { to: '/admin/users', icon: IconUserPlus },
  import_data: { to: '/import', icon: IconFileImport },
};

/**
 * The rollout's first steps for the user's role (L6): each is ticked when Korsa holds its record — a
 * call logged, a tip passed — so there is nothing to tick by hand. It can be put away and brought back.
 */
export function FirstStepsCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const query = useFirstSteps();
  const dismiss = useDismissFirstSteps();
  const data = query.data;
  if (!data || data.total === 0) return null;
  if (data.dismissed) {
    return (
      <Anchor component="button" type="button" size="sm" onClick={() => dismiss.mutate(false)} data-testid="first-steps-show">
        {t('home.firstSteps.show', { done: data.done, total: data.total })}
      </Anchor>
    );
  }
  const complete = data.done === data.total;
  return (
    <Paper withBorder radius="md" p="lg" data-testid="first-steps" data-done={data.done}>
      <Group justify="space-between" align="flex-start" mb={4} wrap="nowrap">
        <Title order={2} fz="lg" fw={600}>
          {t('home.firstSteps.title')}
        </Title>
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }} data-testid="first-steps-progress">
          {t('home.firstSteps.progress', { done: data.done, total: data.total })}
        </Text>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {complete ? t('home.firstSteps.complete') : t('home.firstSteps.subtitle')}
      </Text>
      <Progress value={(data.done / data.total) * 100} size="sm" mb="lg" aria-hidden />
      <Stack gap="lg" component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
        {data.steps.map((step) => {
          const { to, icon: StepIcon } = where[step.key];
          const done = step.doneAt !== null;
          return (
            <Group
              key={step.key}
              component="li"
              align="flex-start"
              wrap="nowrap"
              gap="md"
              data-testid="first-step"
              data-key={step.key}
              data-done={done}
            >
              <ThemeIcon variant="light" size={40} radius="md" color={done ? 'teal' : undefined} aria-hidden>
                {done ? <IconCheck size={22} stroke={2} /> : <StepIcon size={22} stroke={1.6} />}
              </ThemeIcon>
              <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
                <Text fw={600}>
                  {t(`home.firstSteps.steps.${step.key}.title`)}
                  {done && <VisuallyHidden> — {t('home.firstSteps.done')}</VisuallyHidden>}
                </Text>
                <Text size="sm" c="dimmed">
                  {done ? t('home.firstSteps.doneOn', { date: format.date(step.doneAt!) }) : t(`home.firstSteps.steps.${step.key}.text`)}
                </Text>
                {!done && (
                  <Anchor component={Link} to={to} size="sm" fw={500} mt={2}>
                    {t(`home.firstSteps.steps.${step.key}.go`)} →
                  </Anchor>
                )}
              </Stack>
            </Group>
          );
        })}
      </Stack>
      <Group justify="flex-end" mt="md">
        <Button
          variant="subtle"
          size="xs"
          onClick={() => dismiss.mutate(true)}
          loading={dismiss.isPending}
          data-testid="first-steps-dismiss"
        >
          {t('home.firstSteps.dismiss')}
        </Button>
      </Group>
    </Paper>
  );
}
