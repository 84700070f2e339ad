import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconCash, IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../shared/format/useFormat';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { EmptyState } from '../../shared/ui/EmptyState';
import { Fact } from '../../shared/ui/Fact';
import { notify } from '../../shared/ui/notify';
import { gameApi, type SeasonData } from './api';
import { usePayout, useStatement } from './queries';
import { sourceLink } from './sourceLink';
import { QueryState } from '../../shared/ui/PageState';

/**
 * What each seller has earned and why (F2): every line names its rule and its deal or tip; what was
 * paid and what changed since (adjustments). Sellers see their own, leaders their team's, with a CSV for payroll.
 */
export function StatementPanel({ season }: { season: SeasonData }) {
  const { t } = useTranslation();
  const format = useFormat();
  const statement = useStatement(season.id, {});
  const payout = usePayout(season.id);
  if (statement.error || !statement.data) return <QueryState query={statement} />;
  const s = statement.data;
  const money = (n: number) => format.currency(n, s.currency);
  const pay = () =>
    payout.mutate(
      {},
      {
        onSuccess: (r) => notify(t('game.statement.paidNotice', { count: r.lines, amount: money(r.amount) })),
        onError: (e) => notify(errorMessage(e, t), 'error'),
      },
    );
  return (
    <Stack gap="lg" data-testid="statement">
      <Group justify="space-between">
        <SimpleGrid cols={3} spacing="xl">
          <Fact label={t('game.statement.earned')}>{money(s.total.earned)}</Fact>
          <Fact label={t('game.statement.paid')}>{money(s.total.paid)}</Fact>
          <Fact label={t('game.statement.due')}>
            <span data-testid="statement-due">{money(s.total.due)}</span>
          </Fact>
        </SimpleGrid>
        <Group gap="xs">
          <Button
            variant="default"
            component="a"
            href={gameApi.statementCsvUrl(season.id, {})}
            download
            leftSection={<IconDownload size={18} />}
            data-testid="statement-export"
          >
            {t('game.statement.export')}
          </Button>
          {season.can.seeStatements && (
            <Button
              leftSection={<IconCash size={18} />}
              onClick={pay}
              loading={payout.isPending}
              disabled={s.total.due === 0}
              data-testid="statement-payout"
            >
              {t('game.statement.payout')}
            </Button>
          )}
        </Group>
      </Group>
      {s.lines.length === 0 ? (
        <EmptyState
          icon={<IconCash size={32} stroke={1.5} />}
          title={t('game.statement.empty')}
          description={t('game.statement.emptyText')}
          framed={false}
        />
      ) : (
        <>
          {s.people.length > 1 && (
            <Paper withBorder radius="md">
              <Table data-testid="statement-people">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('game.statement.person')}</Table.Th>
                    <Table.Th ta="right">{t('game.statement.earned')}</Table.Th>
                    <Table.Th ta="right">{t('game.statement.paid')}</Table.Th>
                    <Table.Th ta="right">{t('game.statement.due')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {s.people.map((p) => (
                    <Table.Tr key={p.userId}>
                      <Table.Td>{p.name}</Table.Td>
                      <Table.Td ta="right">{money(p.earned)}</Table.Td>
                      <Table.Td ta="right">{money(p.paid)}</Table.Td>
                      <Table.Td ta="right">{money(p.due)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Paper>
          )}
          <Paper withBorder radius="md" style={{ overflowX: 'auto' }}>
            <Table data-testid="statement-lines">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('game.statement.date')}</Table.Th>
                  <Table.Th>{t('game.statement.person')}</Table.Th>
                  <Table.Th>{t('game.statement.why')}</Table.Th>
                  <Table.Th ta="right">{t('game.statement.basis')}</Table.Th>
                  <Table.Th ta="right">{t('game.statement.amount')}</Table.Th>
                  <Table.Th ta="right">{t('game.statement.paid')}</Table.Th>
                  <Table.Th ta="right">{t('game.statement.due')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {s.lines.map((l) => {
                  const to = sourceLink(l.source);
                  return (
                    <Table.Tr key={l.key} data-testid="statement-line">
                      <Table.Td>{l.at ? format.date(l.at) : '—'}</Table.Td>
                      <Table.Td>{l.personName}</Table.Td>
                      <Table.Td>
                        {l.kind ? t(`game.statement.kinds.${l.kind}`) : l.ruleId}
                        {l.label && (
                          <>
                            {' · '}
                            {to ? (
                              <Anchor component={Link} to={to} inherit underline="always">
                                {l.label}
                              </Anchor>
                            ) : (
                              l.label
                            )}
                          </>
                        )}
                        {l.adjustment && (
                          <Badge ml="xs" size="sm" color="orange" variant="light">
                            {l.source ? t('game.statement.adjustment') : t('game.statement.gone')}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td ta="right">{l.basis !== null ? money(l.basis) : ''}</Table.Td>
                      <Table.Td ta="right">{money(l.amount)}</Table.Td>
                      <Table.Td ta="right">{money(l.paid)}</Table.Td>
                      <Table.Td ta="right" data-testid="line-due">
                        <Text span inherit c={l.due < 0 ? 'red' : undefined}>
                          {money(l.due)}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Paper>
        </>
      )}
    </Stack>
  );
}
