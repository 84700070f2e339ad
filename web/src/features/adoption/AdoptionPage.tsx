import { Group, Paper, Progress, SegmentedControl, SimpleGrid, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Adoption } from '@contract/adoption';
import { api } from '../../shared/api/client';
import { useFormat } from '../../shared/format/useFormat';
import { QueryState } from '../../shared/ui/PageState';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useUrlParams } from '../../shared/url/useUrlParams';

const spans = ['4', '8', '12'] as const;

/** How many of a group's people were active in a week, as a shaded cell (darker: more of them). */
function ActiveCell({ active, people }: { active: number; people: number }) {
  const share = people ? active / people : 0;
  return (
    <Table.Td
      ta="center"
      style={{
        background: share ? `color-mix(in srgb, var(--mantine-color-teal-light) ${Math.round(40 + 60 * share)}%, transparent)` : undefined,
      }}
    >
      {active}
    </Table.Td>
  );
}

function Buckets({ rows, weeks, label }: { rows: Adoption['salesGroups']; weeks: string[]; label: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={420 + weeks.length * 56}>
      <Table verticalSpacing="xs" data-testid="adoption-buckets">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{label}</Table.Th>
            <Table.Th ta="right">{t('adoption.people')}</Table.Th>
            {weeks.map((w) => (
              <Table.Th key={w} ta="center" style={{ whiteSpace: 'nowrap' }}>
                {format.date(w, { day: 'numeric', month: 'short' })}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.id ?? 'none'} data-id={r.id ?? ''}>
              <Table.Td>{r.name ?? t('adoption.none')}</Table.Td>
              <Table.Td ta="right">{r.people}</Table.Td>
              {r.active.map((n, i) => (
                <ActiveCell key={weeks[i]} active={n} people={r.people} />
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * Administration → Adoption (L6): the rollout led from facts — active people per sales group and
 * market each week (signed in, logged, passed or answered a tip, changed a record), how many have
 * taken each first step, and each person's use.
 */
export default function AdoptionPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { params, update } = useUrlParams();
  const weeks = spans.includes(params.get('weeks') as (typeof spans)[number]) ? params.get('weeks')! : '8';
  const query = useQuery({
    queryKey: ['adoption', weeks],
    queryFn: ({ signal }) => api.get<Adoption>('/api/adoption', { weeks }, signal),
    placeholderData: keepPreviousData,
  });
  const data = query.data;

  return (
    <>
      <PageHeader
        title={t('adoption.title')}
        description={t('adoption.description')}
        actions={
          <SegmentedControl
            aria-label={t('adoption.span')}
            value={weeks}
            onChange={(v) => update({ weeks: v === '8' ? null : v })}
            data={spans.map((s) => ({ value: s, label: t('adoption.weeks', { count: Number(s) }) }))}
          />
        }
      />
      {!data ? (
        <QueryState query={query} />
      ) : (
        <Stack gap="lg">
          <Paper withBorder radius="md" p="md">
            <Title order={2} fz="lg" fw={600} mb="sm">
              {t('adoption.firstSteps')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" data-testid="adoption-first-steps">
              {data.firstSteps
                .filter((s) => s.people > 0)
                .map((s) => (
                  <Stack key={s.key} gap={4} data-key={s.key} data-done={s.done}>
                    <Group justify="space-between" wrap="nowrap">
                      <Text size="sm" fw={500}>
                        {t(`home.firstSteps.steps.${s.key}.title`)}
                      </Text>
                      <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                        {t('adoption.stepDone', { done: s.done, people: s.people })}
                      </Text>
                    </Group>
                    <Progress value={(s.done / s.people) * 100} size="sm" color="teal" aria-hidden />
                  </Stack>
                ))}
            </SimpleGrid>
          </Paper>
          <Paper withBorder radius="md" p="md">
            <Title order={2} fz="lg" fw={600} mb={4}>
              {t('adoption.activeTitle')}
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              {t('adoption.activeText')}
            </Text>
            <Tabs defaultValue="groups" keepMounted={false}>
              <Tabs.List mb="sm">
                <Tabs.Tab value="groups">{t('adoption.bySalesGroup')}</Tabs.Tab>
                <Tabs.Tab value="markets">{t('adoption.byMarket')}</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="groups">
                <Buckets rows={data.salesGroups} weeks={data.weeks} label={t('adoption.salesGroup')} />
              </Tabs.Panel>
              <Tabs.Panel value="markets">
                <Buckets rows={data.markets} weeks={data.weeks} label={t('adoption.market')} />
              </Tabs.Panel>
            </Tabs>
          </Paper>
          <Paper withBorder radius="md" p="md">
            <Title order={2} fz="lg" fw={600} mb="sm">
              {t('adoption.peopleTitle', { count: Number(weeks) })}
            </Title>
            <Table.ScrollContainer minWidth={960}>
              <Table verticalSpacing="xs" striped data-testid="adoption-people">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('adoption.columns.name')}</Table.Th>
                    <Table.Th>{t('adoption.columns.group')}</Table.Th>
                    <Table.Th ta="right">{t('adoption.columns.activeWeeks')}</Table.Th>
                    <Table.Th ta="right">{t('adoption.columns.activities')}</Table.Th>
                    <Table.Th ta="right">{t('adoption.columns.tipsPassed')}</Table.Th>
                    <Table.Th ta="right">{t('adoption.columns.tipsAnswered')}</Table.Th>
                    <Table.Th ta="right">{t('adoption.columns.firstSteps')}</Table.Th>
                    <Table.Th>{t('adoption.columns.lastActive')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.people.map((p) => (
                    <Table.Tr key={p.id} data-id={p.id}>
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          {p.name}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {t(`roles.${p.role}`)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{p.salesGroupName ?? '—'}</Text>
                        <Text size="xs" c="dimmed">
                          {p.marketName ?? ''}
                        </Text>
                      </Table.Td>
                      <Table.Td ta="right">{t('adoption.ofWeeks', { active: p.activeWeeks, weeks: data.weeks.length })}</Table.Td>
                      <Table.Td ta="right">{format.number(p.activities)}</Table.Td>
                      <Table.Td ta="right">{format.number(p.tipsPassed)}</Table.Td>
                      <Table.Td ta="right">{format.number(p.tipsAnswered)}</Table.Td>
                      <Table.Td ta="right" data-testid="adoption-person-steps">
                        {p.firstSteps.total ? `${p.firstSteps.done} / ${p.firstSteps.total}` : '—'}
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>
                        {p.lastActiveAt ? format.relative(p.lastActiveAt) : t('adoption.never')}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Paper>
        </Stack>
      )}
    </>
  );
}
