import { Group, Table, Text, ThemeIcon } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useRef, type ClipboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { notify } from '../../shared/ui/notify';
import type { GridSeller, TargetGridData } from './api';
import { channels } from '@domain/channels';
import { breakable } from '../../shared/ui/channels';
import {
  cellKey,
  currentValue,
  paste,
  savedValue,
  sellerRow,
  setCell,
  type CellKey,
  type ChannelGap,
  type Edits,
  type RowKey,
} from './edits';
import { GridCell } from './GridCell';
import { parseClipboard } from './parseAmount';
import { useGridCursor, type Position } from './useGridCursor';

interface Props {
  grid: TargetGridData;
  /** The sellers on screen (filtered), in order. */
  sellers: GridSeller[];
  edits: Edits;
  gaps: ChannelGap[];
  rejected: ReadonlySet<CellKey>;
  editable: boolean;
  describeSeller: (seller: GridSeller) => string;
  money: (v: number) => string;
  onChange: (edits: Edits) => void;
}

const stickyFirst = { position: 'sticky', left: 0, zIndex: 1, background: 'var(--mantine-color-body)' } as const;

/** The target grid (G4): sellers × channels, like a spreadsheet — then all sellers' sum, the company's targets and the gap. */
export function TargetGridTable({ grid, sellers, edits, gaps, rejected, editable, describeSeller, money, onChange }: Props) {
  const { t } = useTranslation();
  const tableRef = useRef<HTMLTableElement>(null);
  const rows: RowKey[] = [...sellers.map((s) => sellerRow(s.userId)), 'company'];
  const rowAt = (p: Position) => rows[p.row] ?? 'company';
  const channelAt = (p: Position) => channels[p.col] ?? 'renewal';

  const cursor = useGridCursor({
    rows: rows.length,
    cols: channels.length,
    tableRef,
    commit: (p, text) => onChange(setCell(grid, edits, rowAt(p), channelAt(p), text)),
    clear: (p) => onChange(setCell(grid, edits, rowAt(p), channelAt(p), '')),
    textOf: (p) => {
      const edit = edits[cellKey(rowAt(p), channelAt(p))];
      if (edit && 'invalid' in edit) return edit.invalid;
      const v = currentValue(grid, edits, rowAt(p), channelAt(p));
      return v === null ? '' : String(v);
    },
  });

  const onPaste = (e: ClipboardEvent<HTMLTableElement>) => {
    if (!editable) return;
    const text = e.clipboardData.getData('text/plain');
    if (cursor.editing !== null && !/[\t\n]/.test(text.trimEnd())) return; // a value into the input, as usual
    e.preventDefault();
    cursor.stopEditing();
    // a block fills the sellers' rows, or the company's row, never both
    const section = rowAt(cursor.active) === 'company' ? (['company'] as RowKey[]) : rows.slice(0, -1);
    const start = { row: rowAt(cursor.active) === 'company' ? 0 : cursor.active.row, col: cursor.active.col };
    const result = paste(grid, edits, parseClipboard(text), section, start);
    onChange(result.edits);
    const invalid = Object.values(result.edits).filter((edit) => edit && 'invalid' in edit).length;
    notify(t('targets.grid.pasted', { count: result.applied }));
    if (result.outside > 0) notify(t('targets.grid.pastedOutside', { count: result.outside }), 'error');
    if (invalid > 0) notify(t('targets.grid.pastedInvalid', { count: invalid }), 'error');
  };

  const rowTotal = (row: RowKey) => channels.reduce((sum, c) => sum + (currentValue(grid, edits, row, c) ?? 0), 0);
  const allSellers = (c: (typeof channels)[number]) => gaps.find((g) => g.channel === c)?.sellers ?? 0;

  const editableRow = (row: RowKey, rowIndex: number) =>
    channels.map((channel, col) => {
      const key = cellKey(row, channel);
      const isActive = cursor.active.row === rowIndex && cursor.active.col === col;
      const name = row === 'company' ? t('targets.grid.company') : (sellers[rowIndex]?.name ?? '');
      return (
        <GridCell
          key={channel}
          value={currentValue(grid, edits, row, channel)}
          edit={edits[key]}
          rejected={rejected.has(key)}
          active={isActive}
          editing={isActive ? cursor.editing : null}
          position={{ row: rowIndex, col }}
          testAttrs={{ row: row === 'company' ? 'company' : row.slice('seller:'.length), channel }}
          label={t('targets.grid.cellLabel', { name, channel: t(`targets.channels.${channel}`) })}
          money={money}
          onEditingChange={cursor.setEditingText}
          onEditorKeyDown={cursor.onEditorKeyDown}
          onEditorBlur={cursor.onEditorBlur}
          onSelect={() => cursor.select({ row: rowIndex, col })}
          onStartEdit={() => cursor.startEdit()}
        />
      );
    });

  const readOnlyRow = (row: RowKey) =>
    channels.map((channel) => {
      const v = savedValue(grid, row, channel);
      return (
        <Table.Td key={channel} ta="right" c={v === null ? 'dimmed' : undefined} style={{ whiteSpace: 'nowrap' }}>
          {v === null ? '—' : money(v)}
        </Table.Td>
      );
    });

  return (
    <Table.ScrollContainer minWidth={820}>
      <Table
        ref={tableRef}
        role={editable ? 'grid' : undefined}
        aria-label={t('targets.grid.label', { year: grid.year })}
        withTableBorder
        withColumnBorders
        verticalSpacing={6}
        fz="sm"
        onKeyDown={editable ? cursor.onCellKeyDown : undefined}
        onPaste={onPaste}
        data-testid="targets-grid"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th style={stickyFirst}>{t('targets.grid.seller')}</Table.Th>
            {channels.map((c) => (
              <Table.Th key={c} ta="right">
                {breakable(t(`targets.channels.${c}`))}
              </Table.Th>
            ))}
            <Table.Th ta="right">{t('targets.grid.total')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sellers.map((s, i) => (
            <Table.Tr key={s.userId} data-testid="target-row" data-user={s.userId}>
              <Table.Th scope="row" fw={500} style={stickyFirst}>
                <Text size="sm" fw={500} lineClamp={1}>
                  {s.name}
                </Text>
                <Text size="xs" c="dimmed" lineClamp={1}>
                  {describeSeller(s)}
                </Text>
              </Table.Th>
              {editable && s.editable ? editableRow(sellerRow(s.userId), i) : readOnlyRow(sellerRow(s.userId))}
              <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }}>
                {money(rowTotal(sellerRow(s.userId)))}
              </Table.Td>
            </Table.Tr>
          ))}
          {sellers.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={channels.length + 2}>
                <Text size="sm" c="dimmed" ta="center" py="md">
                  {t('targets.grid.noSellers')}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr bg="var(--mantine-color-default-hover)">
            <Table.Th scope="row" style={stickyFirst}>
              {t('targets.grid.allSellers')}
            </Table.Th>
            {channels.map((c) => (
              <Table.Td key={c} ta="right" fw={600} style={{ whiteSpace: 'nowrap' }} data-testid={`targets-sum-${c}`}>
                {money(allSellers(c))}
              </Table.Td>
            ))}
            <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }}>
              {money(channels.reduce((s, c) => s + allSellers(c), 0))}
            </Table.Td>
          </Table.Tr>
          <Table.Tr data-testid="target-row" data-user="company">
            <Table.Th scope="row" style={stickyFirst}>
              {t('targets.grid.company')}
            </Table.Th>
            {editable && grid.can.setCompany ? editableRow('company', rows.length - 1) : readOnlyRow('company')}
            <Table.Td ta="right" fw={600} style={{ whiteSpace: 'nowrap' }}>
              {money(rowTotal('company'))}
            </Table.Td>
          </Table.Tr>
          <GapRow gaps={gaps} money={money} />
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

