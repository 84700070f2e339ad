import type { CellState } from './api';
import classes from './MatrixGrid.module.css';

/**
 * A cell's state as a small coloured square with its icon, so that it reads without colour too (the
 * legend uses the same). Colour and icon come from the stylesheet by `data-state`: a page of the
 * matrix draws thousands of them, and one element each is what keeps it fast.
 */
export function CellGlyph({ state }: { state: CellState }) {
  return <span className={classes.glyph} data-state={state} aria-hidden />;
}
