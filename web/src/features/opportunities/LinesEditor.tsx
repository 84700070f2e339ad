import { ActionIcon, Button, Checkbox, Group, NumberInput, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { committedMonths, lineAmount } from '@domain/pipeline/money';
import { useFormat } from '../../shared/format/useFormat';
import { notify } from '../../shared/ui/notify';
import { opportunitiesApi, type LineInput, type OpportunityDetail } from './api';
import { useOpportunityWrite, useProducts } from './queries';
import { writeErrorMessage } from './writeErrors';

type Draft = Omit<LineInput, 'productId'> & { productId: string | null };

const blank: Draft = {
  productId: null,
  quantity: 1,
  unitPrice: 0,
  discountPercent: 0,
  recurring: false,
  contractMonths: null,
  terminableAfterMonths: null,
};

const fromLines = (o: OpportunityDetail): Draft[] =>
  o.lines.map((l) => ({
    productId: l.productId,
    quantity: l.quantity,
    unitPrice: l.unitPrice,
    discountPercent: l.discountPercent,
    recurring: l.recurring,
    contractMonths: l.contractMonths,
    terminableAfterMonths: l.terminableAfterMonths,
  }));

/** Line items (B6): product, quantity, unit price, discount, monthly or one-off and the contract length. */
export function LinesEditor({
  opportunity,
  editable,
  startEditing,
}: {
  opportunity: OpportunityDetail;
  editable: boolean;
  startEditing: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const products = useProducts();
  const [drafts, setDrafts] = useState<Draft[]>(() => fromLines(opportunity));
  const [editing, setEditing] = useState(startEditing && editable);
  const save = useOpportunityWrite((lines: LineInput[]) => opportunitiesApi.putLines(opportunity.id, opportunity.version, lines));

  useEffect(() => {
    if (!editing) setDrafts(fromLines(opportunity));
  }, [opportunity, editing]);
  useEffect(() => {
    if (editing && drafts.length === 0) setDrafts([{ ...blank }]);
  }, [editing, drafts.length]);

  const change = (i: number, patch: Partial<Draft>) => setDrafts((ds) => ds.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  const options = (products.data ?? []).filter((p) => p.active).map((p) => ({ value: p.id, label: p.name }));
  const complete = drafts.filter((d): d is LineInput => !!d.productId);

  const submit = () =>
    save.mutate(complete, {
      onSuccess: () => {
        notify(t('pipeline.lines.saved'));
        setEditing(false);
      },
      onError: (e) => notify(writeErrorMessage(e, t), 'error'),
    });

  return (
    <Paper withBorder radius="md" p="md" data-testid="lines">
      <Group justify="space-between" mb="sm">
        <Title order={2} fz="lg">
          {t('pipeline.lines.title')}
        </Title>
        {editable && !editing && (
          <Button variant="light" size="xs" onClick={() => setEditing(true)} data-testid="edit-lines">
            {t('pipeline.lines.add')}
          </Button>
        )}
      </Group>
      {!editing ? (
        opportunity.lines.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('pipeline.lines.empty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('pipeline.lines.product')}</Table.Th>
                  <Table.Th ta="right">{t('pipeline.lines.quantity')}</Table.Th>
                  <Table.Th ta="right">{t('pipeline.lines.unitPrice')}</Table.Th>
                  <Table.Th ta="right">{t('pipeline.lines.discount')}</Table.Th>
                  <Table.Th>{t('pipeline.lines.months')}</Table.Th>
                  <Table.Th ta="right">{t('pipeline.lines.contractValue')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {opportunity.lines.map((l) => (
                  <Table.Tr key={l.id}>
                    <Table.Td>{l.productName}</Table.Td>
                    <Table.Td ta="right">{format.number(l.quantity)}</Table.Td>
                    <Table.Td ta="right">
                      {l.recurring
                        ? t('pipeline.lines.perMonthAmount', { amount: format.currency(l.unitPrice, opportunity.currency) })
                        : format.currency(l.unitPrice, opportunity.currency)}
                    </Table.Td>
                    <Table.Td ta="right">{l.discountPercent ? format.percent(l.discountPercent / 100) : '—'}</Table.Td>
                    <Table.Td>
                      {l.recurring ? (l.contractMonths ?? 12) : '—'}
                      {l.recurring && l.terminableAfterMonths !== null && (
                        <Text size="xs" c="dimmed">
                          {t('pipeline.lines.terminableNote', { count: l.terminableAfterMonths })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td ta="right" data-testid="line-value">
                      {/* the whole contract, as the deal's value counts it; a monthly line says its month beneath */}
                      {format.currency(l.recurring ? lineAmount(l) * committedMonths(l) : lineAmount(l), opportunity.currency)}
                      <Text size="xs" c="dimmed">
                        {l.recurring
                          ? t('pipeline.lines.perMonthAmount', { amount: format.currency(l.amount, opportunity.currency) })
                          : t('pipeline.lines.oneOff')}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )
      ) : (
        <Stack gap="sm">
          <Text size="xs" c="dimmed">
            {t('pipeline.lines.perMonth')}
          </Text>
          {drafts.map((d, i) => (
            <Group key={i} gap="xs" align="flex-end" wrap="wrap" data-testid="line-row">
              <Select
                label={t('pipeline.lines.product')}
                data={options}
                value={d.productId}
                onChange={(v) => change(i, { productId: v })}
                searchable
                w={220}
                data-testid="line-product"
              />
              <NumberInput
                label={t('pipeline.lines.quantity')}
                value={d.quantity}
                min={0.01}
                onChange={(v) => change(i, { quantity: Number(v) || 1 })}
                w={80}
              />
              <NumberInput
                label={t('pipeline.lines.unitPrice')}
                value={d.unitPrice}
                min={0}
                thousandSeparator=" "
                onChange={(v) => change(i, { unitPrice: Number(v) || 0 })}
                w={130}
                data-testid="line-price"
              />
              <NumberInput
                label={t('pipeline.lines.discount')}
                value={d.discountPercent}
                min={0}
                max={100}
                onChange={(v) => change(i, { discountPercent: Number(v) || 0 })}
                w={100}
              />
              <Checkbox
                label={t('pipeline.lines.recurring')}
                checked={d.recurring}
                onChange={(e) =>
                  change(i, {
                    recurring: e.currentTarget.checked,
                    contractMonths: e.currentTarget.checked ? (d.contractMonths ?? 12) : null,
                  })
                }
                mb={8}
              />
              {d.recurring && (
                <NumberInput
                  label={t('pipeline.lines.months')}
                  value={d.contractMonths ?? 12}
                  min={1}
                  max={240}
                  onChange={(v) => change(i, { contractMonths: Number(v) || null })}
                  w={90}
                />
              )}
              {d.recurring && (
                <NumberInput
                  label={t('pipeline.lines.terminableMonths')}
                  value={d.terminableAfterMonths ?? ''}
                  min={1}
                  max={240}
                  allowDecimal={false}
                  onChange={(v) => change(i, { terminableAfterMonths: v === '' ? null : Number(v) || null })}
                  w={180}
                  data-testid="line-terminable"
                />
              )}
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('pipeline.lines.remove')}
                onClick={() => setDrafts((ds) => ds.filter((_, j) => j !== i))}
                mb={4}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          <Group justify="space-between">
            <Button
              variant="subtle"
              size="xs"
              leftSection={<IconPlus size={14} />}
              onClick={() => setDrafts((ds) => [...ds, { ...blank }])}
            >
              {t('pipeline.lines.add')}
            </Button>
            <Group gap="xs">
              <Button variant="default" size="xs" onClick={() => setEditing(false)}>
                {t('common.cancel')}
              </Button>
              <Button size="xs" onClick={submit} loading={save.isPending} disabled={complete.length === 0} data-testid="save-lines">
                {t('pipeline.lines.save')}
              </Button>
            </Group>
          </Group>
        </Stack>
      )}
    </Paper>
  );
}
