import { BarChart } from '@mantine/charts';
import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../shared/format/useFormat';
import type { Rollup } from './api';
import { usePlanRollup } from './queries';

const compact = (locale: string) => new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });

/**
 * A global account's plan spans its group of companies (H1): the open pipeline and won volume of the
 * plan's year across the account and its subsidiaries, each market's part (a table and a chart), and
 * the product matrix rolled up — where the group has each product, and who has white space for it.
 * Shown only for an account with subsidiaries; the server adds it all up.
 */
export function PlanRollup({ accountId }: { accountId: string }) {
  const rollup = usePlanRollup(accountId);
  if (!rollup.data || rollup.data.members.length < 2) return null;
  return (
    <>
      <MarketParts data={rollup.data} />
      <GroupMatrix data={rollup.data} />
    </>
  );
}

function MarketParts({ data }: { data: Rollup }) {
  const { t } = useTranslation();
  const format = useFormat();
  const short = compact(format.locale);
  const money = (v: number) => format.currency(v, data.currency);
  const share = (v: number, total: number) => (total > 0 ? format.percent(v / total) : '–');
  const name = (m: Rollup['markets'][number]) => m.market?.name ?? t('plans.rollup.noMarket');
  return (
    <Paper withBorder radius="md" p="md" data-testid="plan-rollup">
      <Title order={2} fz="md" fw={600}>
        {t('plans.rollup.title', { year: data.year })}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {t('plans.rollup.text', { count: data.members.length - 1 })}
      </Text>
      <Table.ScrollContainer minWidth={640}>
        <Table striped verticalSpacing={6} fz="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('plans.rollup.market')}</Table.Th>
              <Table.Th ta="right">{t('plans.rollup.companies')}</Table.Th>
              <Table.Th ta="right">{t('plans.rollup.openCount')}</Table.Th>
              <Table.Th ta="right">{t('plans.rollup.openValue')}</Table.Th>
              <Table.Th ta="right">{t('plans.rollup.openWeighted')}</Table.Th>
              <Table.Th ta="right">{t('plans.rollup.won')}</Table.Th>
              <Table.Th ta="right">{t('plans.rollup.share')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.markets.map((m) => (
              <Table.Tr key={m.market?.id ?? 'none'} data-testid="rollup-market" data-market={m.market?.code ?? ''}>
                <Table.Td>{name(m)}</Table.Td>
                <Table.Td ta="right">{m.accounts}</Table.Td>
                <Table.Td ta="right">{m.openCount}</Table.Td>
                <Table.Td ta="right">{money(m.openValue)}</Table.Td>
                <Table.Td ta="right">{money(m.openWeighted)}</Table.Td>
                <Table.Td ta="right">{money(m.wonVolume)}</Table.Td>
                <Table.Td ta="right">{share(m.wonVolume + m.openWeighted, data.totals.wonVolume + data.totals.openWeighted)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr data-testid="rollup-total" fw={600}>
              <Table.Td>{t('plans.rollup.total')}</Table.Td>
              <Table.Td ta="right">{data.totals.accounts}</Table.Td>
              <Table.Td ta="right">{data.totals.openCount}</Table.Td>
              <Table.Td ta="right">{money(data.totals.openValue)}</Table.Td>
              <Table.Td ta="right">{money(data.totals.openWeighted)}</Table.Td>
              <Table.Td ta="right">{money(data.totals.wonVolume)}</Table.Td>
              <Table.Td ta="right">100 %</Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed" mt={4}>
        {t('plans.rollup.shareHelp')}
      </Text>
      <BarChart
        mt="md"
        h={220}
        data-testid="rollup-chart"
        data={data.markets.map((m) => ({ market: name(m), won: m.wonVolume, weighted: m.openWeighted }))}
        dataKey="market"
        type="stacked"
        series={[
          { name: 'won', label: t('plans.rollup.won'), color: 'teal.6' },
          { name: 'weighted', label: t('plans.rollup.openWeighted'), color: 'indigo.4' },
        ]}
        valueFormatter={money}
        yAxisProps={{ width: 60, tickFormatter: (v: number) => short.format(v) }}
        withLegend
        legendProps={{ verticalAlign: 'bottom' }}
        tickLine="y"
        gridAxis="y"
        maxBarWidth={48}
      />
    </Paper>
  );
}

function GroupMatrix({ data }: { data: Rollup }) {
  const { t } = useTranslation();
  const member = new Map(data.members.map((m) => [m.id, m]));
  const names = (ids: string[]) =>
    ids.length === 0 ? (
      <Text size="sm" c="dimmed">
        –
      </Text>
    ) : (
      <Stack gap={2} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {ids.map((id) => (
          <li key={id}>
            <Anchor component={Link} to={`/accounts/${id}`} size="xs">
              {member.get(id)?.name ?? id}
              {member.get(id)?.marketCode ? ` (${member.get(id)!.marketCode})` : ''}
            </Anchor>
          </li>
        ))}
      </Stack>
    );
  return (
    <Paper withBorder radius="md" p="md" data-testid="plan-rollup-matrix">
      <Title order={2} fz="md" fw={600}>
        {t('plans.rollup.matrixTitle')}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {t('plans.rollup.matrixText')}
      </Text>
      {data.matrix.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('plans.rollup.matrixEmpty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing={6} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('plans.rollup.product')}</Table.Th>
                <Table.Th>{t('plans.rollup.ownedAt')}</Table.Th>
                <Table.Th>{t('plans.rollup.pipelineAt')}</Table.Th>
                <Table.Th>{t('plans.rollup.whiteSpaceAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.matrix.map((row) => (
                <Table.Tr key={row.product.id} data-testid="rollup-product">
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {row.product.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {row.product.salesGroupName} · {row.product.family}
                    </Text>
                  </Table.Td>
                  <Table.Td>{names(row.ownedAt)}</Table.Td>
                  <Table.Td>{names(row.pipelineAt)}</Table.Td>
                  <Table.Td data-testid="rollup-white-space">{names(row.whiteSpaceAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
