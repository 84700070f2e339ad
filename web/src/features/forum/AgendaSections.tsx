import { Anchor, Badge, Box, Group, Paper, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../shared/format/useFormat';
import { GroupBadge } from '../../shared/ui/GroupBadge';
import type { AgendaData } from './api';
import { isOldHandoff as isOld } from '@domain/forum';
import { HandoffStatusBadge } from '../../shared/ui/HandoffStatusBadge';

export function Section({
  title,
  text,
  count,
  testId,
  children,
}: {
  title: string;
  text: string;
  count: number;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} data-testid={testId}>
      <Group gap="xs" align="baseline">
        <Title order={2} fz="lg" fw={600}>
          {title}
        </Title>
        <Badge variant="light" color="gray" circle>
          {count}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {text}
      </Text>
      {children}
    </Paper>
  );
}

export function Nothing({ children }: { children: string }) {
  return (
    <Text size="sm" c="dimmed" fs="italic">
      {children}
    </Text>
  );
}

/** New potential since the last meeting: the cells sellers marked in the product matrix. */
export function NewPotential({ items }: { items: AgendaData['newPotential'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Section
      title={t('crossSelling.forum.agenda.newPotential')}
      text={t('crossSelling.forum.agenda.newPotentialText')}
      count={items.length}
      testId="agenda-new-potential"
    >
      {items.length === 0 ? (
        <Nothing>{t('crossSelling.forum.agenda.noPotential')}</Nothing>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing={6} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('crossSelling.forum.agenda.columns.customer')}</Table.Th>
                <Table.Th>{t('crossSelling.forum.agenda.columns.product')}</Table.Th>
                <Table.Th>{t('crossSelling.forum.agenda.columns.by')}</Table.Th>
                <Table.Th>{t('crossSelling.forum.agenda.columns.when')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((p) => (
                <Table.Tr key={`${p.accountId}-${p.productId}`} data-testid="agenda-potential-row">
                  <Table.Td>
                    <Anchor component={Link} to={`/accounts/${p.accountId}`} size="sm" fw={600}>
                      {p.accountName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{p.productName}</Table.Td>
                  <Table.Td>{p.by ?? '—'}</Table.Td>
                  <Table.Td title={format.dateTime(p.at)}>{format.date(p.at)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Section>
  );
}

type AgendaHandoff = AgendaData['outcomes'][number] & { ageDays?: number };

function HandoffRows({ items, withAge }: { items: AgendaHandoff[]; withAge: boolean }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing={6} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('crossSelling.forum.agenda.columns.customer')}</Table.Th>
            <Table.Th>{t('crossSelling.forum.agenda.columns.from')}</Table.Th>
            <Table.Th>{t('crossSelling.forum.agenda.columns.to')}</Table.Th>
            <Table.Th>{t('crossSelling.forum.agenda.columns.status')}</Table.Th>
            {withAge && <Table.Th ta="right">{t('crossSelling.forum.agenda.columns.age')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((h) => {
            const old = h.ageDays !== undefined && isOld({ ageDays: h.ageDays, overdue: h.overdue });
            return (
              <Table.Tr
                key={h.id}
                data-testid="agenda-handoff-row"
                data-old={old || undefined}
                style={old ? { boxShadow: 'inset 3px 0 0 var(--mantine-color-red-6)' } : undefined}
              >
                <Table.Td>
                  <Anchor component={Link} to={`/cross-selling/handoffs/${h.id}`} size="sm" fw={600}>
                    {h.account.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{h.giver?.name ?? '—'}</Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <GroupBadge size="sm" id={h.toSalesGroup.id} name={h.toSalesGroup.name} style={{ flexShrink: 0 }} />
                    {h.toUser && <Text size="sm">{h.toUser.name}</Text>}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Box w="max-content">
                    <HandoffStatusBadge handoff={h} />
                  </Box>
                  {!withAge && h.statusNote && (
                    <Text size="xs" c="dimmed" mt={2} style={{ overflowWrap: 'anywhere' }}>
                      {h.statusNote}
                    </Text>
                  )}
                </Table.Td>
                {withAge && h.ageDays !== undefined && (
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    <Group gap={6} justify="flex-end" wrap="nowrap">
                      {old && (
                        <Badge size="sm" color="red" variant="light" tt="none" style={{ flexShrink: 0 }}>
                          {t('crossSelling.forum.agenda.old')}
                        </Badge>
                      )}
                      <Text size="sm" fw={old ? 600 : undefined} c={old ? 'red' : undefined}>
                        {t('crossSelling.forum.agenda.days', { count: h.ageDays })}
                      </Text>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Handoffs still waiting for an answer or a report, the oldest first, old ones marked. */
export function InProgress({ items }: { items: AgendaData['inProgress'] }) {
  const { t } = useTranslation();
  const sorted = [...items].sort((a, b) => b.ageDays - a.ageDays);
  return (
    <Section
      title={t('crossSelling.forum.agenda.inProgress')}
      text={t('crossSelling.forum.agenda.inProgressText')}
      count={items.length}
      testId="agenda-in-progress"
    >
      {items.length === 0 ? <Nothing>{t('crossSelling.forum.agenda.noInProgress')}</Nothing> : <HandoffRows items={sorted} withAge />}
    </Section>
  );
}

/** Handoffs answered or reported on since the last meeting, with what became of them. */
export function Outcomes({ items }: { items: AgendaData['outcomes'] }) {
  const { t } = useTranslation();
  return (
    <Section
      title={t('crossSelling.forum.agenda.outcomes')}
      text={t('crossSelling.forum.agenda.outcomesText')}
      count={items.length}
      testId="agenda-outcomes"
    >
      {items.length === 0 ? <Nothing>{t('crossSelling.forum.agenda.noOutcomes')}</Nothing> : <HandoffRows items={items} withAge={false} />}
    </Section>
  );
}

/** The members' give-to-get balance. */
export function GiveToGet({ rows }: { rows: AgendaData['giveToGet'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rate = (v: number | null) => (v === null ? '—' : format.percent(v));
  return (
    <Section
      title={t('crossSelling.forum.agenda.giveToGet')}
      text={t('crossSelling.forum.agenda.giveToGetText')}
      count={rows.length}
      testId="agenda-give-to-get"
    >
      {rows.length === 0 ? (
        <Nothing>{t('crossSelling.forum.agenda.noGiveToGet')}</Nothing>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing={6} fz="sm" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('crossSelling.forum.agenda.columns.name')}</Table.Th>
                <Table.Th ta="right">{t('crossSelling.forum.agenda.columns.given')}</Table.Th>
                <Table.Th ta="right">{t('crossSelling.forum.agenda.columns.received')}</Table.Th>
                <Table.Th ta="right">{t('crossSelling.forum.agenda.columns.answered')}</Table.Th>
                <Table.Th ta="right">{t('crossSelling.forum.agenda.columns.reportedBack')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r, i) => (
                <Table.Tr key={`${r.name ?? ''}-${i}`}>
                  <Table.Td>{r.name ?? t('crossSelling.ledger.unknown')}</Table.Td>
                  <Table.Td ta="right">{format.number(r.given)}</Table.Td>
                  <Table.Td ta="right">{format.number(r.received)}</Table.Td>
                  <Table.Td ta="right">{rate(r.responseRate)}</Table.Td>
                  <Table.Td ta="right">{rate(r.feedbackRate)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Section>
  );
}
