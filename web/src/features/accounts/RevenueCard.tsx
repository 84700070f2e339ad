import { Paper, Progress, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AccountRevenue } from '@contract/invoices';
import { useTranslation } from 'react-i18next';
import { api } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/queryKeys';
import { useFormat } from '../../shared/format/useFormat';

type Revenue = z.infer<typeof AccountRevenue>;

/**
 * Sales volume beside invoicing, per year (G1): volume counts when the contract is signed, invoicing
 * when it is billed — a key account manager answers for both. Hidden while the customer has neither.
 */
export function RevenueCard({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const revenue = useQuery({
    queryKey: [...queryKeys.accounts.one(accountId), 'revenue'],
    queryFn: ({ signal }) => api.get<Revenue>(`/api/accounts/${accountId}/revenue`, undefined, signal),
  });
  const years = (revenue.data?.years ?? []).filter((y) => y.volume !== 0 || y.invoiced !== 0).sort((a, b) => b.year - a.year);
  if (!revenue.data || years.length === 0) return null;
  const money = (v: number) => format.currency(v, revenue.data.reportingCurrency);
  return (
    <Paper withBorder radius="md" p="md" data-testid="account-revenue">
      <Title order={2} fz="md" fw={600}>
        {t('accountRevenue.title')}
      </Title>
      <Text size="xs" c="dimmed" mb="sm">
        {t('accountRevenue.text')}
      </Text>
      <Table verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('accountRevenue.year')}</Table.Th>
            <Table.Th ta="right">{t('accountRevenue.volume')}</Table.Th>
            <Table.Th ta="right">{t('accountRevenue.invoiced')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {years.map((y) => (
            <Table.Tr key={y.year} data-testid="revenue-year" data-year={y.year}>
              <Table.Td>{y.year}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {money(y.volume)}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {money(y.invoiced)}
                {y.volume > 0 && y.invoiced > 0 && (
                  <Progress
                    value={Math.min(100, (y.invoiced / y.volume) * 100)}
                    size={3}
                    color="teal"
                    mt={2}
                    aria-label={t('accountRevenue.share', { share: format.percent(y.invoiced / y.volume) })}
                  />
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
