import { Badge, Group, List, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaTopic } from '@domain/one-to-ones';
import { useFormat } from '../../shared/format/useFormat';
import { paceColor } from '../../shared/ui/pace';
import type { SellerOneToOnes } from './api';

type Agenda = SellerOneToOnes['agenda'];
type Deal = Agenda['pipeline']['created'][number];
type Tip = Agenda['tips']['given'][number];
const warningColour = { timed_out: 'red', close_overdue: 'orange', stale: 'yellow' } as const;

/** The agenda Korsa prepared: its topics in order, each with what the data says. */
export function AgendaView({ agenda }: { agenda: Agenda }) {
  const { t } = useTranslation();
  const format = useFormat();
  const deals = (label: string, list: Deal[]) =>
    list.length > 0 && (
      <Box label={label}>
        {list.map((d) => (
          <List.Item key={d.id}>
            <Text span size="sm" fw={600}>
              {d.name}
            </Text>{' '}
            <Text span size="sm" c="dimmed">
              {d.accountName} · {d.stageName} · {format.currency(d.value, d.currency)}
            </Text>
            {d.warning && (
              <Badge size="xs" variant="light" color={warningColour[d.warning]} ml={6}>
                {t(`oneToOnes.agenda.warnings.${d.warning}`)}
              </Badge>
            )}
          </List.Item>
        ))}
      </Box>
    );
  const tips = (label: string, list: Tip[]) =>
    list.length > 0 && (
      <Box label={label}>
        {list.map((x) => (
          <List.Item key={x.id}>
            <Text span size="sm">
              {x.accountName}
            </Text>{' '}
            <Text span size="xs" c="dimmed">
              {t(`crossSelling.status.${x.status as 'sent'}`)}
            </Text>
          </List.Item>
        ))}
      </Box>
    );
  const body: Record<AgendaTopic, ReactNode> = {
    open_actions: (
      <List size="sm" spacing={4}>
        {agenda.openActions.map((a) => (
          <List.Item key={a.taskId} data-testid="agenda-open-action">
            {a.title}{' '}
            <Text span size="xs" c="dimmed">
              {t('oneToOnes.agenda.due', { date: format.date(a.dueOn) })} ·{' '}
              {t('oneToOnes.agenda.agreedOn', { date: format.date(a.agreedOn) })}
            </Text>
          </List.Item>
        ))}
      </List>
    ),
    deals_attention: deals('', agenda.pipeline.attention),
    tips_to_answer: tips(t('oneToOnes.agenda.toAnswer'), agenda.tips.toAnswer),
    pipeline_changes: (
      <Stack gap={6}>
        {deals(t('oneToOnes.agenda.created'), agenda.pipeline.created)}
        {deals(t('oneToOnes.agenda.won'), agenda.pipeline.won)}
        {deals(t('oneToOnes.agenda.lost'), agenda.pipeline.lost)}
        {deals(t('oneToOnes.agenda.moved'), agenda.pipeline.moved)}
      </Stack>
    ),
    tips: (
      <Stack gap={6}>
        {tips(t('oneToOnes.agenda.received'), agenda.tips.received)}
        {tips(t('oneToOnes.agenda.given'), agenda.tips.given)}
        {tips(t('oneToOnes.agenda.reportsBack'), agenda.tips.reportsBack)}
      </Stack>
    ),
    targets:
      agenda.targets.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('oneToOnes.agenda.noTargets')}
        </Text>
      ) : (
        <Stack gap={6}>
          {agenda.targets.map((x) => (
            <div key={x.channel}>
              <Group justify="space-between" gap="xs">
                <Text size="sm">{t(`targets.channelsShort.${x.channel}`)}</Text>
                <Text size="xs" c="dimmed">
                  {t('oneToOnes.agenda.targetLine', {
                    volume: format.currency(x.volume, agenda.currency),
                    target: format.currency(x.target, agenda.currency),
                  })}
                  {x.pace && (
                    <Badge size="xs" variant="light" color={paceColor[x.pace]} ml={6}>
                      {t(`oneToOnes.agenda.pace.${x.pace}`)}
                    </Badge>
                  )}
                </Text>
              </Group>
              <Progress
                value={Math.min(100, x.progress * 100)}
                color={x.pace ? paceColor[x.pace] : 'blue'}
                size="sm"
                aria-label={t(`targets.channelsShort.${x.channel}`)}
              />
            </div>
          ))}
        </Stack>
      ),
    activity: (
      <Stack gap={4}>
        <Text size="sm">
          {t('oneToOnes.agenda.activityLine', { total: agenda.activity.total, previous: agenda.activity.previousTotal })}{' '}
          <Badge size="xs" variant="light" color={agenda.activity.trend === 'down' ? 'orange' : 'teal'}>
            {t(`oneToOnes.agenda.trend.${agenda.activity.trend}`)}
          </Badge>
        </Text>
        <Group gap="xs">
          {agenda.activity.byType.map((a) => (
            <Badge key={a.type} variant="outline" color="gray" tt="none">
              {t(`timeline.typesPlural.${a.type as 'call'}`)}: {a.since}
            </Badge>
          ))}
        </Group>
      </Stack>
    ),
  };
  return (
    <Paper withBorder radius="md" p="md" data-testid="one-to-one-agenda">
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="md" fw={600}>
          {t('oneToOnes.agenda.title')}
        </Title>
        <Text size="xs" c="dimmed">
          {t('oneToOnes.agenda.since', { date: format.date(agenda.since) })}
        </Text>
      </Group>
      <Stack gap="md">
        {agenda.topics.map((topic, i) => (
          <section key={topic.topic} data-testid="agenda-topic" data-topic={topic.topic}>
            <Title order={3} fz="sm" fw={600} mb={4}>
              {i + 1}. {t(`oneToOnes.agenda.topics.${topic.topic}`)}
              {topic.count > 0 && topic.topic !== 'activity' && ` (${topic.count})`}
            </Title>
            {body[topic.topic]}
          </section>
        ))}
      </Stack>
    </Paper>
  );
}

function Box({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      {label && (
        <Text size="xs" fw={600} c="dimmed" tt="uppercase">
          {label}
        </Text>
      )}
      <List size="sm" spacing={2}>
        {children}
      </List>
    </div>
  );
}