function GapRow({ gaps, money }: { gaps: ChannelGap[]; money: (v: number) => string }) {
  const { t } = useTranslation();
  const total = gaps.reduce((s, g) => s + g.gap, 0);
  return (
    <Table.Tr>
      <Table.Th scope="row" style={stickyFirst}>
        {t('targets.grid.gap')}
      </Table.Th>
      {gaps.map((g) => (
        <Table.Td key={g.channel} ta="right" style={{ whiteSpace: 'nowrap' }} data-testid={`targets-gap-cell-${g.channel}`}>
          {g.gap > 0 ? (
            <Text span size="sm" fw={650} c="red">
              −{money(g.gap)}
            </Text>
          ) : (
            <Group gap={4} justify="flex-end" wrap="nowrap">
              <ThemeIcon size={18} radius="xl" color="teal" variant="light" aria-hidden>
                <IconCheck size={12} />
              </ThemeIcon>
              <Text span size="sm" c="teal">
                {t('targets.gap.closedShort')}
              </Text>
            </Group>
          )}
        </Table.Td>
      ))}
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        {total > 0 ? (
          <Text span size="sm" fw={650} c="red">
            −{money(total)}
          </Text>
        ) : (
          '✓'
        )}
      </Table.Td>
    </Table.Tr>
  );
}
