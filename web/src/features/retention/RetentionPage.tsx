import {
  Anchor,
  Badge,
  Box,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Tabs,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconArrowBackUp, IconChartPie, IconHeartHandshake } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { addDays } from '@domain/tasks';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { useFormat } from '../../shared/format/useFormat';
import { useMarkets } from '../../shared/org/queries';
import { churnReasonLabel } from '../../shared/retention/churnReasons';
import { useSession } from '../../shared/session/session';
import { EmptyState } from '../../shared/ui/EmptyState';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { notify } from '../../shared/ui/notify';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useUrlParams } from '../../shared/url/useUrlParams';
import type { ChurnReportData, WinBack } from './api';
import { useAllChurnReasons, useChurnReport, useReasonWrites, useStartWinBack, useWinBack } from './queries';

const tabs = ['win-back', 'churn', 'reasons'] as const;
const spans = ['1', '3', '5'] as const;
const periods = ['month', 'quarter', 'year'] as const;
const ALL = 'all';

/**
 * Retention (J2): passive and lost customers to win back, ranked by what they used to buy; why
 * customers leave and what it cost; and, for admins, the list of churn reasons.
 * View state in the URL: `?tab=churn&market=…&years=3&period=quarter`.
 */
export default function RetentionPage() {
  const { t } = useTranslation();
  const me = useSession();
  const { params, update } = useUrlParams();
  const tab = tabs.find((x) => x === params.get('tab')) ?? 'win-back';
  const markets = useMarkets();
  return (
    <Box data-testid="retention-page">
      <PageHeader title={t('retention.title')} description={t('retention.description')} />
      <Tabs value={tab} onChange={(v) => update({ tab: v === 'win-back' ? null : v })} mb="md" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="win-back" data-testid="tab-win-back">
            {t('retention.tabs.winBack')}
          </Tabs.Tab>
          <Tabs.Tab value="churn" data-testid="tab-churn">
            {t('retention.tabs.churn')}
          </Tabs.Tab>
          {me.can.manageChurnReasons && (
            <Tabs.Tab value="reasons" data-testid="tab-reasons">
              {t('retention.tabs.reasons')}
            </Tabs.Tab>
          )}
        </Tabs.List>
      </Tabs>
      <Group gap="md" mb="md" align="flex-end">
        <Select
          label={t('retention.market')}
          data={[{ value: ALL, label: t('retention.allMarkets') }, ...(markets.data ?? []).map((m) => ({ value: m.id, label: m.name }))]}
          value={params.get('market') ?? ALL}
          onChange={(v) => update({ market: v && v !== ALL ? v : null })}
          allowDeselect={false}
          w={200}
          data-testid="retention-market"
        />
      </Group>
      {tab === 'win-back' && <WinBackTab />}
      {tab === 'churn' && <ChurnTab />}
      {tab === 'reasons' && me.can.manageChurnReasons && <ReasonsTab />}
    </Box>
  );
}

