import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../shared/format/useFormat';
import { newTask } from '../../shared/tasks/taskStore';
import { TaskRow } from '../../shared/tasks/TaskRow';
import { eventText } from '../../shared/timeline/eventText';
import { HandoffStatusBadge } from '../../shared/ui/HandoffStatusBadge';
import type { Home } from './api';

function Section({
  title,
  count,
  action,
  children,
  testId,
}: {
  title: string;
  count?: number;
  action?: ReactNode;
  children: ReactNode;
  testId: string;
}) {
  return (
    <Paper withBorder radius="md" p="md" data-testid={testId}>
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Group gap={8} wrap="nowrap">
          <Title order={2} fz="md" fw={600}>
            {title}
          </Title>
          {count !== undefined && count > 0 && (
            <Badge size="sm" variant="light" circle={count < 10}>
              {count}
            </Badge>
          )}
        </Group>
        {action}
      </Group>
      {children}
    </Paper>
  );
}

function Nothing({ children }: { children: ReactNode }) {
  return (
    <Text size="sm" c="dimmed">
      {children}
    </Text>
  );
}

type Deal = Home['closing'][number];

function DealList({ deals, team, kind }: { deals: Deal[]; team: boolean; kind: 'closing' | 'stale' }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap={8}>
      {deals.map((d) => (
        <Group key={d.id} justify="space-between" wrap="nowrap" gap="sm" data-testid={`day-${kind}-deal`}>
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Anchor component={Link} to={`/pipeline/${d.id}`} size="sm" fw={500} truncate>
              {d.name}
            </Anchor>
            <Text size="xs" c="dimmed" truncate>
              {[d.account.name, d.stageName, team ? d.owner?.name : null].filter(Boolean).join(' · ')}
            </Text>
          </Stack>
          <Stack gap={0} align="flex-end" style={{ flexShrink: 0 }}>
            <Text size="sm">{format.currency(d.value, d.currency)}</Text>
            {kind === 'closing' && d.expectedCloseOn && (
              <Text size="xs" c={d.pastClose ? 'red' : 'dimmed'}>
                {d.pastClose ? t('day.pastClose', { date: format.date(d.expectedCloseOn) }) : format.date(d.expectedCloseOn)}
              </Text>
            )}
            {kind === 'stale' && (
              <Text size="xs" c="dimmed">
                {d.lastActivityAt ? t('day.lastActivity', { when: format.when(d.lastActivityAt) }) : t('day.noActivity')}
              </Text>
            )}
          </Stack>
        </Group>
      ))}
    </Stack>
  );
}

