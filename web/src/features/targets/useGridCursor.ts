import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';

export interface Position {
  row: number;
  col: number;
}

interface Options {
  rows: number;
  cols: number;
  tableRef: RefObject<HTMLTableElement | null>;
  /** Commit what was typed into the cell at a position. */
  commit: (at: Position, text: string) => void;
  /** Clear the cell at a position (Delete). */
  clear: (at: Position) => void;
  /** The text an edit of a cell starts from (F2, double-click). */
  textOf: (at: Position) => string;
}

/**
 * The spreadsheet's cursor: which cell is active and whether it is being edited. Arrows, Enter and Tab
 * move (Tab leaves the grid at its ends); typing starts an edit that overwrites; F2, a double-click or a
 * click on the active cell edit it; Escape cancels; Delete clears.
 */
export function useGridCursor({ rows, cols, tableRef, commit, clear, textOf }: Options) {
  const [active, setActive] = useState<Position>({ row: 0, col: 0 });
  const [editing, setEditing] = useState<string | null>(null);
  const editingRef = useRef<string | null>(null);
  const wantFocus = useRef(false);

  const at: Position = { row: Math.min(active.row, Math.max(0, rows - 1)), col: Math.min(active.col, cols - 1) };

  const setText = useCallback((text: string | null) => {
    editingRef.current = text;
    setEditing(text);
  }, []);

  // Keep keyboard focus on the active cell after a move (but never steal it on the first render).
  useEffect(() => {
    if (!wantFocus.current || editing !== null) return;
    wantFocus.current = false;
    tableRef.current?.querySelector<HTMLElement>(`[data-cell="${at.row}:${at.col}"]`)?.focus();
  });

  const moveTo = (row: number, col: number) => {
    wantFocus.current = true;
    setActive({ row: Math.max(0, Math.min(rows - 1, row)), col: Math.max(0, Math.min(cols - 1, col)) });
  };

  /** Tab's next cell, row by row; null at the ends (the focus leaves the grid). */
  const tabFrom = (p: Position, back: boolean): Position | null => {
    const index = p.row * cols + p.col + (back ? -1 : 1);
    if (index < 0 || index >= rows * cols) return null;
    return { row: Math.floor(index / cols), col: index % cols };
  };

  const finish = () => {
    const text = editingRef.current;
    if (text === null) return;
    setText(null);
    commit(at, text);
  };

  const startEdit = (text?: string) => setText(text ?? textOf(at));

  const select = (p: Position) => {
    if (editingRef.current !== null) finish();
    setActive(p);
  };

  /** Keys on a cell that is not being edited. */
  const onCellKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (editingRef.current !== null || !(e.target instanceof HTMLElement) || !e.target.dataset.cell) return;
    const { row, col } = at;
    switch (e.key) {
      case 'ArrowUp':
        moveTo(row - 1, col);
        break;
      case 'ArrowDown':
        moveTo(row + 1, col);
        break;
      case 'ArrowLeft':
        moveTo(row, col - 1);
        break;
      case 'ArrowRight':
        moveTo(row, col + 1);
        break;
      case 'Enter':
        moveTo(row + (e.shiftKey ? -1 : 1), col);
        break;
      case 'Tab': {
        const next = tabFrom(at, e.shiftKey);
        if (!next) return;
        moveTo(next.row, next.col);
        break;
      }
      case 'Delete':
      case 'Backspace':
        clear(at);
        break;
      case 'F2':
        startEdit();
        break;
      default:
        if (e.key.length !== 1 || e.ctrlKey || e.metaKey || e.altKey) return;
        startEdit(e.key);
    }
    e.preventDefault();
  };

  /** Keys in the input of the cell being edited. */
  const onEditorKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const { row, col } = at;
    const commitAndMove = (next: Position | null) => {
      e.preventDefault();
      e.stopPropagation();
      finish();
      if (next) moveTo(next.row, next.col);
      else wantFocus.current = true;
    };
    switch (e.key) {
      case 'Enter':
        return commitAndMove({ row: row + (e.shiftKey ? -1 : 1), col });
      case 'ArrowUp':
        return commitAndMove({ row: row - 1, col });
      case 'ArrowDown':
        return commitAndMove({ row: row + 1, col });
      case 'Tab':
        return commitAndMove(tabFrom(at, e.shiftKey) ?? at);
      case 'Escape':
        e.preventDefault();
        e.stopPropagation();
        wantFocus.current = true;
        setText(null);
        return;
    }
  };

  return {
    active: at,
    editing,
    select,
    startEdit,
    setEditingText: (text: string) => setText(text),
    /** Leave the input without a key (a click elsewhere): keep what was typed. */
    onEditorBlur: finish,
    stopEditing: () => setText(null),
    onCellKeyDown,
    onEditorKeyDown,
  };
}
