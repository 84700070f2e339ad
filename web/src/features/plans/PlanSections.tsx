import { ActionIcon, Badge, Button, Group, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { riskLevels } from '@domain/account-plans';
import { addDays } from '@domain/tasks';
import { useFormat } from '../../shared/format/useFormat';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { useSession } from '../../shared/session/session';
import { notify } from '../../shared/ui/notify';
import type { AccountPlan } from './api';
import { usePlanWrites, useProducts, useWhiteSpace } from './queries';
import { DateField } from '../../shared/ui/DateField';
import { today, type Draft } from './planDraft';

export function WhiteSpace({
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

export function Risks({ draft, onChange, can }: { draft: Draft; onChange: (r: Draft['risks']) => void; can: boolean }) {
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

export function Actions({
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
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{a.dueOn ? format.date(a.dueOn) : '—'}</Table.Td>
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