/** The sections of a day: tasks, tips to answer, deals closing and gone quiet, renewals, what colleagues did. */
export function DaySections({ home }: { home: Home }) {
  const { t } = useTranslation();
  const format = useFormat();
  const team = home.scope === 'team';
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Section
        title={t('day.tasks.title')}
        count={home.tasks.overdue + home.tasks.dueToday}
        testId="day-tasks"
        action={
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<IconPlus size={14} />}
            onClick={() => newTask.open()}
            data-testid="day-new-task"
          >
            {t('tasks.new.button')}
          </Button>
        }
      >
        {home.tasks.items.length === 0 ? (
          <Nothing>{t('day.tasks.none')}</Nothing>
        ) : (
          <Stack gap="sm">
            {home.tasks.items.map((task) => (
              <TaskRow key={task.id} task={task} showOwner={team} />
            ))}
          </Stack>
        )}
      </Section>
      <Section title={t('day.tips.title')} count={home.tips.total} testId="day-tips">
        {home.tips.items.length === 0 ? (
          <Nothing>{t('day.tips.none')}</Nothing>
        ) : (
          <Stack gap={8}>
            {home.tips.items.map((h) => (
              <Group key={h.id} justify="space-between" wrap="nowrap" gap="sm">
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Anchor component={Link} to={`/cross-selling/handoffs/${h.id}`} size="sm" fw={500} truncate>
                    {h.account.name}
                  </Anchor>
                  <Text size="xs" c="dimmed" truncate>
                    {[h.giverName && t('day.tips.from', { name: h.giverName }), h.fromGroupName, team ? h.toUserName : null]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                </Stack>
                <Stack gap={2} align="flex-end" style={{ flexShrink: 0 }}>
                  <HandoffStatusBadge handoff={{ status: h.status, outcome: null }} />
                  <Text size="xs" c={h.overdue ? 'red' : 'dimmed'}>
                    {h.overdue
                      ? t('day.tips.overdue')
                      : t('day.tips.due', { date: format.date(h.dueAt, { day: 'numeric', month: 'short' }) })}
                  </Text>
                </Stack>
              </Group>
            ))}
          </Stack>
        )}
      </Section>
      <Section title={t('day.closing.title')} count={home.closing.length} testId="day-closing">
        {home.closing.length === 0 ? (
          <Nothing>{t('day.closing.none')}</Nothing>
        ) : (
          <DealList deals={home.closing} team={team} kind="closing" />
        )}
      </Section>
      <Section title={t('day.stale.title')} count={home.stale.length} testId="day-stale">
        {home.stale.length === 0 ? <Nothing>{t('day.stale.none')}</Nothing> : <DealList deals={home.stale} team={team} kind="stale" />}
      </Section>
      <Section title={t('day.renewals.title')} count={home.renewals.length} testId="day-renewals">
        {home.renewals.length === 0 ? (
          <Nothing>{t('day.renewals.none')}</Nothing>
        ) : (
          <Stack gap={8}>
            {home.renewals.map((r) => (
              <Group key={r.id} justify="space-between" wrap="nowrap" gap="sm">
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Anchor component={Link} to={`/accounts/${r.account.id}`} size="sm" fw={500} truncate>
                    {r.account.name}
                  </Anchor>
                  <Text size="xs" c="dimmed" truncate>
                    {[r.name, team ? r.ownerName : null].filter(Boolean).join(' · ')}
                  </Text>
                </Stack>
                <Stack gap={0} align="flex-end" style={{ flexShrink: 0 }}>
                  <Text size="sm">{t('day.renewals.perYear', { amount: format.currency(r.annualValue, r.currency) })}</Text>
                  <Text size="xs" c="dimmed">
                    {t('day.renewals.ends', { date: format.date(r.endsOn) })}
                  </Text>
                </Stack>
              </Group>
            ))}
          </Stack>
        )}
      </Section>
      <Section title={t('day.recent.title')} testId="day-recent">
        {home.recent.length === 0 ? (
          <Nothing>{t('day.recent.none')}</Nothing>
        ) : (
          <Stack gap={8}>
            {home.recent.map((a) => (
              <Group key={a.id} justify="space-between" wrap="nowrap" gap="sm">
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text size="sm" truncate>
                    {a.event ? eventText(a, t) : a.subject}
                  </Text>
                  <Text size="xs" c="dimmed" truncate>
                    <Anchor component={Link} to={`/accounts/${a.account.id}`} size="xs">
                      {a.account.name}
                    </Anchor>
                    {a.authorName ? ` · ${a.authorName}` : ''}
                  </Text>
                </Stack>
                <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                  {format.when(a.occurredAt)}
                </Text>
              </Group>
            ))}
          </Stack>
        )}
      </Section>
    </SimpleGrid>
  );
}

/** A leader's team at a glance: a line per person. */
export function TeamTable({ home }: { home: Home }) {
  const { t } = useTranslation();
  if (home.team.length === 0) return null;
  const cell = (n: number, alert = false) => (
    <Table.Td ta="right" c={alert && n > 0 ? 'red' : undefined} fw={alert && n > 0 ? 600 : undefined}>
      {n}
    </Table.Td>
  );
  return (
    <Paper withBorder radius="md" p="md" data-testid="day-team">
      <Title order={2} fz="md" fw={600} mb="sm">
        {t('day.team.title')}
      </Title>
      <Table.ScrollContainer minWidth={560}>
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('day.team.person')}</Table.Th>
              <Table.Th ta="right">{t('day.team.overdueTasks')}</Table.Th>
              <Table.Th ta="right">{t('day.team.tipsWaiting')}</Table.Th>
              <Table.Th ta="right">{t('day.team.tipsOverdue')}</Table.Th>
              <Table.Th ta="right">{t('day.team.closing')}</Table.Th>
              <Table.Th ta="right">{t('day.team.stale')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {home.team.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>{p.name}</Table.Td>
                {cell(p.overdueTasks, true)}
                {cell(p.tipsWaiting)}
                {cell(p.tipsOverdue, true)}
                {cell(p.closing)}
                {cell(p.stale, true)}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
