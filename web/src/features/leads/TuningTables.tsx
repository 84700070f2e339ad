import { Badge, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format/useFormat';
import type { LeadTuning } from './api';
import { useFitValue } from './useFitValue';

type Param = LeadTuning['parameters'][number]['param'];
export const nowrap = { whiteSpace: 'nowrap' } as const;

interface Column {
  label: string;
  right?: boolean;
}

/** One of the page's sections: a titled, explained table (rows as children). */
export function TableSection(props: {
  id: string;
  title: string;
  help: string;
  minWidth: number;
  testId: string;
  columns: Column[];
  children: ReactNode;
}) {
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={props.id}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={props.id}>
          {props.title}
        </Title>
        <Text size="sm" c="dimmed">
          {props.help}
        </Text>
        <Table.ScrollContainer minWidth={props.minWidth}>
          <Table striped withTableBorder data-testid={props.testId}>
            <Table.Thead>
              <Table.Tr>
                {props.columns.map((c) => (
                  <Table.Th key={c.label} ta={c.right ? 'right' : undefined}>
                    {c.label}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>{props.children}</Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Paper>
  );
}

/** A rate with its interval, or a "too few" mark where the server shows none (no fake precision). */
export function useRate() {
  const { t } = useTranslation();
  const format = useFormat();
  return (rate: number | null, interval: { low: number; high: number } | null) =>
    rate === null ? (
      <Text span size="xs" c="dimmed">
        {t('leads.tuning.tooFew')}
      </Text>
    ) : (
      <>
        {format.percent(rate)}
        {interval && (
          <Text span size="xs" c="dimmed">
            {' '}
            ({format.percent(interval.low)}–{format.percent(interval.high)})
          </Text>
        )}
      </>
    );
}

/** A parameter in words: "Size: Large", "Downloads", "Quiet for a while". */
function useParamText() {
  const { t } = useTranslation();
  const fitValue = useFitValue();
  return (p: Param) =>
    p.type === 'fit'
      ? `${t(`leads.fields.${p.field}`)}: ${fitValue(p.field, p.value)}`
      : p.type === 'behaviour'
        ? t(`leads.behaviour.${p.kind}`)
        : t('leads.tuning.inactive');
}

/** The points the leads suggest beside the configured ones, each adoptable on its own. */
export function SuggestionTable({ r, onAdopt, pending }: { r: LeadTuning; onAdopt: (key: string) => void; pending: string | null }) {
  const { t } = useTranslation();
  const text = useParamText();
  return (
    <TableSection
      id="tuning-suggestions"
      title={t('leads.tuning.suggestionsTitle')}
      help={t('leads.tuning.suggestionsHelp')}
      minWidth={520}
      testId="tuning-suggestions"
      columns={[
        { label: t('leads.tuning.parameter') },
        { label: t('leads.tuning.configured'), right: true },
        { label: t('leads.tuning.suggested'), right: true },
        { label: t('leads.tuning.trainLeads'), right: true },
        ...(r.can.adopt ? [{ label: t('leads.tuning.action') }] : []),
      ]}
    >
      {r.suggestions.map((s) => {
        const differs = s.suggested !== null && s.suggested !== s.configured;
        return (
          <Table.Tr key={s.key} data-key={s.key}>
            <Table.Td>{text(s.param)}</Table.Td>
            <Table.Td ta="right">{s.configured ?? '—'}</Table.Td>
            <Table.Td ta="right" fw={differs ? 600 : undefined}>
              {s.suggested ?? (
                <Text span size="xs" c="dimmed">
                  {t('leads.tuning.tooFew')}
                </Text>
              )}
            </Table.Td>
            <Table.Td ta="right">{s.trainLeads}</Table.Td>
            {r.can.adopt && (
              <Table.Td>
                {differs && (
                  <Button
                    size="compact-xs"
                    variant="light"
                    onClick={() => onAdopt(s.key)}
                    loading={pending === s.key}
                    disabled={pending !== null && pending !== s.key}
                    aria-label={t('leads.tuning.adoptOne', { parameter: text(s.param), points: s.suggested })}
                    data-testid="tuning-adopt"
                  >
                    {t('leads.tuning.adopt')}
                  </Button>
                )}
              </Table.Td>
            )}
          </Table.Tr>
        );
      })}
    </TableSection>
  );
}

/** Each parameter and value: leads, opportunities and wins, the rates with their intervals, lift against the base rate. */
export function ParameterTable({ r }: { r: LeadTuning }) {
  const { t } = useTranslation();
  const text = useParamText();
  const rate = useRate();
  const lift = (l: number | null, i: { low: number; high: number } | null) =>
    l === null ? null : (
      <>
        <Badge size="sm" variant="light" color={i && i.low > 1 ? 'teal' : i && i.high < 1 ? 'red' : 'gray'}>
          {l.toFixed(2)}×
        </Badge>
        {i && (
          <Text span size="xs" c="dimmed">
            {' '}
            ({i.low.toFixed(2)}–{i.high.toFixed(2)})
          </Text>
        )}
      </>
    );
  return (
    <TableSection
      id="tuning-parameters"
      title={t('leads.tuning.parametersTitle')}
      help={t('leads.tuning.parametersHelp', { min: r.minLeads })}
      minWidth={900}
      testId="tuning-parameters"
      columns={[
        { label: t('leads.tuning.parameter') },
        { label: t('leads.tuning.leads'), right: true },
        { label: t('leads.tuning.opportunities'), right: true },
        { label: t('leads.tuning.opportunityRate'), right: true },
        { label: t('leads.tuning.won'), right: true },
        { label: t('leads.tuning.wonRate'), right: true },
        { label: t('leads.tuning.lift') },
        { label: t('leads.tuning.points'), right: true },
      ]}
    >
      {r.parameters.map((p) => (
        <Table.Tr key={p.key} data-key={p.key}>
          <Table.Td>{text(p.param)}</Table.Td>
          <Table.Td ta="right">{p.leads}</Table.Td>
          <Table.Td ta="right">{p.opportunities}</Table.Td>
          <Table.Td ta="right" style={nowrap}>
            {rate(p.opportunityRate, p.interval)}
          </Table.Td>
          <Table.Td ta="right">{p.won}</Table.Td>
          <Table.Td ta="right">{rate(p.wonRate, null)}</Table.Td>
          <Table.Td style={nowrap}>{lift(p.lift, p.liftInterval)}</Table.Td>
          <Table.Td ta="right">{p.points ?? '—'}</Table.Td>
        </Table.Tr>
      ))}
    </TableSection>
  );
}
