import {
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Center,
  Grid,
  Group,
  Loader,
  NumberInput,
  Paper,
  Progress,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { needsWork } from '@domain/account-plans';
import { addDays } from '@domain/tasks';
import { isApiError } from '../../shared/api/errors';
import { useFormat } from '../../shared/format/useFormat';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { useActiveUsers } from '../../shared/org/queries';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { notify } from '../../shared/ui/notify';
import type { AccountPlan, Stakeholder } from './api';
import { usePlan, usePlanContacts, usePlanWrites } from './queries';
import { StakeholderMap } from './StakeholderMap';
import { PlanRollup } from './PlanRollup';
import { DateField } from '../../shared/ui/DateField';
import { today, healthColour, draftOf, type Draft } from './planDraft';
import { StakeholderEditor } from './StakeholderEditor';
import { WhiteSpace, Risks, Actions } from './PlanSections';

/**
 * An account plan (H1): goals and target, the stakeholder map of the account's people, the white
 * space chosen from the product matrix with next steps, actions that become tasks, risks and the
 * review date. Written by the account's owner, their leaders and admins; read by everyone.
 */
export default function AccountPlanPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const view = usePlan(id);
  if (view.error) return <ErrorAlert error={view.error} onRetry={() => void view.refetch()} />;
  if (!view.data)
    return (
      <Center py="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  return <PlanEditor key={`${view.data.plan?.version ?? 0}`} accountId={id} data={view.data} />;
}

function PlanEditor({ accountId, data }: { accountId: string; data: NonNullable<ReturnType<typeof usePlan>['data']> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const plan = data.plan;
  const can = data.can.write;
  const [draft, setDraft] = useState<Draft>(() => draftOf(plan));
  const writes = usePlanWrites(accountId);
  const contacts = usePlanContacts(accountId);
  const users = useActiveUsers();
  const change = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const contactName = new Map((contacts.data?.items ?? []).map((c) => [c.id, `${c.firstName} ${c.lastName}`]));
  const shown: Stakeholder[] = draft.stakeholders.map((s) => ({
    ...s,
    relationshipOwnerId: s.relationshipOwnerId ?? null,
    name: contactName.get(s.contactId) ?? plan?.stakeholders.find((p) => p.contactId === s.contactId)?.name ?? '…',
    title: null,
    relationshipOwner: null,
    needsWork: needsWork(s),
  }));
  const save = () =>
    writes.save.mutate(
      { ...draft, version: plan?.version },
      {
        onSuccess: () => notify(t('plans.saved')),
        onError: (e) => notify(isApiError(e, 'version_conflict') ? t('plans.conflict') : errorMessage(e, t), 'error'),
      },
    );
  const full = draft.template === 'full';
  const userOptions = (users.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }));

  return (
    <Stack gap="lg" data-testid="account-plan-page">
      <Breadcrumbs fz="sm">
        <Anchor component={Link} to={`/accounts/${accountId}`} size="sm">
          {data.account.name}
        </Anchor>
        <Text size="sm">{t('plans.title')}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1} fz="h2">
            {t('plans.titleFor', { name: data.account.name })}
          </Title>
          <Text size="sm" c="dimmed">
            {plan ? t('plans.updated', { date: format.date(plan.updatedAt) }) : t('plans.none')}
          </Text>
        </Stack>
        {can && (
          <Button onClick={save} loading={writes.save.isPending} data-testid="plan-save">
            {plan ? t('plans.save') : t('plans.create')}
          </Button>
        )}
      </Group>
      {plan && <HealthStrip plan={plan} accountId={accountId} can={can} />}
      <PlanRollup accountId={accountId} />

      <Paper withBorder radius="md" p="md">
        <Group gap="lg" align="flex-end" mb="md">
          <Stack gap={4}>
            <Text size="sm" fw={500} id="plan-template-label">
              {t('plans.template')}
            </Text>
            <SegmentedControl
              aria-labelledby="plan-template-label"
              value={draft.template}
              onChange={(v) => change({ template: v === 'full' ? 'full' : 'light' })}
              data={[
                { value: 'light', label: t('plans.templates.light') },
                { value: 'full', label: t('plans.templates.full') },
              ]}
              disabled={!can}
            />
          </Stack>
          <NumberInput
            label={t('plans.year')}
            value={draft.year}
            onChange={(v) => change({ year: Number(v) || draft.year })}
            w={110}
            disabled={!can}
          />
          {full && (
            <NumberInput
              label={t('plans.target', { currency: plan?.currency ?? '' })}
              value={draft.targetAmount}
              onChange={(v) => change({ targetAmount: Number(v) || 0 })}
              min={0}
              thousandSeparator=" "
              w={200}
              disabled={!can}
            />
          )}
          <DateField
            label={t('plans.reviewOn')}
            value={draft.reviewOn ?? ''}
            onChange={(v) => change({ reviewOn: v || null })}
            w={170}
            disabled={!can}
            data-testid="plan-review-on"
          />
        </Group>
        <Textarea
          label={t('plans.goals')}
          placeholder={t('plans.goalsPlaceholder')}
          value={draft.goals}
          onChange={(e) => change({ goals: e.currentTarget.value })}
          autosize
          minRows={3}
          maxLength={4000}
          disabled={!can}
          data-testid="plan-goals"
        />
      </Paper>

      <Paper withBorder radius="md" p="md">
        <Title order={2} fz="md" fw={600}>
          {t('plans.map.title')}
        </Title>
        <Text size="xs" c="dimmed" mb="sm">
          {t('plans.map.text')}
        </Text>
        <StakeholderMap stakeholders={shown} />
        <StakeholderEditor
          draft={draft}
          onChange={(stakeholders) => change({ stakeholders })}
          contacts={(contacts.data?.items ?? []).map((c) => ({
            value: c.id,
            label: `${c.firstName} ${c.lastName}${c.title ? ` · ${c.title}` : ''}`,
          }))}
          names={contactName}
          users={userOptions}
          can={can}
        />
      </Paper>

      <Grid gap="lg">
        {full && (
          <Grid.Col span={{ base: 12, md: 6 }}>
            <WhiteSpace accountId={accountId} draft={draft} onChange={(whiteSpace) => change({ whiteSpace })} can={can} />
          </Grid.Col>
        )}
        {full && (
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Risks draft={draft} onChange={(risks) => change({ risks })} can={can} />
          </Grid.Col>
        )}
        <Grid.Col span={12}>
          <Actions accountId={accountId} plan={plan} users={userOptions} can={can} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function HealthStrip({ plan, accountId, can }: { plan: AccountPlan; accountId: string; can: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const writes = usePlanWrites(accountId);
  const [next, setNext] = useState(addDays(today(), 90));
  const h = plan.health;
  return (
    <Paper withBorder radius="md" p="md" data-testid="plan-health" data-state={h.state}>
      <Group justify="space-between" align="center">
        <Group gap="xl">
          <Badge color={healthColour[h.state]} variant="light" size="lg">
            {t(`plans.health.${h.state}`)}
          </Badge>
          <Text size="sm">{t('plans.health.overdue', { count: h.overdueActions })}</Text>
          <Text size="sm">
            {plan.lastReviewedAt ? t('plans.health.reviewed', { date: format.date(plan.lastReviewedAt) }) : t('plans.health.neverReviewed')}
          </Text>
          {h.targetProgress !== null && (
            <Stack gap={2} w={200}>
              <Text size="xs">
                {t('plans.health.target', {
                  won: format.currency(plan.wonThisYear, plan.currency),
                  target: format.currency(plan.targetAmount, plan.currency),
                })}
              </Text>
              <Progress value={Math.min(100, h.targetProgress * 100)} aria-label={t('plans.health.progress')} />
            </Stack>
          )}
        </Group>
        {can && (
          <Group gap="xs" align="flex-end">
            <DateField label={t('plans.nextReview')} value={next} onChange={(v) => setNext(v)} w={160} size="xs" />
            <Button
              size="xs"
              variant="light"
              loading={writes.review.isPending}
              onClick={() =>
                writes.review.mutate(
                  { version: plan.version, nextReviewOn: next || null },
                  { onSuccess: () => notify(t('plans.reviewedDone')), onError: (e) => notify(errorMessage(e, t), 'error') },
                )
              }
              data-testid="plan-mark-reviewed"
            >
              {t('plans.markReviewed')}
            </Button>
          </Group>
        )}
      </Group>
    </Paper>
  );
}
