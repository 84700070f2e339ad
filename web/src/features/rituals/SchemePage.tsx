import {
  Anchor,
  Badge,
  Box,
  Breadcrumbs,
  Button,
  Group,
  Paper,
  ScrollArea,
  SimpleGrid,
  Stack,
  Table,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useFormat } from '../../shared/format/useFormat';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { GroupBadge } from '../../shared/ui/GroupBadge';
import { notify } from '../../shared/ui/notify';
import { PageHeader } from '../../shared/ui/PageHeader';
import { ritualsApi, type ResultsData, type SchemeData } from './api';
import { useResults, useRitualMutation, useScheme, useVisits } from './queries';
import { VisitCard } from './VisitCard';
import { QueryState } from '../../shared/ui/PageState';

/** A joint-visit scheme: who takes part, this week's pairs, and what came of it (for leaders). */
export default function SchemePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const scheme = useScheme(id);
  const visits = useVisits({ schemeId: id });
  const propose = useRitualMutation(() => ritualsApi.propose(id));

  if (scheme.error || !scheme.data) return <QueryState query={scheme} />;
  const s = scheme.data;
  const latest = visits.data?.[0]?.period;
  const thisWeek = (visits.data ?? []).filter((v) => v.period === latest);
  return (
    <Box data-testid="scheme-page">
      <Breadcrumbs mb="sm" fz="sm">
        <Anchor component={Link} to="/cross-selling/visits" size="sm">
          {t('rituals.visits.title')}
        </Anchor>
      </Breadcrumbs>
      <PageHeader
        title={s.name}
        description={`${t(`rituals.schemes.cadence.${s.cadence}`)} · ${t('rituals.schemes.members', { count: s.members.length })}`}
        actions={
          s.can.manage && (
            <Button
              loading={propose.isPending}
              onClick={() =>
                propose.mutate(undefined, { onSuccess: (list) => notify(t('rituals.scheme.proposed', { count: list.length })) })
              }
              data-testid="propose-pairs"
            >
              {t('rituals.scheme.propose')}
            </Button>
          )
        }
      />
      {propose.error && <ErrorAlert error={propose.error} />}
      <Stack gap="lg">
        <Box>
          <Title order={2} fz="lg" mb="sm">
            {t('rituals.scheme.week')}
            {latest ? ` · ${t('rituals.visits.week', { week: latest.slice(6) })}` : ''}
          </Title>
          {thisWeek.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('rituals.scheme.noPairs')}
            </Text>
          ) : (
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" data-testid="scheme-pairs">
              {thisWeek.map((v) => (
                <VisitCard key={v.id} visit={v} />
              ))}
            </SimpleGrid>
          )}
        </Box>
        <Results schemeId={id} />
        <Members scheme={s} />
      </Stack>
    </Box>
  );
}

