import { IconBan, IconBulb, IconCheck, IconProgress, type Icon } from '@tabler/icons-react';
import type { CSSProperties } from 'react';
import type { CellState } from './api';
import classes from './MatrixGrid.module.css';

/** How each state looks: colour and icon together, so that it reads without colour too. */
const looks: Record<CellState, { color: string; icon: Icon | null; filled: boolean }> = {
  owned: { color: 'teal', icon: IconCheck, filled: true },
  pipeline: { color: 'blue', icon: IconProgress, filled: false },
  potential: { color: 'yellow', icon: IconBulb, filled: false },
  not_relevant: { color: 'gray', icon: IconBan, filled: false },
  empty: { color: 'gray', icon: null, filled: false },
};

function glyphStyle(state: CellState): CSSProperties {
  const { color, filled } = looks[state];
  if (state === 'empty') return {};
  return filled
    ? { background: `var(--mantine-color-${color}-filled)`, color: 'var(--mantine-color-white)' }
    : { background: `var(--mantine-color-${color}-light)`, color: `var(--mantine-color-${color}-light-color)` };
}

/** A cell's state as a small coloured square with its icon (the legend uses the same). */
export function CellGlyph({ state }: { state: CellState }) {
  const GlyphIcon = looks[state].icon;
  return (
    <span className={classes.glyph} data-state={state} style={glyphStyle(state)} aria-hidden>
      {GlyphIcon && <GlyphIcon size={16} stroke={2} />}
    </span>
  );
}
