import {
  Alert,
  Anchor,
  Box,
  Breadcrumbs,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AnswerVisit, PlanVisit, RecordVisit, VisitTip } from '@contract/rituals';
import { useFormat } from '../../shared/format/useFormat';
import { useSchemaForm } from '../../shared/forms/useSchemaForm';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { useSalesGroups } from '../../shared/org/queries';
import { AccountSearchInput, type PickedAccount } from '../../shared/search/AccountSearchInput';
import { useSession } from '../../shared/session/session';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { Fact } from '../../shared/ui/Fact';
import { GroupBadge } from '../../shared/ui/GroupBadge';
import { HandoffStatusBadge } from '../../shared/ui/HandoffStatusBadge';
import { notify } from '../../shared/ui/notify';
import { ritualsApi, type VisitData } from './api';
import { OpportunityForm } from './OpportunityForm';
import { usePlannedMeetings, useVisit, useVisitAction } from './queries';
import { useLocalWhen, VisitStatusBadge } from './VisitCard';
import { IconUsersGroup } from '@tabler/icons-react';
import { QueryState } from '../../shared/ui/PageState';
import { DateTimeField } from '../../shared/ui/DateTimeField';

/** One joint visit: the host picks it, the guest answers, either records it and passes tips from it. Usable on a phone. */
export default function VisitPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const visit = useVisit(id);
  const when = useLocalWhen();
  const [cancelling, setCancelling] = useState(false);
  const cancel = useVisitAction((vid: string) => ritualsApi.cancel(vid), id);

  if (visit.error || !visit.data)
    return (
      <QueryState
        query={visit}
        notFound={{
          icon: <IconUsersGroup size={32} stroke={1.5} />,
          title: t('rituals.notFound.visit'),
          description: t('rituals.notFound.text'),
          back: { to: '/cross-selling/visits', label: t('rituals.notFound.back') },
        }}
      />
    );
  const v = visit.data;
  const can = new Set(v.actions);

  return (
    <Box data-testid="visit-page" maw={760}>
      <Breadcrumbs mb="sm" fz="sm">
        <Anchor component={Link} to="/cross-selling/visits" size="sm">
          {t('rituals.visit.back')}
        </Anchor>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start" mb="md">
        <Title order={1} fz={{ base: 22, sm: 26 }}>
          {t('rituals.visits.pair', { host: v.host.name, guest: v.guest.name })}
        </Title>
        <VisitStatusBadge status={v.status} />
      </Group>
      <Stack gap="lg">
        <Paper withBorder radius="md" p="md">
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <Fact label={t('rituals.visits.host')}>
              <Group gap={6}>
                <Text size="sm">{v.host.name}</Text>
                {v.host.salesGroupId && v.host.salesGroupName && <GroupBadge id={v.host.salesGroupId} name={v.host.salesGroupName} />}
              </Group>
            </Fact>
            <Fact label={t('rituals.visits.guest')}>
              <Group gap={6}>
                <Text size="sm">{v.guest.name}</Text>
                {v.guest.salesGroupId && v.guest.salesGroupName && <GroupBadge id={v.guest.salesGroupId} name={v.guest.salesGroupName} />}
              </Group>
            </Fact>
            <Fact label={t('rituals.visit.customer')}>
              {v.account ? (
                <Anchor component={Link} to={`/accounts/${v.account.id}`} size="sm" data-testid="visit-account">
                  {v.account.name}
                </Anchor>
              ) : (
                t('rituals.visits.noTime')
              )}
            </Fact>
            <Fact label={t('rituals.visit.when')}>
              <Text size="sm" data-testid="visit-when">
                {when(v) ? `${when(v)} · ${t('rituals.visit.zone', { zone: v.timeZone })}` : '—'}
              </Text>
            </Fact>
            {v.place && <Fact label={t('rituals.visit.place')}>{v.place}</Fact>}
          </SimpleGrid>
          {v.status === 'change_requested' && v.answerNote && (
            <Alert mt="sm" color="orange" variant="light">
              {t('rituals.visit.askedAnother', { name: v.guest.name, note: v.answerNote })}
            </Alert>
          )}
          {v.recordMissing && (
            <Alert mt="sm" color="red" variant="light">
              {t('rituals.visits.recordMissing')}
            </Alert>
          )}
        </Paper>
        {(can.has('accept') || can.has('ask_another')) && <AnswerPanel visit={v} />}
        {can.has('plan') && <PlanPanel visit={v} />}
        {(can.has('record') || v.status === 'done') && <RecordPanel visit={v} editable={can.has('record')} />}
        {(v.status === 'done' || v.tips.length + v.opportunities.length > 0) && <OutcomesPanel visit={v} />}
        {can.has('cancel') && (
          <Group>
            <Button variant="subtle" color="red" onClick={() => setCancelling(true)} data-testid="cancel-visit">
              {t('rituals.visit.cancel')}
            </Button>
          </Group>
        )}
      </Stack>
      <ConfirmDialog
        opened={cancelling}
        title={t('rituals.visit.cancel')}
        text={t('rituals.visit.cancelConfirm')}
        confirmLabel={t('rituals.visit.cancel')}
        loading={cancel.isPending}
        onClose={() => setCancelling(false)}
        onConfirm={() =>
          cancel.mutate(id, {
            onSuccess: () => {
              setCancelling(false);
              notify(t('rituals.visit.cancelled'));
            },
          })
        }
      />
    </Box>
  );
}

