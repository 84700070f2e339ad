import { ActionIcon, Anchor, Badge, Box, Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { coverageKey, useAccountCoverage, type AccountCoverage } from '../../shared/coverage/coverage';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { useActiveUsers, useMarkets, useSalesGroups } from '../../shared/org/queries';
import { notify } from '../../shared/ui/notify';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryState } from '../../shared/ui/PageState';
import { coverageApi } from './api';

/**
 * International accounts (H2): all groups' parallel deals, or — for one group (`/coverage/:groupId`) —
 * its global owner, coverage rules and parallel deals.
 */
export default function CoveragePage() {
  const { groupId } = useParams();
  const { t } = useTranslation();
  const coverage = useAccountCoverage(groupId);
  const name = coverage.data?.group?.name;
  return (
    <Box data-testid="coverage-page">
      <PageHeader title={name ? t('coverage.titleFor', { name }) : t('coverage.title')} description={t('coverage.description')} />
      <Stack gap="lg">
        {groupId && (coverage.error || !coverage.data ? <QueryState query={coverage} /> : <Rules groupId={groupId} coverage={coverage.data} />)}
        <ConflictList groupId={groupId} />
      </Stack>
    </Box>
  );
}

type Row = { marketId: string | null; salesGroupId: string | null; sellerId: string | null };

function Rules({ groupId, coverage }: { groupId: string; coverage: AccountCoverage }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const markets = useMarkets().data ?? [];
  const groups = useSalesGroups().data ?? [];
  const users = useActiveUsers().data?.items ?? [];
  const [rows, setRows] = useState<Row[]>([]);
  useEffect(
    () => setRows(coverage.rules.map((r) => ({ marketId: r.market.id, salesGroupId: r.salesGroup?.id ?? null, sellerId: r.seller?.id ?? null }))),
    [coverage.rules],
  );
  const save = useMutation({
    mutationFn: () =>
      coverageApi.putRules(groupId, {
        rules: rows.flatMap((r) => (r.marketId ? [{ marketId: r.marketId, salesGroupId: r.salesGroupId, sellerId: r.sellerId }] : [])),
      }),
    onSuccess: (data) => {
      queryClient.setQueryData(coverageKey(groupId), data);
      notify(t('coverage.rules.saved'));
    },
    onError: (e) => notify(errorMessage(e, t), 'error'),
  });
  const set = (i: number, patch: Partial<Row>) => setRows((list) => list.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const edit = coverage.can.edit;
  return (
    <Paper withBorder radius="md" p="md" data-testid="coverage-rules">
      <Title order={2} fz="md" fw={600}>
        {t('coverage.rules.title')}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {t('coverage.rules.text')}
      </Text>
      <Text size="sm" mb="sm">
        {t('coverage.globalOwner')}: <b>{coverage.globalOwner?.name ?? t('coverage.noOwner')}</b>
      </Text>
      {rows.length === 0 && (
        <Text size="sm" c="dimmed" mb="sm">
          {t('coverage.rules.empty')}
        </Text>
      )}
      <Stack gap="xs">
        {rows.map((r, i) => (
          <Group key={i} gap="xs" align="flex-end" data-testid="coverage-rule">
            <Select
              label={t('coverage.rules.market')}
              data={markets.map((m) => ({ value: m.id, label: m.name }))}
              value={r.marketId}
              onChange={(v) => set(i, { marketId: v })}
              disabled={!edit}
              w={170}
              data-testid="coverage-rule-market"
            />
            <Select
              label={t('coverage.rules.salesGroup')}
              placeholder={t('coverage.rules.allGroups')}
              data={groups.map((g) => ({ value: g.id, label: g.name }))}
              value={r.salesGroupId}
              onChange={(v) => set(i, { salesGroupId: v })}
              clearable
              disabled={!edit}
              w={200}
            />
            <Select
              label={t('coverage.rules.seller')}
              placeholder={t('coverage.rules.marketTeam')}
              data={users.map((u) => ({ value: u.id, label: u.name }))}
              value={r.sellerId}
              onChange={(v) => set(i, { sellerId: v })}
              searchable
              clearable
              disabled={!edit}
              w={220}
              data-testid="coverage-rule-seller"
            />
            {edit && (
              <ActionIcon variant="subtle" color="red" size="lg" aria-label={t('coverage.rules.remove')} onClick={() => setRows((l) => l.filter((_, j) => j !== i))}>
                <IconTrash size={16} />
              </ActionIcon>
            )}
          </Group>
        ))}
      </Stack>
      {edit ? (
        <Group mt="md" gap="sm">
          <Button
            variant="light"
            leftSection={<IconPlus size={16} />}
            onClick={() => setRows((l) => [...l, { marketId: null, salesGroupId: null, sellerId: null }])}
            data-testid="coverage-rule-add"
          >
            {t('coverage.rules.add')}
          </Button>
          <Button onClick={() => save.mutate()} loading={save.isPending} data-testid="coverage-rules-save">
            {t('coverage.rules.save')}
          </Button>
        </Group>
      ) : (
        <Text size="xs" c="dimmed" mt="sm">
          {t('coverage.rules.readOnly')}
        </Text>
      )}
    </Paper>
  );
}

function ConflictList({ groupId }: { groupId: string | undefined }) {
  const { t } = useTranslation();
  const conflicts = useQuery({ queryKey: ['coverage', 'conflicts', groupId ?? 'all'], queryFn: ({ signal }) => coverageApi.conflicts(groupId, signal) });
  return (
    <Paper withBorder radius="md" p="md" data-testid="coverage-conflicts">
      <Title order={2} fz="md" fw={600}>
        {t('coverage.conflicts.title')}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {t('coverage.conflicts.text')}
      </Text>
      {conflicts.error || !conflicts.data ? (
        <QueryState query={conflicts} size="sm" />
      ) : conflicts.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('coverage.conflicts.empty')}
        </Text>
      ) : (
        <Table fz="sm" verticalSpacing="xs">
          <Table.Tbody>
            {conflicts.data.items.map((c) => (
              <Table.Tr key={`${c.group.id}-${c.product.id}`} data-testid="coverage-conflict">
                <Table.Td>
                  <Anchor component={Link} to={`/coverage/${c.group.id}`} size="sm" fw={600}>
                    {c.group.name}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {c.product.name}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    {c.opportunities.map((o) => (
                      <Group key={o.id} gap={6}>
                        <Badge size="xs" variant="light">
                          {o.market?.name ?? '—'}
                        </Badge>
                        <Anchor component={Link} to={`/pipeline/${o.id}`} size="sm">
                          {o.name}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          {o.account.name} · {o.owner?.name ?? '—'}
                        </Text>
                      </Group>
                    ))}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
