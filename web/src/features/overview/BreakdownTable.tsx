import { Anchor, Group, Paper, Progress, Table, Text, Title } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, type To } from 'react-router';
import { useFormat } from '../../shared/format/useFormat';
import type { Overview } from './api';
import { paceColor } from '../../shared/ui/pace';
import { levelParam } from './useOverviewFilter';

interface Props {
  data: Overview;
  /** The link that drills into a row (keeps the other filters). */
  drillHref: (param: 'market' | 'group' | 'seller', id: string) => To;
  regionName: (id: string, fallback: string) => string;
}

/** The level below (markets, then groups, then sellers): the same KPIs side by side, each a link one level down. */
export function BreakdownTable({ data, drillHref, regionName }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const first = data.breakdown[0];
  if (!first) return null;
  const money = (v: number) => format.currency(v, data.reportingCurrency);
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} data-testid="overview-breakdown">
      <Title order={2} fz="lg" fw={600}>
        {t(`overview.breakdown.title.${first.level}`)}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('overview.breakdown.text')}
      </Text>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="sm" fz="sm" striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t(`overview.breakdown.level.${first.level}`)}</Table.Th>
              <Table.Th ta="right">{t('overview.breakdown.volume')}</Table.Th>
              <Table.Th ta="right">{t('overview.breakdown.target')}</Table.Th>
              <Table.Th w={160}>{t('overview.breakdown.progress')}</Table.Th>
              <Table.Th ta="right">{t('overview.breakdown.pipeline')}</Table.Th>
              <Table.Th ta="right">{t('overview.breakdown.winRate')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.breakdown.map((row) => {
              const pace = row.pace;
              const name = row.level === 'market' ? regionName(row.id, row.name) : row.name;
              return (
                <Table.Tr key={row.id} data-testid="breakdown-row" data-id={row.id}>
                  <Table.Td>
                    {row.level === 'company' ? (
                      name
                    ) : (
                      <Anchor component={Link} to={drillHref(levelParam[row.level], row.id)} fw={500} data-testid="drill-down">
                        <Group gap={4} wrap="nowrap">
                          {name}
                          <IconChevronRight size={14} />
                        </Group>
                      </Anchor>
                    )}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {money(row.volume)}
                  </Table.Td>
                  <Table.Td ta="right" c={row.target === null ? 'dimmed' : undefined} style={{ whiteSpace: 'nowrap' }}>
                    {row.target === null ? '—' : money(row.target)}
                  </Table.Td>
                  <Table.Td>
                    {row.progress === null || pace === null ? (
                      <Text size="xs" c="dimmed">
                        {t('overview.volume.noTarget')}
                      </Text>
                    ) : (
                      <Group gap="xs" wrap="nowrap">
                        <Progress
                          value={Math.min(100, row.progress * 100)}
                          color={paceColor[pace]}
                          size="sm"
                          style={{ flex: 1 }}
                          aria-label={t('overview.volume.ofTarget', {
                            progress: format.percent(row.progress),
                            target: money(row.target ?? 0),
                          })}
                        />
                        <Text size="xs" fw={600} c={paceColor[pace]}>
                          {format.percent(row.progress)}
                        </Text>
                      </Group>
                    )}
                  </Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {money(row.pipeline)}
                  </Table.Td>
                  <Table.Td ta="right">{row.winRate === null ? '—' : format.percent(row.winRate)}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