function PlanPanel({ visit }: { visit: VisitData }) {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat();
  const meetings = usePlannedMeetings(visit.id, visit.host.id === me.user.id);
  const plan = useVisitAction(ritualsApi.plan, visit.id);
  const [account, setAccount] = useState<PickedAccount | null>(visit.account);
  const form = useSchemaForm({
    initialValues: {
      accountId: visit.account?.id ?? '',
      start: visit.localStart ?? '',
      durationMinutes: 60,
      place: visit.place,
      activityId: null as string | null,
    },
    schema: PlanVisit,
    fieldOf: { accountId: 'accountId' },
  });
  useEffect(() => form.setFieldValue('accountId', account?.id ?? ''), [account?.id]); // keep the id in the form
  const submit = form.onSubmit((input) =>
    plan.mutate(input, {
      onSuccess: () => notify(t('rituals.visit.plan.done', { name: visit.guest.name })),
      onError: (e) => form.setServerErrors(e),
    }),
  );
  const replan = visit.status !== 'proposed';
  return (
    <Paper withBorder radius="md" p="md" data-testid="plan-panel">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} fz="md">
            {replan ? t('rituals.visit.plan.replan') : t('rituals.visit.plan.title')}
          </Title>
          {meetings.data && meetings.data.length > 0 ? (
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                {t('rituals.visit.plan.fromMeetings')}
              </Text>
              {meetings.data.map((m) => (
                <Group key={m.activityId} justify="space-between" wrap="nowrap">
                  <Text size="sm">
                    {m.account.name} · {m.subject} · {format.dateTime(m.at)}
                  </Text>
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => {
                      setAccount(m.account);
                      form.setValues({ accountId: m.account.id, start: m.localStart, activityId: m.activityId });
                    }}
                    data-testid="use-meeting"
                  >
                    {t('rituals.visit.plan.use')}
                  </Button>
                </Group>
              ))}
            </Stack>
          ) : (
            meetings.data && (
              <Text size="sm" c="dimmed">
                {t('rituals.visit.plan.noMeetings')}
              </Text>
            )
          )}
          <AccountSearchInput
            label={t('rituals.visit.plan.account')}
            value={account}
            onChange={(a) => {
              setAccount(a);
              form.setFieldValue('activityId', null);
            }}
            error={form.errors.accountId}
            testId="plan-account"
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <DateTimeField
              label={t('rituals.visit.plan.start')}
              description={visit.timeZone}
              {...form.getInputProps('start')}
              required
              data-testid="plan-start"
            />
            <NumberInput label={t('rituals.visit.plan.duration')} min={15} max={600} step={15} {...form.getInputProps('durationMinutes')} />
          </SimpleGrid>
          <TextInput label={t('rituals.visit.plan.place')} {...form.getInputProps('place')} data-testid="plan-place" />
          {plan.error && (
            <Text size="sm" c="red" role="alert">
              {errorMessage(plan.error, t)}
            </Text>
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={plan.isPending} data-testid="plan-submit">
              {t('rituals.visit.plan.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function AnswerPanel({ visit }: { visit: VisitData }) {
  const { t } = useTranslation();
  const answer = useVisitAction(ritualsApi.answer, visit.id);
  const [asking, setAsking] = useState(false);
  const form = useSchemaForm({ initialValues: { answer: 'ask_another' as const, note: '' }, schema: AnswerVisit });
  const askAnother = form.onSubmit((input) => answer.mutate(input, { onSuccess: () => notify(t('rituals.visit.answer.asked')) }));
  return (
    <Paper withBorder radius="md" p="md" data-testid="answer-panel">
      <Stack gap="sm">
        <Group gap="sm">
          <Button
            loading={answer.isPending && !asking}
            onClick={() => answer.mutate({ answer: 'accept' }, { onSuccess: () => notify(t('rituals.visit.answer.accepted')) })}
            data-testid="accept-visit"
          >
            {t('rituals.visit.answer.accept')}
          </Button>
          <Button variant="default" onClick={() => setAsking(true)} data-testid="ask-another">
            {t('rituals.visit.answer.askAnother')}
          </Button>
        </Group>
        {asking && (
          <form onSubmit={askAnother} noValidate>
            <Stack gap="xs">
              <Textarea
                label={t('rituals.visit.answer.note')}
                autosize
                minRows={2}
                {...form.getInputProps('note')}
                data-testid="ask-note"
              />
              <Group justify="flex-end">
                <Button type="submit" loading={answer.isPending} data-testid="ask-send">
                  {t('rituals.visit.answer.send')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
        {answer.error && (
          <Text size="sm" c="red" role="alert">
            {errorMessage(answer.error, t)}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function RecordPanel({ visit, editable }: { visit: VisitData; editable: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const record = useVisitAction(ritualsApi.record, visit.id);
  const form = useSchemaForm({ initialValues: { learned: visit.learned ?? '', needs: visit.needs ?? '' }, schema: RecordVisit });
  const submit = form.onSubmit((input) => record.mutate(input, { onSuccess: () => notify(t('rituals.visit.record.done')) }));
  return (
    <Paper withBorder radius="md" p="md" data-testid="record-panel">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} fz="md">
            {t('rituals.visit.record.title')}
          </Title>
          {visit.recordedAt && (
            <Text size="xs" c="dimmed">
              {t('rituals.visit.record.recordedAt', { when: format.dateTime(visit.recordedAt) })}
            </Text>
          )}
          <Textarea
            label={t('rituals.visit.record.learned')}
            autosize
            minRows={2}
            readOnly={!editable}
            {...form.getInputProps('learned')}
            data-testid="record-learned"
          />
          <Textarea
            label={t('rituals.visit.record.needs')}
            autosize
            minRows={2}
            readOnly={!editable}
            {...form.getInputProps('needs')}
            data-testid="record-needs"
          />
          {editable && (
            <Group justify="flex-end">
              <Button type="submit" loading={record.isPending} data-testid="record-submit">
                {t('rituals.visit.record.submit')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}

function OutcomesPanel({ visit }: { visit: VisitData }) {
  const { t } = useTranslation();
  const me = useSession();
  const groups = useSalesGroups();
  const tip = useVisitAction(ritualsApi.tip, visit.id);
  const format = useFormat();
  const form = useSchemaForm({ initialValues: { toSalesGroupId: '', note: '' }, schema: VisitTip });
  const submit = form.onSubmit((input) =>
    tip.mutate(input, {
      onSuccess: () => {
        notify(t('rituals.visit.outcomes.sent'));
        form.reset();
      },
      onError: (e) => form.setServerErrors(e),
    }),
  );
  const party = [visit.host.id, visit.guest.id].includes(me.user.id);
  const [dealOpen, setDealOpen] = useState(false);
  return (
    <Paper withBorder radius="md" p="md" data-testid="outcomes-panel">
      <Stack gap="sm">
        <Title order={2} fz="md">
          {t('rituals.visit.outcomes.title')}
        </Title>
        {visit.tips.length + visit.opportunities.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('rituals.visit.outcomes.none')}
          </Text>
        )}
        {visit.tips.map((h) => (
          <Group key={h.id} justify="space-between" data-testid="visit-tip">
            <Anchor component={Link} to={`/cross-selling/handoffs/${h.id}`} size="sm">
              {t('rituals.visit.outcomes.tip', { group: h.toSalesGroup })}
              {h.note ? ` — ${h.note}` : ''}
            </Anchor>
            <HandoffStatusBadge handoff={{ status: h.status, outcome: null }} />
          </Group>
        ))}
        {visit.opportunities.map((o) => (
          <Group key={o.id} justify="space-between" data-testid="visit-opportunity">
            <Anchor component={Link} to={`/pipeline/${o.id}`} size="sm">
              {o.name}
            </Anchor>
            {o.value !== null && <Text size="sm">{format.number(o.value)}</Text>}
          </Group>
        ))}
        {party && me.can.writeOpportunities && visit.account && (
          <Box>
            <Button variant="light" size="xs" onClick={() => setDealOpen((o) => !o)} data-testid="visit-new-opportunity">
              {t('rituals.opportunity.fromVisit')}
            </Button>
            {dealOpen && (
              <OpportunityForm
                accountId={visit.account.id}
                contactId={null}
                create={(input) => ritualsApi.visitOpportunity(visit.id, input)}
                onDone={() => setDealOpen(false)}
              />
            )}
          </Box>
        )}
        {party && me.can.giveHandoffs && (
          <form onSubmit={submit} noValidate>
            <Stack gap="xs">
              <Text size="sm" fw={500}>
                {t('rituals.visit.outcomes.giveTip')}
              </Text>
              <Select
                label={t('rituals.visit.outcomes.group')}
                data={(groups.data ?? []).filter((g) => g.id !== me.salesGroup?.id).map((g) => ({ value: g.id, label: g.name }))}
                {...form.getInputProps('toSalesGroupId')}
                data-testid="tip-group"
              />
              <Textarea
                label={t('rituals.visit.outcomes.note')}
                autosize
                minRows={2}
                {...form.getInputProps('note')}
                data-testid="tip-note"
              />
              {tip.error && (
                <Text size="sm" c="red" role="alert">
                  {errorMessage(tip.error, t)}
                </Text>
              )}
              <Group justify="flex-end">
                <Button type="submit" loading={tip.isPending} data-testid="tip-submit">
                  {t('rituals.visit.outcomes.send')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
