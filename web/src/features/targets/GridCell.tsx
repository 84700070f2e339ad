import { Table, Text, Tooltip } from '@mantine/core';
import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Edit } from './edits';

interface Props {
  value: number | null;
  edit: Edit | undefined;
  rejected: boolean;
  active: boolean;
  /** The text being typed, when this cell is being edited. */
  editing: string | null;
  position: { row: number; col: number };
  testAttrs: { row: string; channel: string };
  label: string;
  money: (v: number) => string;
  onEditingChange: (text: string) => void;
  onEditorKeyDown: (e: KeyboardEvent<HTMLInputElement>) => void;
  onEditorBlur: () => void;
  onSelect: () => void;
  onStartEdit: () => void;
}

const focusAtEnd = (input: HTMLInputElement | null) => {
  if (!input || document.activeElement === input) return;
  input.focus();
  input.setSelectionRange(input.value.length, input.value.length);
};

/** One editable amount: shows the value (pending ones tinted, unreadable ones in red) or, while edited, an input. */
export function GridCell(props: Props) {
  const { t } = useTranslation();
  const { value, edit, rejected, active, editing } = props;
  // a click edits the active cell only when the grid already had it focused (not a click that just enters the grid)
  const focusedBefore = useRef(false);
  const invalid = !!edit && 'invalid' in edit;
  const background = invalid || rejected ? 'var(--mantine-color-red-light)' : edit ? 'var(--mantine-color-yellow-light)' : undefined;
  const problem = invalid ? t('targets.grid.notAnAmount') : rejected ? t('targets.grid.rejected') : null;

  const shown = invalid && edit && 'invalid' in edit ? edit.invalid : value === null ? '—' : props.money(value);
  const content =
    editing !== null ? (
      <input
        ref={focusAtEnd}
        value={editing}
        inputMode="decimal"
        aria-label={props.label}
        onChange={(e) => props.onEditingChange(e.currentTarget.value)}
        onKeyDown={props.onEditorKeyDown}
        onBlur={props.onEditorBlur}
        data-testid="target-cell-input"
        style={{
          width: '100%',
          font: 'inherit',
          textAlign: 'right',
          border: 0,
          outline: 'none',
          background: 'transparent',
          color: 'inherit',
          padding: 0,
        }}
      />
    ) : (
      <Text component="span" size="sm" c={invalid ? 'red' : value === null ? 'dimmed' : undefined} style={{ whiteSpace: 'nowrap' }}>
        {shown}
      </Text>
    );

  return (
    <Table.Td
      role="gridcell"
      tabIndex={active && editing === null ? 0 : -1}
      aria-selected={active}
      aria-invalid={invalid || rejected || undefined}
      aria-label={editing === null ? `${props.label}: ${shown}` : undefined}
      data-cell={`${props.position.row}:${props.position.col}`}
      data-testid="target-cell"
      data-row={props.testAttrs.row}
      data-channel={props.testAttrs.channel}
      data-pending={edit ? 'true' : undefined}
      ta="right"
      onMouseDown={(e) => {
        focusedBefore.current = document.activeElement === e.currentTarget;
      }}
      onClick={() => (active && focusedBefore.current ? props.onStartEdit() : props.onSelect())}
      onDoubleClick={props.onStartEdit}
      style={{
        cursor: 'cell',
        background,
        minWidth: '8.5rem',
        fontVariantNumeric: 'tabular-nums',
        outline: active ? '2px solid var(--mantine-primary-color-filled)' : undefined,
        outlineOffset: -2,
      }}
    >
      {problem ? (
        <Tooltip label={problem} withArrow>
          <span>{content}</span>
        </Tooltip>
      ) : (
        content
      )}
    </Table.Td>
  );
}
