import { Anchor, Badge, Box, Center, Loader, Paper, Table, Text } from '@mantine/core';
import { IconClipboardCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../shared/format/useFormat';
import { EmptyState } from '../../shared/ui/EmptyState';
import { ErrorAlert } from '../../shared/ui/ErrorAlert';
import { PageHeader } from '../../shared/ui/PageHeader';
import { useCoverage } from './queries';

/** The leaders' list (H1): the important accounts they lead with no plan, or an outdated one — the most valuable first. */
export default function PlanCoveragePage() {
  const { t } = useTranslation();
  const format = useFormat();
  const coverage = useCoverage();
  const data = coverage.data;
  return (
    <Box data-testid="plan-coverage-page">
      <PageHeader title={t('plans.coverage.title')} description={t('plans.coverage.description')} />
      {coverage.error ? (
        <ErrorAlert error={coverage.error} onRetry={() => void coverage.refetch()} />
      ) : !data ? (
        <Center py="xl">
          <Loader aria-label={t('common.loading')} />
        </Center>
      ) : data.items.length === 0 ? (
        <EmptyState
          icon={<IconClipboardCheck size={32} stroke={1.5} />}
          title={t('plans.coverage.emptyTitle')}
          description={t('plans.coverage.emptyText')}
        />
      ) : (
        <Paper withBorder radius="md" style={{ overflowX: 'auto' }}>
          <Table verticalSpacing="sm" fz="sm" data-testid="plan-coverage">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('plans.coverage.account')}</Table.Th>
                <Table.Th>{t('plans.coverage.owner')}</Table.Th>
                <Table.Th ta="right">{t('plans.coverage.value')}</Table.Th>
                <Table.Th>{t('plans.coverage.gap')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((i) => (
                <Table.Tr key={i.account.id} data-testid="coverage-row" data-gap={i.gap}>
                  <Table.Td>
                    <Anchor component={Link} to={`/accounts/${i.account.id}/plan`} size="sm" fw={600}>
                      {i.account.name}
                    </Anchor>
                    {i.account.isGlobal && (
                      <Badge size="xs" variant="light" ml={6}>
                        {t('plans.coverage.global')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{i.owner?.name ?? '—'}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {format.currency(i.value, data.currency)}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={i.gap === 'no_plan' ? 'red' : 'yellow'} variant="light">
                      {t(`plans.coverage.gaps.${i.gap}`)}
                    </Badge>
                    {i.gap === 'outdated' && i.daysSinceReview !== null && (
                      <Text span size="xs" c="dimmed" ml={6}>
                        {t('plans.coverage.daysSince', { count: i.daysSinceReview })}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
    </Box>
  );
}
