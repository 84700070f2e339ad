import {
  Anchor,
  Badge,
  Box,
  Breadcrumbs,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconArrowRight, IconCalendarRepeat, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../shared/format/useFormat';
import { useMarkets, useSalesGroups } from '../../shared/org/queries';
import { EmptyState } from '../../shared/ui/EmptyState';
import { FilterBar } from '../../shared/ui/FilterBar';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useUrlParams } from '../../shared/url/useUrlParams';
import type { Renewal, RenewalsData } from './api';
import { useActiveUsers } from '../../shared/org/queries';
import { useRenewals } from './queries';
import { QueryState } from '../../shared/ui/PageState';

const horizons = ['3', '6', '12', '24'] as const;
const ALL = 'all';

/** Agreements by the month they end in, in date order. */
function byMonth(items: Renewal[]): [string, Renewal[]][] {
  const months = new Map<string, Renewal[]>();
  for (const item of [...items].sort((a, b) => a.endsOn.localeCompare(b.endsOn))) {
    const month = item.endsOn.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), item]);
  }
  return [...months.entries()];
}

/**
 * The renewal calendar (J1): agreements ending in the coming months, by month, for an owner, market or
 * group — each with a way to start its renewal (or to the renewal already under way).
 * View state in the URL: `?months=6&owner=…&market=…&group=…`.
 */
export default function RenewalsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { params, update } = useUrlParams();
  const months = horizons.find((h) => h === params.get('months')) ?? '6';
  const renewals = useRenewals({
    months: Number(months),
    ownerId: params.get('owner') ?? undefined,
    marketId: params.get('market') ?? undefined,
    salesGroupId: params.get('group') ?? undefined,
  });
  const data = renewals.data;

  return (
    <Box data-testid="renewals-page">
      <Breadcrumbs mb="sm" fz="sm">
        <Anchor component={Link} to="/overview" size="sm">
          {t('overview.title')}
        </Anchor>
      </Breadcrumbs>
      <PageHeader title={t('overview.renewals.title')} description={t('overview.renewals.description')} />
      <RenewalFilters params={params} months={months} onChange={update} />
      {renewals.error || !data ? (
        <QueryState query={renewals} />
      ) : data.items.length === 0 ? (
        <EmptyState
          icon={<IconCalendarRepeat size={32} stroke={1.5} />}
          title={t('overview.renewals.emptyTitle')}
          description={t('overview.renewals.emptyText', { count: Number(months) })}
          testId="renewals-empty"
        />
      ) : (
        <Stack gap="lg" style={{ opacity: renewals.isPlaceholderData ? 0.6 : 1 }}>
          {byMonth(data.items).map(([month, items]) => (
            <MonthSection
              key={month}
              month={month}
              items={items}
              data={data}
              monthLabel={format.date(month, { month: 'long', year: 'numeric' })}
            />
          ))}
        </Stack>
      )}
    </Box>
  );
}

function RenewalFilters({
  params,
  months,
  onChange,
}: {
  params: URLSearchParams;
  months: string;
  onChange: (c: Record<string, string | null>) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const users = useActiveUsers();
  const groups = useSalesGroups();
  const markets = useMarkets();
  const choice = (key: string) => (v: string | null) => onChange({ [key]: v && v !== ALL ? v : null });
  return (
    <FilterBar
      active={['owner', 'market', 'group'].filter((k) => params.has(k)).length}
      search={
        <Stack gap={4} style={{ flexShrink: 0 }}>
          <Text size="sm" fw={500} component="span" id="renewals-months-label">
            {t('overview.renewals.horizon')}
          </Text>
          <SegmentedControl
            aria-labelledby="renewals-months-label"
            value={months}
            onChange={(v) => onChange({ months: v === '6' ? null : v })}
            data={horizons.map((h) => ({ value: h, label: h }))}
            data-testid="renewals-months"
          />
        </Stack>
      }
    >
      <Select
        label={t('overview.renewals.owner')}
        data={[
          { value: ALL, label: t('overview.renewals.allOwners') },
          ...(users.data?.items ?? []).map((u) => ({ value: u.id, label: u.name })),
        ]}
        value={params.get('owner') ?? ALL}
        onChange={choice('owner')}
        searchable
        allowDeselect={false}
        style={{ flex: '0 1 13rem' }}
        data-testid="renewals-owner"
      />
      <Select
        label={t('overview.filters.market')}
        data={[
          { value: ALL, label: t('overview.filters.allMarkets') },
          ...(markets.data ?? []).map((m) => ({ value: m.id, label: format.region(m.code, m.name) })),
        ]}
        value={params.get('market') ?? ALL}
        onChange={choice('market')}
        allowDeselect={false}
        style={{ flex: '0 1 10rem' }}
      />
      <Select
        label={t('overview.filters.group')}
        data={[{ value: ALL, label: t('overview.filters.allGroups') }, ...(groups.data ?? []).map((g) => ({ value: g.id, label: g.name }))]}
        value={params.get('group') ?? ALL}
        onChange={choice('group')}
        allowDeselect={false}
        style={{ flex: '0 1 12rem' }}
      />
    </FilterBar>
  );
}

function MonthSection({ month, monthLabel, items, data }: { month: string; monthLabel: string; items: Renewal[]; data: RenewalsData }) {
  const { t } = useTranslation();
  const format = useFormat();
  const money = (v: number) => format.currency(v, data.reportingCurrency);
  const total = items.reduce((s, i) => s + i.annualValue, 0);
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} data-testid="renewals-month" data-month={month}>
      <Group justify="space-between" align="baseline" mb="sm" gap="xs">
        <Title order={2} fz="lg" fw={600} tt="capitalize">
          {monthLabel}
        </Title>
        <Text size="sm" c="dimmed">
          {t('overview.renewals.monthSummary', { count: items.length, value: money(total) })}
        </Text>
      </Group>
      <Box visibleFrom="sm">
        <RenewalTable items={items} money={money} />
      </Box>
      <Stack gap={0} hiddenFrom="sm">
        {items.map((r) => (
          <RenewalCard key={r.opportunityId} renewal={r} money={money} />
        ))}
      </Stack>
    </Paper>
  );
}

