import type { TargetEntryInput, TargetGridData } from './api';
import { channels, type Channel } from '@domain/channels';
import { parseAmount } from './parseAmount';

/**
 * The grid's pending edits, kept apart from what the server has until one Save sends them all:
 * pure functions over plain data, so that typing, pasting and the gap can be tested without a browser.
 */

/** A row of the grid: a seller's targets, or the company's. */
export type RowKey = `seller:${string}` | 'company';
export type CellKey = `${RowKey}|${Channel}`;
/** A pending value (null removes the target), or text that is not an amount. */
export type Edit = { value: number | null } | { invalid: string };
export type Edits = Readonly<Partial<Record<CellKey, Edit>>>;

export const sellerRow = (userId: string): RowKey => `seller:${userId}`;
export const cellKey = (row: RowKey, channel: Channel): CellKey => `${row}|${channel}`;

/** What the server has for a cell. */
export function savedValue(grid: TargetGridData, row: RowKey, channel: Channel): number | null {
  if (row === 'company') return grid.company[channel] ?? null;
  const userId = row.slice('seller:'.length);
  return grid.sellers.find((s) => s.userId === userId)?.targets[channel] ?? null;
}

/** What a cell shows: the pending value if there is one, else the saved one (an invalid edit counts as nothing). */
export function currentValue(grid: TargetGridData, edits: Edits, row: RowKey, channel: Channel): number | null {
  const edit = edits[cellKey(row, channel)];
  if (!edit) return savedValue(grid, row, channel);
  return 'value' in edit ? edit.value : null;
}

/** Type (or paste) text into one cell; an edit back to the saved value is no edit at all. */
/** Whether the viewer may set this row's targets, as the server presented it (`editable`, `can.setCompany`). */
export function rowEditable(grid: TargetGridData, row: RowKey): boolean {
  if (row === 'company') return grid.can.setCompany;
  return grid.sellers.find((s) => sellerRow(s.userId) === row)?.editable ?? false;
}

/** A typed value for a cell (a row the viewer may not set stays as it is). */
export function setCell(grid: TargetGridData, edits: Edits, row: RowKey, channel: Channel, text: string): Edits {
  if (!rowEditable(grid, row)) return edits;
  const key = cellKey(row, channel);
  const parsed = parseAmount(text);
  const next: Partial<Record<CellKey, Edit>> = { ...edits };
  if (!parsed.ok) next[key] = { invalid: text };
  else if (parsed.value === savedValue(grid, row, channel)) delete next[key];
  else next[key] = { value: parsed.value };
  return next;
}

export interface PasteResult {
  edits: Edits;
  /** Cells that took a value (valid or not). */
  applied: number;
  /** Values that fell outside the grid, or on rows the viewer may not set. */
  outside: number;
}

/**
 * A block pasted at a cell: it fills rightwards and downwards over the given rows (those on screen,
 * in their order) and channels; what falls outside is counted, not lost silently.
 */
export function paste(grid: TargetGridData, edits: Edits, block: string[][], rows: readonly RowKey[], at: { row: number; col: number }) {
  let next = edits;
  let applied = 0;
  let outside = 0;
  block.forEach((cells, i) => {
    const row = rows[at.row + i];
    cells.forEach((text, j) => {
      const channel = channels[at.col + j];
      if (!row || !channel || !rowEditable(grid, row)) {
        if (text.trim() !== '') outside++;
        return;
      }
      next = setCell(grid, next, row, channel, text);
      applied++;
    });
  });
  return { edits: next, applied, outside } satisfies PasteResult;
}

/** The pending edits that can be saved, as the API takes them — and how many cannot (not amounts). */
export function entriesOf(edits: Edits): { entries: TargetEntryInput[]; keys: CellKey[]; invalid: number } {
  const entries: TargetEntryInput[] = [];
  const keys: CellKey[] = [];
  let invalid = 0;
  for (const [key, edit] of Object.entries(edits) as [CellKey, Edit][]) {
    if (!('value' in edit)) {
      invalid++;
      continue;
    }
    const [row, channel] = key.split('|') as [RowKey, Channel];
    entries.push(
      row === 'company'
        ? { scope: 'company', channel, amount: edit.value }
        : { scope: 'seller', userId: row.slice('seller:'.length), channel, amount: edit.value },
    );
    keys.push(key);
  }
  return { entries, keys, invalid };
}

export interface ChannelGap {
  channel: Channel;
  company: number;
  sellers: number;
  /** What the sellers' sum lacks of the company target (0 when reached). */
  gap: number;
}

/** The gap per channel with the pending edits counted in — the server's rule: the sum of all sellers against the company target. */
export function gapsOf(grid: TargetGridData, edits: Edits): ChannelGap[] {
  return channels.map((channel) => {
    const company = currentValue(grid, edits, 'company', channel) ?? 0;
    const sellers = grid.sellers.reduce((sum, s) => sum + (currentValue(grid, edits, sellerRow(s.userId), channel) ?? 0), 0);
    return { channel, company, sellers, gap: Math.max(0, Math.round((company - sellers) * 100) / 100) };
  });
}

/** The cells a server validation error names (`body.entries.3.amount` → the fourth entry sent). */
export function rejectedCells(paths: readonly string[], sent: readonly CellKey[]): Set<CellKey> {
  const out = new Set<CellKey>();
  for (const path of paths) {
    const match = /^body\.entries\.(\d+)/.exec(path);
    const key = match ? sent[Number(match[1])] : undefined;
    if (key) out.add(key);
  }
  return out;
}
