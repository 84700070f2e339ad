import { Drawer, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format/useFormat';
import type { OutstandingQuotesData, OpportunityFilter } from './api';
import { useOutstandingQuotes } from './queries';
import { QueryState } from '../../shared/ui/PageState';

type Row = OutstandingQuotesData['bySeller'][number];

function Breakdown({ title, rows, currency, testId }: { title: string; rows: Row[]; currency: string; testId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap={4} data-testid={testId}>
      <Title order={3} fz="md">
        {title}
      </Title>
      <Table striped verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('pipeline.outstanding.name')}</Table.Th>
            <Table.Th ta="right">{t('pipeline.outstanding.count')}</Table.Th>
            <Table.Th ta="right">{t('pipeline.outstanding.value')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.id ?? 'none'}>
              <Table.Td>{r.name ?? t('pipeline.outstanding.unknown')}</Table.Td>
              <Table.Td ta="right">{format.number(r.count)}</Table.Td>
              <Table.Td ta="right">{format.currency(r.value, currency)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

interface Props {
  opened: boolean;
  filter: OpportunityFilter;
  onClose: () => void;
}

/** Outstanding quotes (B5): how many quotes are out and what they are worth, per seller, group and market. */
export function OutstandingQuotes({ opened, filter, onClose }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const quotes = useOutstandingQuotes(filter);
  const data = quotes.data;
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size="lg"
      title={t('pipeline.outstandingQuotes')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="lg" data-testid="outstanding-quotes">
        <Text size="sm" c="dimmed">
          {t('pipeline.outstanding.text')}
        </Text>
        {quotes.error || !data ? (
          <QueryState query={quotes} />
        ) : (
          <>
            <SimpleGrid cols={2}>
              <Stack gap={0}>
                <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                  {t('pipeline.outstanding.total')}
                </Text>
                <Text fz={28} fw={650} data-testid="outstanding-total">
                  {format.number(data.total.count)}
                </Text>
              </Stack>
              <Stack gap={0}>
                <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                  {t('pipeline.outstanding.value')}
                </Text>
                <Text fz={28} fw={650}>
                  {format.currency(data.total.value, data.reportingCurrency)}
                </Text>
              </Stack>
            </SimpleGrid>
            <Text size="xs" c="dimmed">
              {t('pipeline.reportingCurrency', { currency: data.reportingCurrency })}
            </Text>
            <Breakdown
              title={t('pipeline.outstanding.bySeller')}
              rows={data.bySeller}
              currency={data.reportingCurrency}
              testId="quotes-by-seller"
            />
            <Breakdown
              title={t('pipeline.outstanding.byGroup')}
              rows={data.bySalesGroup}
              currency={data.reportingCurrency}
              testId="quotes-by-group"
            />
            <Breakdown
              title={t('pipeline.outstanding.byMarket')}
              rows={data.byMarket}
              currency={data.reportingCurrency}
              testId="quotes-by-market"
            />
          </>
        )}
      </Stack>
    </Drawer>
  );
}
