import { Anchor, Badge, Box, Breadcrumbs, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { IconScale } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../shared/format/useFormat';
import { useSession } from '../../shared/session/session';
import { EmptyState } from '../../shared/ui/EmptyState';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useUrlParams } from '../../shared/url/useUrlParams';
import type { LedgerBy, LedgerData } from './api';
import { useLedger } from './queries';
import { QueryState } from '../../shared/ui/PageState';

/**
 * Give to get (D4): per seller or per group — given, received, how quickly and how often answered
 * and reported back, and what the handoffs given became. The reader's own row is highlighted.
 */
export default function LedgerPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const { params, update } = useUrlParams();
  const by: LedgerBy = params.get('by') === 'salesGroup' ? 'salesGroup' : 'seller';
  const ledger = useLedger(by);
  const data = ledger.data;
  const ownId = by === 'seller' ? me.user.id : (me.salesGroup?.id ?? null);
  const own = data?.rows.find((r) => r.id === ownId);
  const rate = (v: number | null) => (v === null ? '—' : format.percent(v));

  return (
    <Box data-testid="ledger-page">
      <Breadcrumbs mb="sm" fz="sm">
        <Anchor component={Link} to="/cross-selling" size="sm">
          {t('nav.crossSelling')}
        </Anchor>
      </Breadcrumbs>
      <PageHeader title={t('crossSelling.ledger.title')} description={t('crossSelling.ledger.description')} />
      <SegmentedControl
        value={by}
        onChange={(v) => update({ by: v === 'salesGroup' ? v : null })}
        data={(['seller', 'salesGroup'] as const).map((b) => ({ value: b, label: t(`crossSelling.ledger.by.${b}`) }))}
        mb="md"
        data-testid="ledger-by"
      />
      {ledger.error || !data ? (
        <QueryState query={ledger} />
      ) : data.rows.length === 0 ? (
        <EmptyState
          icon={<IconScale size={32} stroke={1.5} />}
          title={t('crossSelling.ledger.empty.title')}
          description={t('crossSelling.ledger.empty.text')}
        />
      ) : (
        <Stack gap="lg">
          {own && (
            <Text fw={600} data-testid="ledger-balance">
              {t('crossSelling.ledger.balance', { given: format.number(own.given), received: format.number(own.received) })}
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
                <Table.Tbody>
                  {data.rows.map((r) => {
                    const mine = r.id !== null && r.id === ownId;
                    return (
                      <Table.Tr
                        key={r.id ?? 'none'}
                        data-testid="ledger-row"
                        data-own={mine || undefined}
                        bg={mine ? 'var(--mantine-color-yellow-light)' : undefined}
                        fw={mine ? 600 : undefined}
                      >
                        <Table.Td>
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
                        <Table.Td ta="right">{format.currency(r.givenWonValue, data.reportingCurrency)}</Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
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