function Members({ scheme }: { scheme: SchemeData }) {
  const { t } = useTranslation();
  const patch = useRitualMutation((m: { userId: string; optedOut: boolean }) =>
    ritualsApi.patchMember(scheme.id, m.userId, { optedOut: m.optedOut }),
  );
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} fz="lg" mb="sm">
        {t('rituals.scheme.members')}
      </Title>
      <Stack gap={6} data-testid="scheme-members-list">
        {scheme.members.map((m) => (
          <Group key={m.id} justify="space-between" wrap="nowrap">
            <Group gap={6}>
              <Text size="sm" td={m.optedOut ? 'line-through' : undefined}>
                {m.name}
              </Text>
              {m.salesGroupId && m.salesGroupName && <GroupBadge id={m.salesGroupId} name={m.salesGroupName} />}
              <Text size="xs" c="dimmed">
                {m.languages.join(', ')}
              </Text>
              {m.optedOut && (
                <Badge size="sm" color="gray" variant="light" tt="none">
                  {t('rituals.scheme.optedOut')}
                </Badge>
              )}
            </Group>
            {m.canChange && (
              <Button size="compact-xs" variant="subtle" onClick={() => patch.mutate({ userId: m.id, optedOut: !m.optedOut })}>
                {m.optedOut ? t('rituals.scheme.optIn') : t('rituals.scheme.optOut')}
              </Button>
            )}
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}

function ResultTable({ rows, currency }: { rows: ResultsData['bySeller']; currency: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ScrollArea>
      <Table striped withTableBorder fz="sm" miw={560}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('rituals.scheme.columns.name')}</Table.Th>
            <Table.Th ta="right">{t('rituals.scheme.columns.planned')}</Table.Th>
            <Table.Th ta="right">{t('rituals.scheme.columns.done')}</Table.Th>
            <Table.Th ta="right">{t('rituals.scheme.columns.recorded')}</Table.Th>
            <Table.Th ta="right">{t('rituals.scheme.columns.tips')}</Table.Th>
            <Table.Th ta="right">{t('rituals.scheme.columns.opportunities')}</Table.Th>
            <Table.Th ta="right">{t('rituals.scheme.columns.wonValue', { currency })}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.id ?? r.name} data-testid="result-row">
              <Table.Td>{r.name}</Table.Td>
              <Table.Td ta="right">{r.planned}</Table.Td>
              <Table.Td ta="right">{r.done}</Table.Td>
              <Table.Td ta="right">{r.recorded}</Table.Td>
              <Table.Td ta="right">{r.tips}</Table.Td>
              <Table.Td ta="right">{r.opportunities}</Table.Td>
              <Table.Td ta="right">{format.number(r.wonValue)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}

function Results({ schemeId }: { schemeId: string }) {
  const { t } = useTranslation();
  const results = useResults(schemeId);
  if (!results.data) return null;
  const r = results.data;
  const met = new Map(r.grid.met.map((m) => [`${m.a}|${m.b}`, m.times]));
  const times = (a: string, b: string) => met.get(a < b ? `${a}|${b}` : `${b}|${a}`) ?? 0;
  return (
    <Paper withBorder radius="md" p="md" data-testid="scheme-results">
      <Title order={2} fz="lg" mb={4}>
        {t('rituals.scheme.results')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm" data-testid="scheme-figures" data-max-repeats={r.figures.maxMeetingsOfAPair}>
        {t('rituals.scheme.figures', {
          visits: r.figures.visits,
          min: r.figures.distinctPartners.min,
          max: r.figures.distinctPartners.max,
          mean: r.figures.distinctPartners.mean,
          repeats: r.figures.maxMeetingsOfAPair,
        })}
      </Text>
      <Tabs defaultValue="seller">
        <Tabs.List mb="sm">
          <Tabs.Tab value="seller">{t('rituals.scheme.bySeller')}</Tabs.Tab>
          <Tabs.Tab value="group">{t('rituals.scheme.byGroup')}</Tabs.Tab>
          <Tabs.Tab value="market">{t('rituals.scheme.byMarket')}</Tabs.Tab>
          <Tabs.Tab value="grid">{t('rituals.scheme.grid')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="seller">
          <ResultTable rows={r.bySeller} currency={r.currency} />
        </Tabs.Panel>
        <Tabs.Panel value="group">
          <ResultTable rows={r.byGroup} currency={r.currency} />
        </Tabs.Panel>
        <Tabs.Panel value="market">
          <ResultTable rows={r.byMarket} currency={r.currency} />
        </Tabs.Panel>
        <Tabs.Panel value="grid">
          <Text size="xs" c="dimmed" mb="xs">
            {t('rituals.scheme.gridHint')}
          </Text>
          <ScrollArea>
            <Table withTableBorder withColumnBorders fz="xs" data-testid="pairs-grid">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th />
                  {r.grid.sellers.map((s) => (
                    <Table.Th key={s.id} title={s.name}>
                      {s.name
                        .split(' ')
                        .map((w) => w[0])
                        .join('')}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {r.grid.sellers.map((a) => (
                  <Table.Tr key={a.id}>
                    <Table.Th>{a.name}</Table.Th>
                    {r.grid.sellers.map((b) => {
                      const n = a.id === b.id ? null : times(a.id, b.id);
                      return (
                        <Table.Td key={b.id} ta="center" bg={n ? 'var(--mantine-color-teal-light)' : undefined}>
                          {n || ''}
                        </Table.Td>
                      );
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        </Tabs.Panel>
      </Tabs>
    </Paper>
  );
}
