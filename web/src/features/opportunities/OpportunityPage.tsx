import { CommentsPanel } from '../../shared/comments/CommentsPanel';
import { ChangeHistory } from '../../shared/history/ChangeHistory';
import {
  ActionIcon,
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Grid,
  Group,
  Menu,
  Paper,
  SimpleGrid,
  Stack,
  Stepper,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import {
  IconArrowBackUp,
  IconChartFunnel,
  IconChevronDown,
  IconDots,
  IconPencil,
  IconThumbDown,
  IconTrash,
  IconTrophy,
} from '@tabler/icons-react';
import { useState } from 'react';
import { restorableUntil } from '@domain/records';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { isLostReason, stageName } from '../../shared/domain/stages';
import { useFormat } from '../../shared/format/useFormat';
import { Fact } from '../../shared/ui/Fact';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { notify } from '../../shared/ui/notify';
import { DeletedBanner } from '../../shared/records/DeletedBanner';
import { RecordTasks } from '../../shared/tasks/RecordTasks';
import { opportunitiesApi } from './api';
import { EditOpportunityDrawer } from './EditOpportunityDrawer';
import { ChannelFact } from './ChannelFact';
import { CustomFieldFacts } from '../../shared/custom-fields/CustomFieldFacts';
import { LinesEditor } from './LinesEditor';
import { ReopenModal } from './ReopenModal';
import { useCompetitors, useOpportunity, useOpportunityWrite, useProcesses } from './queries';
import { TimedOutDecision } from './TimedOutDecision';
import { useMoveFlow } from './useMoveFlow';
import { WinProbability } from './WinProbability';
import { QueryState } from '../../shared/ui/PageState';

/** One opportunity: where it stands, what it is worth, its odds and why, its lines and its history. */
export default function OpportunityPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const query = useOpportunity(id);
  const processes = useProcesses();
  const moves = useMoveFlow();
  const competitors = useCompetitors();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [reopening, setReopening] = useState(false);
  const remove = useOpportunityWrite(() => opportunitiesApi.remove(id));
  const restore = useOpportunityWrite(() => opportunitiesApi.restore(id));

  if (query.isPending || query.error) {
    return (
      <QueryState
        query={query}
        notFound={{
          icon: <IconChartFunnel size={32} stroke={1.5} />,
          title: t('pipeline.detail.notFound'),
          description: t('pipeline.detail.notFoundText'),
          back: { to: '/pipeline', label: t('pipeline.detail.back') },
        }}
      />
    );
  }

  const o = query.data;
  const stages = (processes.data?.find((p) => p.id === o.processId)?.stages ?? [o.stage]).slice().sort((a, b) => a.position - b.position);
  const openStages = stages.filter((s) => s.outcome === 'open');
  const open = o.stage.outcome === 'open';
  const editable = open && o.can.change;
  // the move flow takes a deal as the board's card names it: its stage by id
  const card = { ...o, stageId: o.stage.id };
  // a lost deal stops where it was lost: the stages after it were never reached
  const lostFrom = o.stage.outcome === 'lost' ? [...o.history].reverse().find((h) => h.toKey === o.stage.key)?.fromKey : undefined;
  const lostAt = lostFrom ? openStages.find((s) => s.key === lostFrom) : undefined;
  const active =
    o.stage.outcome === 'open'
      ? openStages.findIndex((s) => s.id === o.stage.id)
      : o.stage.outcome === 'lost'
        ? Math.max(
            0,
            openStages.findIndex((s) => s.key === lostFrom),
          )
        : openStages.length;
  const competitor = o.competitorId ? competitors.data?.find((c) => c.id === o.competitorId)?.name : undefined;
  const dash = '—';
  const days = (n: number) => t('pipeline.detail.days', { count: n });

  const deleteOpportunity = () =>
    remove.mutate(undefined, {
      onSuccess: (deleted) => {
        setDeleting(false);
        notify(
          t('records.deleted', { name: deleted.name, date: format.date(restorableUntil(new Date(deleted.deletedAt!)).toISOString()) }),
        );
      },
    });

  return (
    <Stack gap="lg" data-testid="opportunity-page">
      {o.deletedAt && (
        <DeletedBanner
          deletedAt={o.deletedAt}
          onRestore={o.can.delete ? () => restore.mutate(undefined) : undefined}
          restoring={restore.isPending}
        />
      )}
      <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }}>
        <Breadcrumbs mb="sm" fz="sm">
          <Anchor component={Link} to="/pipeline" size="sm">
            {t('nav.pipeline')}
          </Anchor>
          <Anchor component={Link} to={`/accounts/${o.accountId}`} size="sm">
            {o.accountName}
          </Anchor>
        </Breadcrumbs>
        <Group justify="space-between" align="flex-start" gap="md">
          <Stack gap={6} style={{ flex: '1 1 20rem', minWidth: 0 }}>
            <Group gap="sm">
              <Title order={1} fz={{ base: 22, sm: 28 }} fw={650} lh={1.2} style={{ overflowWrap: 'anywhere' }}>
                {o.name}
              </Title>
              <Badge
                size="lg"
                variant="light"
                color={o.stage.outcome === 'won' ? 'teal' : o.stage.outcome === 'lost' ? 'red' : 'blue'}
                data-testid="opportunity-stage"
              >
                {stageName(o.stage, t)}
              </Badge>
              {o.stale && (
                <Badge color="yellow" variant="light">
                  {t('pipeline.card.stale')}
                </Badge>
              )}
            </Group>
            {o.stage.outcome === 'lost' && o.lostReason && (
              <Text size="sm" c="red">
                {competitor
                  ? t('pipeline.detail.lostTo', { name: competitor })
                  : t('pipeline.detail.lostReason', {
                      reason: isLostReason(o.lostReason) ? t(`pipeline.lose.reasons.${o.lostReason}`) : o.lostReason,
                    })}
                {lostAt ? ` · ${t('pipeline.detail.lostAt', { stage: stageName(lostAt, t) })}` : ''}
                {o.lostNote ? ` — ${o.lostNote}` : ''}
              </Text>
            )}
            {o.stage.outcome === 'won' && o.signedOn && (
              <Text size="sm" c="teal">
                {t('pipeline.detail.wonOn', { date: format.date(o.signedOn) })}
              </Text>
            )}
          </Stack>
          <Group gap="sm">
            {!open && o.can.change && !o.deletedAt && (
              <Button
                variant="default"
                leftSection={<IconArrowBackUp size={16} />}
                onClick={() => setReopening(true)}
                data-testid="opportunity-reopen"
              >
                {t('pipeline.reopen.action')}
              </Button>
            )}
            {o.can.change && (
              <Button
                variant="default"
                leftSection={<IconPencil size={16} />}
                onClick={() => setEditing(true)}
                data-testid="opportunity-edit"
              >
                {t('records.edit')}
              </Button>
            )}
            {o.can.delete && !o.deletedAt && (
              <Menu position="bottom-end">
                <Menu.Target>
                  <ActionIcon variant="default" size="lg" aria-label={t('records.more')} data-testid="opportunity-more">
                    <IconDots size={16} />
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item
                    color="red"
                    leftSection={<IconTrash size={14} />}
                    onClick={() => setDeleting(true)}
                    data-testid="opportunity-delete"
                  >
                    {t('records.delete')}
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
            )}
          </Group>
          {editable && (
            <Group gap="sm">
              <Menu position="bottom-end">
                <Menu.Target>
                  <Button variant="default" rightSection={<IconChevronDown size={16} />} data-testid="move-menu">
                    {t('pipeline.detail.moveTo')}
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  {openStages
                    .filter((s) => s.id !== o.stage.id)
                    .map((s) => (
                      <Menu.Item key={s.id} onClick={() => moves.request(card, s)} data-testid={`move-to-${s.key}`}>
                        {stageName(s, t)}
                      </Menu.Item>
                    ))}
                </Menu.Dropdown>
              </Menu>
              {stages
                .filter((s) => s.outcome !== 'open')
                .map((s) => (
                  <Button
                    key={s.id}
                    variant="light"
                    color={s.outcome === 'won' ? 'teal' : 'red'}
                    leftSection={s.outcome === 'won' ? <IconTrophy size={16} /> : <IconThumbDown size={16} />}
                    onClick={() => moves.request(card, s)}
                    data-testid={`${s.outcome}-action`}
                  >
                    {s.outcome === 'won' ? t('pipeline.win.action') : t('pipeline.lose.action')}
                  </Button>
                ))}
            </Group>
          )}
        </Group>
        <Stepper
          active={active}
          color={o.stage.outcome === 'lost' ? 'red' : undefined}
          size="xs"
          mt="lg"
          allowNextStepsSelect={false}
          aria-label={t('pipeline.detail.stepper')}
          data-testid="stage-stepper"
        >
          {openStages.map((s) => (
            <Stepper.Step key={s.id} label={stageName(s, t)} description={s.optional ? t('pipeline.optional') : `${s.probability} %`} />
          ))}
        </Stepper>
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} mt="lg" spacing="md" verticalSpacing="sm">
          <Fact label={t('pipeline.detail.value')}>{format.currency(o.value || o.estimatedValue || 0, o.currency)}</Fact>
          <Fact label={t('pipeline.detail.annualValue')}>{format.currency(o.annualValue, o.currency)}</Fact>
          <Fact label={t('pipeline.detail.weightedValue')}>{format.currency(o.weightedValue, o.currency)}</Fact>
          <Fact label={t('pipeline.detail.expectedClose')}>{o.expectedCloseOn ? format.date(o.expectedCloseOn) : dash}</Fact>
          <Fact label={t('pipeline.detail.owner')}>{o.owner?.name ?? dash}</Fact>
          <Fact label={t('pipeline.detail.age')}>
            {days(o.ageDays)} · {t('pipeline.detail.inStage')} {days(o.daysInStage)}
          </Fact>
          {(o.quoteSentOn || o.quoteValidUntil) && (
            <Fact label={t('pipeline.detail.quoteDates')}>
              {o.quoteSentOn ? format.date(o.quoteSentOn) : dash} → {o.quoteValidUntil ? format.date(o.quoteValidUntil) : dash}
            </Fact>
          )}
          {o.startOn && <Fact label={t('pipeline.fields.startOn')}>{format.date(o.startOn)}</Fact>}
          <ChannelFact opportunity={o} />
          <CustomFieldFacts entity="opportunity" values={o.customFields} />
        </SimpleGrid>
      </Paper>
      {o.timedOutProposed && editable && <TimedOutDecision opportunity={o} />}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <LinesEditor key={o.id} opportunity={o} editable={editable} startEditing={params.get('lines') === 'edit'} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <RecordTasks record={{ kind: 'opportunity', id: o.id }} canAdd={!o.deletedAt} />
            {o.winProbability && (
              <Paper withBorder radius="md" p="md">
                <WinProbability opportunity={o} stages={stages} />
                {open && (
                  <Text size="xs" c="dimmed" mt="xs" data-testid="probabilities-explained">
                    {t('pipeline.detail.probabilities', {
                      percent: format.percent(o.stage.probability / 100),
                      stage: stageName(o.stage, t),
                    })}
                  </Text>
                )}
              </Paper>
            )}
            <Paper withBorder radius="md" p="md" data-testid="stage-history">
              <Title order={2} fz="lg" mb="sm">
                {t('pipeline.detail.history')}
              </Title>
              <Timeline bulletSize={14} lineWidth={2} active={o.history.length}>
                {o.history.map((h, i) => {
                  const label = (name: string) => stageName(stages.find((s) => s.name === name) ?? { name }, t);
                  return (
                    <Timeline.Item
                      key={`${h.at}-${i}`}
                      title={h.from ? `${label(h.from)} → ${label(h.to)}` : t('pipeline.detail.historyStart', { to: label(h.to) })}
                    >
                      <Text size="xs" c="dimmed">
                        {format.dateTime(h.at)}
                        {h.by ? ` · ${t('pipeline.detail.by', { name: h.by })}` : ''}
                      </Text>
                    </Timeline.Item>
                  );
                })}
              </Timeline>
            </Paper>
            <ChangeHistory subject="opportunity" id={o.id} />
          </Stack>
        </Grid.Col>
      </Grid>
      <CommentsPanel subjectType="opportunity" subjectId={o.id} />
      {moves.dialogs}
      {editing && <EditOpportunityDrawer opportunity={o} onClose={() => setEditing(false)} />}
      <ReopenModal opportunity={o} opened={reopening} onClose={() => setReopening(false)} />
      <ConfirmDialog
        opened={deleting}
        title={t('records.confirmDelete.opportunity', { name: o.name })}
        text={t('records.confirmDelete.opportunityText')}
        confirmLabel={t('records.delete')}
        testId="confirm-delete"
        onConfirm={deleteOpportunity}
        onClose={() => setDeleting(false)}
        loading={remove.isPending}
      />
    </Stack>
  );
}
