import { Anchor, Badge, Box, Breadcrumbs, Group, Paper, SegmentedControl, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconScale } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../shared/format/useFormat';
import { useSalesGroups } from '../../shared/org/queries';
import { useSession } from '../../shared/session/session';
import { EmptyState } from '../../shared/ui/EmptyState';
import { PageHeader } from '../../shared/ui/PageHeader';
import { Paging } from '../../shared/ui/Paging';
import { useUrlParams } from '../../shared/url/useUrlParams';
import { LEDGER_PAGE, type LedgerBy, type LedgerData, type LedgerRow } from './api';
import { useLedger } from './queries';
import { QueryState } from '../../shared/ui/PageState';

/**
 * Give to get (D4): per seller or per group — given, received, how quickly and how often answered
 * and reported back, and what the handoffs given became. Ranked by tips given, a page at a time
 * (`?page=`), of every seller or one group's (`?group=`); the reader's own row is highlighted, and
 * pinned above the page when it ranks elsewhere.
 */
const ALL = 'all';

export default function LedgerPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const { params, update, page } = useUrlParams();
  const by: LedgerBy = params.get('by') === 'salesGroup' ? 'salesGroup' : 'seller';
  // one group's sellers, ranked among themselves
  const salesGroupId = by === 'seller' ? params.get('group') : null;
  const groups = useSalesGroups();
  const ledger = useLedger({ by, page, salesGroupId });
  const data = ledger.data;
  const own = data?.own ?? null;
  const ownOnPage = !!own && !!data?.rows.some((r) => r.id === own.id);
  const rate = (v: number | null) => (v === null ? '—' : format.percent(v));
  const lastPage = data ? Math.max(1, Math.ceil(data.total / LEDGER_PAGE)) : 1;
  // a page past the end (an old link, fewer tips in the window): the last page instead
  useEffect(() => {
    if (data && !ledger.isPlaceholderData && page > lastPage) update({ page: lastPage > 1 ? String(lastPage) : null });
  }, [data, ledger.isPlaceholderData, page, lastPage, update]);

  const row = (r: LedgerRow, pinned = false) => {
    const mine = r.id !== null && r.id === own?.id;
    return (
      <Table.Tr
        key={`${pinned ? 'own-' : ''}${r.id ?? 'none'}`}
        data-testid={pinned ? 'ledger-own-row' : 'ledger-row'}
        data-own={mine || undefined}
        bg={mine ? 'var(--mantine-color-yellow-light)' : undefined}
        fw={mine ? 600 : undefined}
        style={pinned ? { borderBottom: '2px solid var(--mantine-color-default-border)' } : undefined}
      >
        <Table.Td>
          <Text span c="dimmed" fz="sm" display="inline-block" miw={28} mr={6}>
            {format.number(r.rank)}
          </Text>
          {r.name ?? t('crossSelling.ledger.unknown')}
          {mine && (
            <Badge size="xs" ml={6} variant="filled" color="yellow" tt="none">
              {by === 'seller' ? t('crossSelling.ledger.you') : t('crossSelling.ledger.yours')}
            </Badge>
          )}
        </Table.Td>
        <Table.Td ta="right">{format.number(r.given)}</Table.Td>
        <Table.Td ta="right">{format.number(r.received)}</Table.Td>
        <Table.Td ta="right">{rate(r.responseRate)}</Table.Td>
        <Table.Td ta="right">
          {r.medianResponseHours === null
            ? '—'
            : t('crossSelling.ledger.hours', { value: format.number(r.medianResponseHours, { maximumFractionDigits: 1 }) })}
        </Table.Td>
        <Table.Td ta="right">{rate(r.feedbackRate)}</Table.Td>
        <Table.Td ta="right">{format.number(r.givenToOpportunity)}</Table.Td>
        <Table.Td ta="right">{format.number(r.givenWon)}</Table.Td>
        <Table.Td ta="right">{data ? format.currency(r.givenWonValue, data.reportingCurrency) : null}</Table.Td>
      </Table.Tr>
    );
  };

  return (
    <Box data-testid="ledger-page">
      <Breadcrumbs mb="sm" fz="sm">
        <Anchor component={Link} to="/cross-selling" size="sm">
          {t('nav.crossSelling')}
        </Anchor>
      </Breadcrumbs>
      <PageHeader title={t('crossSelling.ledger.title')} description={t('crossSelling.ledger.description')} />
      <Group mb="md" gap="sm" wrap="wrap">
        <SegmentedControl
          value={by}
          onChange={(v) => update({ by: v === 'salesGroup' ? v : null, page: null })}
          data={(['seller', 'salesGroup'] as const).map((b) => ({ value: b, label: t(`crossSelling.ledger.by.${b}`) }))}
          data-testid="ledger-by"
        />
        {by === 'seller' && (
          <Select
            aria-label={t('crossSelling.ledger.group')}
            data={[
              { value: ALL, label: t('crossSelling.ledger.allGroups') },
              ...(groups.data ?? []).map((g) => ({ value: g.id, label: g.name })),
            ]}
            value={salesGroupId ?? ALL}
            onChange={(v) => update({ group: v && v !== ALL ? v : null, page: null })}
            allowDeselect={false}
            w={220}
            data-testid="ledger-group"
          />
        )}
      </Group>
      {ledger.error || !data ? (
        <QueryState query={ledger} />
      ) : data.total === 0 ? (
        <EmptyState
          icon={<IconScale size={32} stroke={1.5} />}
          title={t('crossSelling.ledger.empty.title')}
          description={salesGroupId ? t('crossSelling.ledger.emptyGroup') : t('crossSelling.ledger.empty.text')}
        />
      ) : (
        <Stack gap="lg">
          {own && (
            <Text fw={600} data-testid="ledger-balance">
              {t('crossSelling.ledger.balance', { given: format.number(own.given), received: format.number(own.received) })}
              <Text span c="dimmed" fw={400} ml="sm" data-testid="ledger-rank">
                {t('crossSelling.ledger.rank', { rank: format.number(own.rank), total: format.number(data.total) })}
              </Text>
            </Text>
          )}
          <Paper withBorder radius="md" px="md" py="xs">
            <Table.ScrollContainer minWidth={900}>
              <Table verticalSpacing="xs" striped data-testid="ledger-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('crossSelling.ledger.columns.name')}</Table.Th>
                    <Table.Th ta="right">{t('crossSelling.ledger.columns.given')}</Table.Th>
                    <Table.Th ta="right">{t('crossSelling.ledger.columns.received')}</Table.Th>
                    <Table.Th ta="right">{t('crossSelling.ledger.columns.responseRate')}</Table.Th>
                    <Table.Th ta="right">{t('crossSelling.ledger.columns.medianResponse')}</Table.Th>
                    <Table.Th ta="right">{t('crossSelling.ledger.columns.feedbackRate')}</Table.Th>
                    <Table.Th ta="right">{t('crossSelling.ledger.columns.toOpportunity')}</Table.Th>
                    <Table.Th ta="right">{t('crossSelling.ledger.columns.won')}</Table.Th>
                    <Table.Th ta="right">{t('crossSelling.ledger.columns.wonValue')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody style={ledger.isPlaceholderData ? { opacity: 0.6 } : undefined}>
                  {own && !ownOnPage && row(own, true)}
                  {data.rows.map((r) => row(r))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Paging total={data.total} page={data.page} pageSize={LEDGER_PAGE} onPage={(p) => update({ page: p > 1 ? String(p) : null })} />
          </Paper>
          <Text size="xs" c="dimmed">
            {t('pipeline.reportingCurrency', { currency: data.reportingCurrency })}
          </Text>
          <Flows flows={data.flows} ownGroupId={me.salesGroup?.id ?? null} />
        </Stack>
      )}
    </Box>
  );
}

function Flows({ flows, ownGroupId }: { flows: LedgerData['flows']; ownGroupId: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (flows.length === 0) return null;
  return (
    <Stack gap="xs" maw={640}>
      <Title order={2} fz="lg" fw={600}>
        {t('crossSelling.ledger.flows.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('crossSelling.ledger.flows.text')}
      </Text>
      <Paper withBorder radius="md" px="md" py="xs">
        <Table verticalSpacing={4} fz="sm" data-testid="ledger-flows">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('crossSelling.ledger.flows.from')}</Table.Th>
              <Table.Th>{t('crossSelling.ledger.flows.to')}</Table.Th>
              <Table.Th ta="right">{t('crossSelling.ledger.flows.count')}</Table.Th>
              <Table.Th ta="right">{t('crossSelling.ledger.flows.won')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {flows.map((f) => {
              const ours = ownGroupId !== null && (f.fromId === ownGroupId || f.toId === ownGroupId);
              return (
                <Table.Tr key={`${f.fromId ?? 'none'}-${f.toId}`} fw={ours ? 600 : undefined}>
                  <Table.Td>{f.fromName ?? t('crossSelling.ledger.unknown')}</Table.Td>
                  <Table.Td>{f.toName}</Table.Td>
                  <Table.Td ta="right">{format.number(f.count)}</Table.Td>
                  <Table.Td ta="right">{format.number(f.won)}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}