function WinBackTab() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { params, update } = useUrlParams();
  const status = params.get('status') === 'lost' ? 'lost' : params.get('status') === 'passive' ? 'passive' : undefined;
  const list = useWinBack({ marketId: params.get('market') ?? undefined, status });
  const start = useStartWinBack();
  const startFor = (item: WinBack) =>
    start.mutate(item.account.id, {
      onSuccess: (r) => {
        notify(t('retention.winBack.started', { name: item.account.name }));
        void navigate(`/pipeline/${r.opportunityId}`);
      },
      onError: (e) => notify(errorMessage(e, t), 'error'),
    });
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('retention.winBack.text')}
      </Text>
      <SegmentedControl
        w="fit-content"
        value={status ?? ALL}
        onChange={(v) => update({ status: v === ALL ? null : v })}
        data={[
          { value: ALL, label: t('retention.winBack.both') },
          { value: 'passive', label: t('retention.winBack.passive') },
          { value: 'lost', label: t('retention.winBack.lost') },
        ]}
        data-testid="win-back-status"
      />
      {list.error ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : !list.data ? (
        <Center py="xl">
          <Loader aria-label={t('common.loading')} />
        </Center>
      ) : list.data.items.length === 0 ? (
        <EmptyState
          icon={<IconHeartHandshake size={32} stroke={1.5} />}
          title={t('retention.winBack.emptyTitle')}
          description={t('retention.winBack.emptyText')}
        />
      ) : (
        <Paper withBorder radius="md" style={{ overflowX: 'auto', opacity: list.isPlaceholderData ? 0.6 : 1 }}>
          <Table verticalSpacing="sm" fz="sm" data-testid="win-back-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('retention.winBack.customer')}</Table.Th>
                <Table.Th>{t('retention.winBack.bought')}</Table.Th>
                <Table.Th>{t('retention.winBack.lastBusiness')}</Table.Th>
                <Table.Th>{t('retention.winBack.knewThem')}</Table.Th>
                <Table.Th ta="right">{t('retention.winBack.formerValue')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((item) => (
                <Table.Tr key={item.account.id} data-testid="win-back-row" data-account={item.account.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/accounts/${item.account.id}`} fw={600} size="sm">
                      {item.account.name}
                    </Anchor>
                    <Group gap={6} mt={2}>
                      <Badge size="xs" variant="light" color={item.account.status === 'lost' ? 'red' : 'gray'}>
                        {t(`vocab.status.${item.account.status}`)}
                      </Badge>
                      {item.churnReason && (
                        <Text size="xs" c="dimmed">
                          {churnReasonLabel(t, item.churnReason)}
                        </Text>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td maw={260}>
                    <Text size="xs">{item.products.map((p) => p.name).join(', ') || '—'}</Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{item.lastBusinessOn ? format.date(item.lastBusinessOn) : '—'}</Table.Td>
                  <Table.Td>
                    <Text size="xs">
                      {[item.owner?.name, ...item.knewThem.map((p) => p.name)]
                        .filter((n, i, all) => n && all.indexOf(n) === i)
                        .join(', ') || '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {format.currency(item.formerValue, list.data.currency)}
                  </Table.Td>
                  <Table.Td ta="right">
                    {item.openWinBack ? (
                      <Anchor component={Link} to={`/pipeline/${item.openWinBack.id}`} size="sm" data-testid="win-back-open">
                        {t('retention.winBack.underWay')}
                      </Anchor>
                    ) : item.can.start ? (
                      <Button
                        size="xs"
                        variant="light"
                        leftSection={<IconArrowBackUp size={14} />}
                        loading={start.isPending && start.variables === item.account.id}
                        onClick={() => startFor(item)}
                        data-testid="win-back-start"
                      >
                        {t('retention.winBack.start')}
                      </Button>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Stack>
  );
}

function ChurnTab() {
  const { t } = useTranslation();
  const format = useFormat();
  const { params, update } = useUrlParams();
  const years = spans.find((s) => s === params.get('years')) ?? '3';
  const period = periods.find((p) => p === params.get('period')) ?? (years === '1' ? 'month' : 'quarter');
  const today = new Date().toISOString().slice(0, 10);
  const report = useChurnReport({ from: addDays(today, -365 * Number(years) + 1), marketId: params.get('market') ?? undefined, period });
  const data = report.data;
  return (
    <Stack gap="md">
      <Group gap="lg" align="flex-end">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="churn-years-label">
            {t('retention.churn.span')}
          </Text>
          <SegmentedControl
            aria-labelledby="churn-years-label"
            value={years}
            onChange={(v) => update({ years: v === '3' ? null : v, period: null })}
            data={spans.map((s) => ({ value: s, label: t('retention.churn.years', { count: Number(s) }) }))}
          />
        </Stack>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="churn-period-label">
            {t('retention.churn.period')}
          </Text>
          <SegmentedControl
            aria-labelledby="churn-period-label"
            value={period}
            onChange={(v) => update({ period: v })}
            data={periods.map((p) => ({ value: p, label: t(`retention.churn.periods.${p}`) }))}
          />
        </Stack>
      </Group>
      {report.error ? (
        <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />
      ) : !data ? (
        <Center py="xl">
          <Loader aria-label={t('common.loading')} />
        </Center>
      ) : data.total.count === 0 ? (
        <EmptyState
          icon={<IconChartPie size={32} stroke={1.5} />}
          title={t('retention.churn.emptyTitle')}
          description={t('retention.churn.emptyText')}
        />
      ) : (
        <ChurnFigures data={data} money={(v) => format.currency(v, data.currency)} />
      )}
    </Stack>
  );
}

function ChurnFigures({ data, money }: { data: ChurnReportData; money: (v: number) => string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const max = (lines: { lostValue: number }[]) => Math.max(1, ...lines.map((l) => l.lostValue));
  const Breakdown = ({
    title,
    lines,
    testId,
  }: {
    title: string;
    lines: { label: string; count: number; lostValue: number }[];
    testId: string;
  }) => (
    <Paper withBorder radius="md" p="md" data-testid={testId}>
      <Title order={3} fz="sm" fw={600} mb="xs">
        {title}
      </Title>
      <Table verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{title}</Table.Th>
            <Table.Th ta="right">{t('retention.churn.count')}</Table.Th>
            <Table.Th ta="right">{t('retention.churn.lostValue')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((l) => (
            <Table.Tr key={l.label}>
              <Table.Td>
                {l.label}
                <Box h={3} mt={2} bg="red.4" w={`${Math.round((l.lostValue / max(lines)) * 100)}%`} style={{ borderRadius: 2 }} />
              </Table.Td>
              <Table.Td ta="right">{l.count}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {money(l.lostValue)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
  return (
    <Stack gap="md" data-testid="churn-report">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Figure label={t('retention.churn.customersLost')} value={String(data.total.accounts)} />
        <Figure label={t('retention.churn.renewalsLost')} value={String(data.total.renewals)} />
        <Figure label={t('retention.churn.revenueLost')} value={money(data.total.lostValue)} testId="churn-revenue-lost" />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Breakdown
          testId="churn-by-reason"
          title={t('retention.churn.byReason')}
          lines={data.byReason.map((r) => ({ label: churnReasonLabel(t, r.reason), count: r.count, lostValue: r.lostValue }))}
        />
        <Breakdown
          testId="churn-by-period"
          title={t('retention.churn.byPeriod')}
          lines={data.byPeriod.map((r) => ({ label: r.period, count: r.count, lostValue: r.lostValue }))}
        />
        <Breakdown
          testId="churn-by-product"
          title={t('retention.churn.byProduct')}
          lines={data.byProduct.slice(0, 10).map((r) => ({ label: r.name, count: r.count, lostValue: r.lostValue }))}
        />
        <Breakdown
          testId="churn-by-market"
          title={t('retention.churn.byMarket')}
          lines={data.byMarket.map((r) => ({ label: r.name ?? t('common.noMarket'), count: r.count, lostValue: r.lostValue }))}
        />
      </SimpleGrid>
      <Paper withBorder radius="md" p="md">
        <Title order={3} fz="sm" fw={600} mb="xs">
          {t('retention.churn.recent')}
        </Title>
        <Table verticalSpacing={4} fz="sm">
          <Table.Tbody>
            {data.recent.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(r.occurredAt)}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/accounts/${r.account.id}`} size="sm">
                    {r.account.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(`retention.kinds.${r.kind}`)}</Table.Td>
                <Table.Td>
                  {churnReasonLabel(t, r.reason)}
                  {r.note && (
                    <Text size="xs" c="dimmed">
                      {r.note}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {money(r.lostValue)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}

function Figure({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Paper withBorder radius="md" p="md" data-testid={testId}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fz={26} fw={700}>
        {value}
      </Text>
    </Paper>
  );
}

function ReasonsTab() {
  const { t } = useTranslation();
  const reasons = useAllChurnReasons(true);
  const writes = useReasonWrites();
  const [label, setLabel] = useState('');
  const add = () => {
    if (!label.trim()) return;
    writes.add.mutate(label.trim(), { onSuccess: () => setLabel(''), onError: (e) => notify(errorMessage(e, t), 'error') });
  };
  return (
    <Paper withBorder radius="md" p="md" maw={640}>
      <Text size="sm" c="dimmed" mb="sm">
        {t('retention.reasonsAdmin.text')}
      </Text>
      <Stack gap="xs" data-testid="churn-reasons">
        {(reasons.data?.items ?? []).map((r) => (
          <Switch
            key={r.id}
            label={churnReasonLabel(t, r)}
            checked={r.active}
            onChange={(e) => writes.change.mutate({ id: r.id, active: e.currentTarget.checked })}
          />
        ))}
      </Stack>
      <Group mt="md" align="flex-end">
        <TextInput
          label={t('retention.reasonsAdmin.new')}
          value={label}
          onChange={(e) => setLabel(e.currentTarget.value)}
          maxLength={120}
          style={{ flex: 1 }}
        />
        <Button onClick={add} loading={writes.add.isPending}>
          {t('retention.reasonsAdmin.add')}
        </Button>
      </Group>
    </Paper>
  );
}
