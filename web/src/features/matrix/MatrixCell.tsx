import { Menu, Popover, Text } from '@mantine/core';
import { IconArrowsExchange, IconBan, IconBuildingStore, IconBulb, IconEraser, IconPlus } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CellState } from './api';
import { AnchorAt } from '../../shared/ui/AnchorAt';
import { CellGlyph } from './CellGlyph';
import { isMarkable, type CellRef } from './matrixModel';
import classes from './MatrixGrid.module.css';

export type CellAction = 'potential' | 'not_relevant' | 'clear';

/** What the signed-in user may do from a cell (the server still decides). */
export interface CellAbilities {
  /** A handoff can go to another group than one's own. */
  giveHandoff: (salesGroupId: string) => boolean;
  openOpportunity: boolean;
  mark: boolean;
}

/** A cell the user points at or opened: what it is, and the button on screen. */
export interface ActiveCell extends CellRef {
  salesGroupId: string;
  state: CellState;
  by: string | null;
  reason: string | null;
  element: HTMLElement;
}

interface CellProps {
  /** What a screen reader says: account, product and state, in the reader's language. */
  label: string;
  productId: string;
  state: CellState;
}

/**
 * One account × product: its state in colour and icon. A page of the matrix has thousands of
 * them, so a cell is a plain button with no hooks, its label made by the grid; the grid shows one
 * hint and one menu for the cell in use (`CellHint`, `CellMenu`) instead of each cell carrying its own.
 */
export const MatrixCell = memo(function MatrixCell({ label, productId, state }: CellProps) {
  return (
    <button
      type="button"
      className={classes.cellButton}
      aria-label={label}
      aria-haspopup="menu"
      data-testid="matrix-cell"
      data-state={state}
      data-product={productId}
    >
      <CellGlyph state={state} />
    </button>
  );
});

/** On hover: the cell's state, who sells it or marked it, and why. */
export function CellHint({ cell }: { cell: ActiveCell | null }) {
  const { t } = useTranslation();
  if (!cell) return null;
  const { state, by, reason } = cell;
  return (
    <Popover opened position="top" withArrow withRoles={false} trapFocus={false} returnFocus={false} shadow="sm">
      <AnchorAt element={cell.element} />
      <Popover.Dropdown role="tooltip" p={6} maw={260} style={{ pointerEvents: 'none' }} data-testid="matrix-cell-hint">
        {state === 'empty' ? (
          <Text size="xs">{t('crossSelling.matrix.emptyHint')}</Text>
        ) : (
          <>
            <Text size="xs" fw={600}>
              {t(`crossSelling.matrix.states.${state}`)}
            </Text>
            {by && <Text size="xs">{t(`crossSelling.matrix.by.${state}`, { name: by })}</Text>}
            {reason && <Text size="xs">{t('crossSelling.matrix.reason', { reason })}</Text>}
          </>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}

interface MenuProps {
  cell: ActiveCell | null;
  abilities: CellAbilities;
  onAction: (action: CellAction, cell: CellRef) => void;
  onClose: () => void;
}

/**
 * On a click: the next steps for the cell — pass a handoff, open an opportunity, mark as potential or
 * not relevant, clear a mark, open the account. Focus goes back to the cell when it closes.
 */
export function CellMenu({ cell, abilities, onAction, onClose }: MenuProps) {
  const { t } = useTranslation();
  if (!cell) return null;
  const { accountId, accountName, productId, productName, salesGroupId, state } = cell;
  const markable = abilities.mark && isMarkable(state);
  const marked = state === 'potential' || state === 'not_relevant';
  const white = isMarkable(state);
  const query = `accountId=${accountId}&productId=${productId}`;
  const act = (action: CellAction) => () => onAction(action, { accountId, accountName, productId, productName });

  return (
    <Menu opened onChange={(opened) => !opened && onClose()} position="bottom-start" shadow="md" withinPortal>
      <AnchorAt element={cell.element} />
      <Menu.Dropdown
        data-testid="matrix-cell-menu"
        // named by its cell (its label points at no target: the menu is anchored at the cell by hand)
        aria-labelledby={undefined}
        aria-label={`${accountName} — ${productName}`}
      >
        <Menu.Label>
          {accountName} — {productName}
        </Menu.Label>
        {white && abilities.giveHandoff(salesGroupId) && (
          <Menu.Item
            component={Link}
            to={`/cross-selling/new?${query}`}
            leftSection={<IconArrowsExchange size={16} />}
            data-testid="cell-pass-tip"
          >
            {t('crossSelling.matrix.menu.passTip')}
          </Menu.Item>
        )}
        {white && abilities.openOpportunity && (
          <Menu.Item
            component={Link}
            to={`/pipeline/new?${query}`}
            leftSection={<IconPlus size={16} />}
            data-testid="cell-open-opportunity"
          >
            {t('crossSelling.matrix.menu.openOpportunity')}
          </Menu.Item>
        )}
        {markable && state !== 'potential' && (
          <Menu.Item leftSection={<IconBulb size={16} />} onClick={act('potential')} data-testid="cell-mark-potential">
            {t('crossSelling.matrix.menu.markPotential')}
          </Menu.Item>
        )}
        {markable && state !== 'not_relevant' && (
          <Menu.Item leftSection={<IconBan size={16} />} onClick={act('not_relevant')} data-testid="cell-mark-not-relevant">
            {t('crossSelling.matrix.menu.notRelevant')}
          </Menu.Item>
        )}
        {markable && marked && (
          <Menu.Item leftSection={<IconEraser size={16} />} onClick={act('clear')} data-testid="cell-clear">
            {t('crossSelling.matrix.menu.clear')}
          </Menu.Item>
        )}
        <Menu.Item component={Link} to={`/accounts/${accountId}`} leftSection={<IconBuildingStore size={16} />}>
          {t('crossSelling.matrix.menu.openAccount')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
