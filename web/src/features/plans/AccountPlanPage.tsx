import {
  ActionIcon,
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
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { attitudes, buyingRoles, influenceLevels, needsWork, riskLevels } from '@domain/account-plans';
import { addDays } from '@domain/tasks';
import { isApiError } from '../../shared/api/errors';
import { useFormat } from '../../shared/format/useFormat';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { useActiveUsers } from '../../shared/org/queries';
import { useSession } from '../../shared/session/session';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { notify } from '../../shared/ui/notify';
import type { AccountPlan, PlanInput, Stakeholder } from './api';
import { usePlan, usePlanContacts, usePlanWrites, useProducts, useWhiteSpace } from './queries';
import { StakeholderMap } from './StakeholderMap';
import { PlanRollup } from './PlanRollup';
import { DateField } from '../../shared/ui/DateField';

type Draft = Required<Omit<PlanInput, 'version'>>;
const today = () => new Date().toISOString().slice(0, 10);
const healthColour = { on_track: 'teal', attention: 'yellow', outdated: 'red' } as const;

const draftOf = (plan: AccountPlan | null): Draft => ({
  template: plan?.template ?? 'light',
  year: plan?.year ?? new Date().getUTCFullYear(),
  goals: plan?.goals ?? '',
  targetAmount: plan?.targetAmount ?? 0,
  risks: plan?.risks ?? [],
  whiteSpace: plan?.whiteSpace.map((w) => ({ productId: w.productId, nextStep: w.nextStep })) ?? [],
  stakeholders:
    plan?.stakeholders.map((s) => ({
      contactId: s.contactId,
      role: s.role,
      influence: s.influence,
      attitude: s.attitude,
      relationshipOwnerId: s.relationshipOwnerId,
    })) ?? [],
  reviewOn: plan?.reviewOn ?? null,
});

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

/** One of a fixed list of values (a role, a level), named in the reader's language. */
function ScaleSelect<T extends string>(props: {
  label: string;
  values: readonly T[];
  value: T;
  /** The value in words. */
  words: (v: T) => string;
  disabled: boolean;
  onChange: (v: T) => void;
}) {
  return (
    <Select
      size="xs"
      aria-label={props.label}
      data={props.values.map((v) => ({ value: v, label: props.words(v) }))}
      value={props.value}
      onChange={(v) => {
        const chosen = props.values.find((x) => x === v);
        if (chosen) props.onChange(chosen);
      }}
      allowDeselect={false}
      disabled={props.disabled}
    />
  );
}

function StakeholderEditor({
  draft,
  onChange,
  contacts,
  names,
  users,
  can,
}: {
  draft: Draft;
  onChange: (s: Draft['stakeholders']) => void;
  contacts: { value: string; label: string }[];
  names: Map<string, string>;
  users: { value: string; label: string }[];
  can: boolean;
}) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState<string | null>(null);
  const list = draft.stakeholders;
  const set = (i: number, patch: Partial<Draft['stakeholders'][number]>) =>
    onChange(list.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const free = contacts.filter((c) => !list.some((s) => s.contactId === c.value));
  return (
    <Stack gap="xs" mt="md">
      {list.length > 0 && (
        <Table verticalSpacing={4} fz="sm" data-testid="stakeholder-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('plans.person')}</Table.Th>
              <Table.Th>{t('plans.role')}</Table.Th>
              <Table.Th>{t('plans.influenceLabel')}</Table.Th>
              <Table.Th>{t('plans.attitude')}</Table.Th>
              <Table.Th>{t('plans.relationshipOwner')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((s, i) => {
              const name = names.get(s.contactId) ?? '…';
              return (
                <Table.Tr key={s.contactId} data-testid="stakeholder-row">
                  <Table.Td>{name}</Table.Td>
                  <Table.Td>
                    <ScaleSelect
                      label={t('plans.roleOf', { name })}
                      values={buyingRoles}
                      value={s.role}
                      words={(r) => t(`plans.roles.${r}`)}
                      disabled={!can}
                      onChange={(role) => set(i, { role })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <ScaleSelect
                      label={t('plans.influenceOf', { name })}
                      values={influenceLevels}
                      value={s.influence}
                      words={(r) => t(`plans.influence.${r}`)}
                      disabled={!can}
                      onChange={(influence) => set(i, { influence })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <ScaleSelect
                      label={t('plans.attitudeOf', { name })}
                      values={attitudes}
                      value={s.attitude}
                      words={(r) => t(`plans.attitudes.${r}`)}
                      disabled={!can}
                      onChange={(attitude) => set(i, { attitude })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Select
                      size="xs"
                      aria-label={t('plans.relationshipOwnerOf', { name })}
                      data={users}
                      value={s.relationshipOwnerId ?? null}
                      onChange={(v) => set(i, { relationshipOwnerId: v })}
                      searchable
                      clearable
                      disabled={!can}
                    />
                  </Table.Td>
                  <Table.Td>
                    {can && (
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('plans.remove', { name })}
                        onClick={() => onChange(list.filter((_, j) => j !== i))}
                      >
                        <IconTrash size={14} />
                      </ActionIcon>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {can && (
        <Group gap="xs" align="flex-end">
          <Select
            label={t('plans.addPerson')}
            placeholder={t('plans.choosePerson')}
            data={free}
            value={adding}
            onChange={setAdding}
            searchable
            w={320}
            data-testid="stakeholder-add"
          />
          <Button
            variant="light"
            leftSection={<IconPlus size={14} />}
            disabled={!adding}
            onClick={() => {
              if (!adding) return;
              onChange([
                ...list,
                { contactId: adding, role: 'influencer', influence: 'medium', attitude: 'neutral', relationshipOwnerId: null },
              ]);
              setAdding(null);
            }}
            data-testid="stakeholder-add-button"
          >
            {t('plans.addToMap')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function WhiteSpace({
  accountId,
  draft,
  onChange,
  can,
}: {
  accountId: string;
  draft: Draft;
  onChange: (w: Draft['whiteSpace']) => void;
  can: boolean;
}) {
  const { t } = useTranslation();
  const suggestions = useWhiteSpace(accountId);
  const products = useProducts();
  const name = new Map((products.data ?? []).map((p) => [p.id, p.name]));
  const chosen = new Set(draft.whiteSpace.map((w) => w.productId));
  const candidates = (suggestions.data?.items ?? []).filter((s) => !chosen.has(s.product.id));
  return (
    <Paper withBorder radius="md" p="md" h="100%" data-testid="plan-white-space">
      <Title order={2} fz="md" fw={600}>
        {t('plans.whiteSpace.title')}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {t('plans.whiteSpace.text')}
      </Text>
      <Stack gap="xs">
        {draft.whiteSpace.map((w, i) => (
          <Group key={w.productId} gap="xs" wrap="nowrap">
            <Text size="sm" fw={500} w={160} style={{ flexShrink: 0 }}>
              {name.get(w.productId) ?? '…'}
            </Text>
            <TextInput
              size="xs"
              style={{ flex: 1 }}
              aria-label={t('plans.whiteSpace.nextStepFor', { name: name.get(w.productId) ?? '' })}
              placeholder={t('plans.whiteSpace.nextStep')}
              value={w.nextStep ?? ''}
              onChange={(e) => onChange(draft.whiteSpace.map((x, j) => (j === i ? { ...x, nextStep: e.currentTarget.value } : x)))}
              maxLength={500}
              disabled={!can}
            />
            {can && (
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('plans.remove', { name: name.get(w.productId) ?? '' })}
                onClick={() => onChange(draft.whiteSpace.filter((_, j) => j !== i))}
              >
                <IconTrash size={14} />
              </ActionIcon>
            )}
          </Group>
        ))}
        {can && candidates.length > 0 && (
          <>
            <Text size="xs" fw={600} mt="xs">
              {t('plans.whiteSpace.suggested')}
            </Text>
            <Group gap={6}>
              {candidates.map((s) => (
                <Button
                  key={s.product.id}
                  size="compact-xs"
                  variant="default"
                  leftSection={<IconPlus size={12} />}
                  onClick={() => onChange([...draft.whiteSpace, { productId: s.product.id, nextStep: '' }])}
                  data-testid="white-space-suggestion"
                >
                  {s.product.name}
                </Button>
              ))}
            </Group>
          </>
        )}
        {can && (
          <Select
            size="xs"
            label={t('plans.whiteSpace.other')}
            data={(products.data ?? []).filter((p) => !chosen.has(p.id)).map((p) => ({ value: p.id, label: p.name }))}
            value={null}
            onChange={(v) => v && onChange([...draft.whiteSpace, { productId: v, nextStep: '' }])}
            searchable
          />
        )}
      </Stack>
    </Paper>
  );
}

function Risks({ draft, onChange, can }: { draft: Draft; onChange: (r: Draft['risks']) => void; can: boolean }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  return (
    <Paper withBorder radius="md" p="md" h="100%">
      <Title order={2} fz="md" fw={600} mb="sm">
        {t('plans.risks.title')}
      </Title>
      <Stack gap="xs">
        {draft.risks.map((r, i) => (
          <Group key={i} gap="xs" wrap="nowrap" align="flex-start">
            <Select
              size="xs"
              w={110}
              aria-label={t('plans.risks.level')}
              data={riskLevels.map((l) => ({ value: l, label: t(`plans.risks.levels.${l}`) }))}
              value={r.level}
              onChange={(v) => v && onChange(draft.risks.map((x, j) => (j === i ? { ...x, level: v } : x)))}
              allowDeselect={false}
              disabled={!can}
            />
            <Stack gap={2} style={{ flex: 1 }}>
              <Text size="sm">{r.text}</Text>
              <TextInput
                size="xs"
                aria-label={t('plans.risks.mitigation')}
                placeholder={t('plans.risks.mitigation')}
                value={r.mitigation ?? ''}
                onChange={(e) => onChange(draft.risks.map((x, j) => (j === i ? { ...x, mitigation: e.currentTarget.value } : x)))}
                maxLength={500}
                disabled={!can}
              />
            </Stack>
            {can && (
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('plans.remove', { name: r.text })}
                onClick={() => onChange(draft.risks.filter((_, j) => j !== i))}
              >
                <IconTrash size={14} />
              </ActionIcon>
            )}
          </Group>
        ))}
        {can && (
          <Group gap="xs" align="flex-end">
            <TextInput
              label={t('plans.risks.new')}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              maxLength={500}
              style={{ flex: 1 }}
            />
            <Button
              variant="light"
              disabled={!text.trim()}
              onClick={() => {
                onChange([...draft.risks, { text: text.trim(), level: 'medium', mitigation: '' }]);
                setText('');
              }}
            >
              {t('plans.risks.add')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function Actions({
  accountId,
  plan,
  users,
  can,
}: {
  accountId: string;
  plan: AccountPlan | null;
  users: { value: string; label: string }[];
  can: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const writes = usePlanWrites(accountId);
  const [title, setTitle] = useState('');
  const [ownerId, setOwnerId] = useState<string | null>(me.user.id);
  const [dueOn, setDueOn] = useState(addDays(today(), 7));
  useEffect(() => setOwnerId((o) => o ?? me.user.id), [me.user.id]);
  const add = () =>
    writes.addAction.mutate(
      { title: title.trim(), dueOn, ownerId: ownerId ?? undefined },
      {
        onSuccess: () => {
          setTitle('');
          notify(t('plans.actions.added'));
        },
        onError: (e) => notify(errorMessage(e, t), 'error'),
      },
    );
  const stateColour = { overdue: 'red', today: 'orange', upcoming: 'blue', done: 'teal' } as const;
  return (
    <Paper withBorder radius="md" p="md" data-testid="plan-actions">
      <Title order={2} fz="md" fw={600}>
        {t('plans.actions.title')}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {t('plans.actions.text')}
      </Text>
      {!plan ? (
        <Text size="sm" c="dimmed">
          {t('plans.actions.saveFirst')}
        </Text>
      ) : (
        <Stack gap="sm">
          {plan.actions.length > 0 && (
            <Table verticalSpacing={4} fz="sm">
              <Table.Tbody>
                {plan.actions.map((a) => (
                  <Table.Tr key={a.id} data-testid="plan-action" data-state={a.state ?? ''}>
                    <Table.Td>{a.title}</Table.Td>
                    <Table.Td>{a.owner?.name ?? '—'}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{a.dueOn ? format.date(`${a.dueOn}T12:00:00Z`) : '—'}</Table.Td>
                    <Table.Td>
                      {a.state && (
                        <Badge size="sm" variant="light" color={stateColour[a.state]}>
                          {t(`plans.actions.states.${a.state}`)}
                        </Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {can && (
            <Group gap="xs" align="flex-end">
              <TextInput
                label={t('plans.actions.what')}
                value={title}
                onChange={(e) => setTitle(e.currentTarget.value)}
                maxLength={300}
                style={{ flex: 1, minWidth: 220 }}
                data-testid="plan-action-title"
              />
              <Select label={t('plans.actions.owner')} data={users} value={ownerId} onChange={setOwnerId} searchable w={200} />
              <DateField label={t('plans.actions.due')} value={dueOn} onChange={(v) => setDueOn(v)} w={160} data-testid="plan-action-due" />
              <Button onClick={add} disabled={!title.trim() || !dueOn} loading={writes.addAction.isPending} data-testid="plan-action-add">
                {t('plans.actions.add')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Paper>
  );
}