/** Start the renewal opportunity, or open the one under way. */
function RenewalAction({ renewal: r }: { renewal: Renewal }) {
  const { t } = useTranslation();
  return r.renewalOpportunityId ? (
    <Button
      component={Link}
      to={`/pipeline/${r.renewalOpportunityId}`}
      size="xs"
      variant="light"
      color="teal"
      rightSection={<IconArrowRight size={14} />}
      data-testid="open-renewal"
    >
      {t('overview.renewals.inProgress')}
    </Button>
  ) : (
    <Button
      component={Link}
      to={`/pipeline/new?accountId=${r.accountId}`}
      size="xs"
      variant="light"
      leftSection={<IconPlus size={14} />}
      data-testid="start-renewal"
    >
      {t('overview.renewals.start')}
    </Button>
  );
}

function AccountCell({ renewal: r }: { renewal: Renewal }) {
  return (
    <>
      <Anchor component={Link} to={`/accounts/${r.accountId}`} fw={500} size="sm">
        {r.accountName}
      </Anchor>
      <Text size="xs" c="dimmed" lineClamp={1}>
        <Anchor component={Link} to={`/pipeline/${r.opportunityId}`} size="xs" c="dimmed">
          {r.name}
        </Anchor>
      </Text>
    </>
  );
}

function Products({ renewal: r }: { renewal: Renewal }) {
  return (
    <Group gap={4}>
      {r.products.map((p) => (
        <Badge key={p} size="sm" variant="light" color="gray" tt="none" maw="100%">
          {p}
        </Badge>
      ))}
    </Group>
  );
}

function RenewalTable({ items, money }: { items: Renewal[]; money: (v: number) => string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table verticalSpacing="sm" fz="sm" layout="fixed">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="28%">{t('overview.renewals.account')}</Table.Th>
          <Table.Th w="22%">{t('overview.renewals.products')}</Table.Th>
          <Table.Th w="14%">{t('overview.renewals.ownerColumn')}</Table.Th>
          <Table.Th w="12%">{t('overview.renewals.endsOn')}</Table.Th>
          <Table.Th w="12%" ta="right">
            {t('overview.renewals.annualValue')}
          </Table.Th>
          <Table.Th w={170}>
            <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((r) => (
          <Table.Tr key={r.opportunityId} data-testid="renewal" data-account={r.accountId}>
            <Table.Td>
              <AccountCell renewal={r} />
            </Table.Td>
            <Table.Td>
              <Products renewal={r} />
            </Table.Td>
            <Table.Td>{r.ownerName ?? '—'}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.date(r.endsOn)}</Table.Td>
            <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }}>
              {money(r.annualValue)}
            </Table.Td>
            <Table.Td ta="right">
              <RenewalAction renewal={r} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** On a phone: one agreement per block instead of a wide table. */
function RenewalCard({ renewal: r, money }: { renewal: Renewal; money: (v: number) => string }) {
  const format = useFormat();
  return (
    <Stack gap={6} py="sm" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }} data-testid="renewal-card">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Box style={{ minWidth: 0 }}>
          <AccountCell renewal={r} />
        </Box>
        <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
          {money(r.annualValue)}
        </Text>
      </Group>
      <Products renewal={r} />
      <Group justify="space-between" gap="xs">
        <Text size="xs" c="dimmed">
          {[r.ownerName, format.date(r.endsOn)].filter(Boolean).join(' · ')}
        </Text>
        <RenewalAction renewal={r} />
      </Group>
    </Stack>
  );
}
