import { Anchor, Box, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../shared/format/useFormat';
import { useGroupColor } from '../../shared/org/groupColor';
import { cellStates } from '@domain/matrix';
import type { CellState, Matrix } from './api';
import { textTemplate } from '../../shared/i18n/textTemplate';
import { CellHint, CellMenu, MatrixCell, type ActiveCell, type CellAbilities, type CellAction } from './MatrixCell';
import classes from './MatrixGrid.module.css';
import { productGroups, type CellRef } from './matrixModel';

interface Props {
  matrix: Matrix;
  abilities: CellAbilities;
  onAction: (action: CellAction, cell: CellRef) => void;
  dimmed: boolean;
}

/**
 * Accounts as rows, products as columns under their sales group with the share of customers owning
 * each: the header rows and the customer column stay in view while the grid scrolls both ways.
 */
export function MatrixGrid({ matrix, abilities, onAction, dimmed }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const groupColor = useGroupColor();
  const groups = productGroups(matrix.products);
  const firsts = useMemo(() => new Set(productGroups(matrix.products).map((g) => g.products[0]?.id)), [matrix.products]);
  const totals = new Map(matrix.totals.perProduct.map((p) => [p.productId, p]));
  const { hint, menu, onMouseOver, onMouseOut, onClick, closeMenu } = useActiveCell(matrix);

  const cellLabel = useMemo(
    () =>
      Object.fromEntries(
        cellStates.map((state) => [
          state,
          textTemplate(['account', 'product'], (m) =>
            t('crossSelling.matrix.cellLabel', { ...m, state: t(`crossSelling.matrix.states.${state}`) }),
          ),
        ]),
      ) as Record<CellState, (names: { account: string; product: string }) => string>,
    [t],
  );
  const meta = useCallback(
    (row: MatrixRowData) =>
      [
        row.account.marketCode,
        format.industry(row.account.industry),
        row.account.subsidiaries > 0 ? t('crossSelling.matrix.subsidiaries', { count: row.account.subsidiaries }) : null,
      ]
        .filter(Boolean)
        .join(' · '),
    [format, t],
  );
  const counts = useCallback(
    (row: MatrixRowData) =>
      t('crossSelling.matrix.rowCounts', { owned: format.number(row.owned), whiteSpace: format.number(row.whiteSpace) }),
    [format, t],
  );

  // A page has up to 100 rows of 40 cells: only the rows in view (and a few around them) are drawn;
  // the rows above and below are one spacer each, so the scroll bar is the whole page's.
  const scroller = useRef<HTMLDivElement>(null);
  const rows = useVirtualizer({
    count: matrix.rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    paddingStart: HEAD_HEIGHT,
    overscan: 6,
    initialRect: { width: 1440, height: 900 },
    getItemKey: (i) => matrix.rows[i]?.account.id ?? i,
  });
  const shown = rows.getVirtualItems();
  const above = (shown[0]?.start ?? HEAD_HEIGHT) - HEAD_HEIGHT;
  const below = rows.getTotalSize() - (shown.at(-1)?.end ?? HEAD_HEIGHT);
  const columns = 3 + matrix.products.length;

  // a row draws again only when its account's data changes (not when a hint or menu opens, nor on scroll)
  const body = (
    <tbody onClick={onClick} onMouseOver={onMouseOver} onMouseOut={onMouseOut}>
      {above > 0 && <Spacer height={above} columns={columns} />}
      {shown.map((item) => {
        const row = matrix.rows[item.index];
        return (
          row && (
            <MatrixRow
              key={item.key}
              row={row}
              index={item.index}
              products={matrix.products}
              firsts={firsts}
              cellLabel={cellLabel}
              meta={meta}
              counts={counts}
              format={format}
              measure={rows.measureElement}
            />
          )
        );
      })}
      {below > 0 && <Spacer height={below} columns={columns} />}
    </tbody>
  );

  return (
    <Box ref={scroller} className={classes.scroller} style={{ opacity: dimmed ? 0.6 : 1 }} data-testid="matrix-scroller">
      <table
        className={classes.grid}
        aria-label={t('crossSelling.matrix.grid')}
        aria-rowcount={HEAD_ROWS + matrix.rows.length}
        data-testid="matrix-grid"
      >
        <thead>
          <tr>
            <th rowSpan={2} className={`${classes.account} ${classes.corner}`} scope="col">
              {t('crossSelling.matrix.columns.account')}
            </th>
            <th rowSpan={2} className={`${classes.count} ${classes.countOwned} ${classes.corner}`} scope="col">
              {t('crossSelling.matrix.columns.owned')}
            </th>
            <th rowSpan={2} className={`${classes.count} ${classes.countWhite} ${classes.corner}`} scope="col">
              {t('crossSelling.matrix.columns.whiteSpace')}
            </th>
            {groups.map((g) => (
              <th
                key={g.id}
                colSpan={g.products.length}
                scope="colgroup"
                className={`${classes.groupHead} ${classes.groupStart}`}
                style={{ color: `var(--mantine-color-${groupColor(g.id)}-light-color)` }}
              >
                <span className={classes.groupName}>{g.name}</span>
              </th>
            ))}
          </tr>
          <tr>
            {matrix.products.map((p) => (
              <th key={p.id} scope="col" className={`${classes.productHead} ${firsts.has(p.id) ? classes.groupStart : ''}`} title={p.name}>
                <span className={classes.productName}>{p.name}</span>
              </th>
            ))}
          </tr>
          <tr>
            <th scope="row" className={`${classes.account} ${classes.penetrationLabel}`}>
              {t('crossSelling.matrix.penetration')}{' '}
              <Text span size="xs" c="dimmed" fw={400} data-testid="matrix-penetration-base">
                {t('crossSelling.matrix.penetrationBase', {
                  count: matrix.totals.accounts,
                  formatted: format.number(matrix.totals.accounts),
                })}
              </Text>
            </th>
            <th className={`${classes.count} ${classes.countOwned} ${classes.penetrationLabel}`} aria-hidden />
            <th className={`${classes.count} ${classes.countWhite} ${classes.penetrationLabel}`} aria-hidden />
            {matrix.products.map((p) => {
              const total = totals.get(p.id);
              return (
                <th
                  key={p.id}
                  className={`${classes.penetration} ${firsts.has(p.id) ? classes.groupStart : ''}`}
                  data-testid="matrix-penetration"
                  title={
                    total &&
                    t('crossSelling.matrix.productTotals', {
                      owned: format.number(total.owned),
                      accounts: format.number(matrix.totals.accounts),
                      pipeline: format.number(total.pipeline),
                      potential: format.number(total.potential),
                    })
                  }
                >
                  {total ? format.percent(total.penetration) : '—'}
                </th>
              );
            })}
          </tr>
        </thead>
        {body}
      </table>
      <CellHint cell={hint} />
      <CellMenu cell={menu} abilities={abilities} onAction={onAction} onClose={closeMenu} />
    </Box>
  );
}

/** The header's height in pixels (three rows: 2 + 9 + 1.75 rem), where the first account row starts. */
const HEAD_HEIGHT = 204;
const HEAD_ROWS = 3;
/** An account row's height before it is measured (two lines beside 2.375 rem cells). */
const ROW_HEIGHT = 46;

/** The rows out of view, as one empty row of their height. */
function Spacer({ height, columns }: { height: number; columns: number }) {
  return (
    <tr aria-hidden style={{ height }} data-testid="matrix-spacer">
      <td colSpan={columns} className={classes.spacer} />
    </tr>
  );
}

type MatrixRowData = Matrix['rows'][number];

interface RowProps {
  row: MatrixRowData;
  index: number;
  products: Matrix['products'];
  firsts: Set<string | undefined>;
  cellLabel: Record<CellState, (names: { account: string; product: string }) => string>;
  meta: (row: MatrixRowData) => string;
  counts: (row: MatrixRowData) => string;
  format: ReturnType<typeof useFormat>;
  measure: (element: Element | null) => void;
}

/** One account: its name and facts, its counts, and a cell per product. */
const MatrixRow = memo(function MatrixRow({ row, index, products, firsts, cellLabel, meta, counts, format, measure }: RowProps) {
  return (
    <tr ref={measure} data-index={index} aria-rowindex={HEAD_ROWS + index + 1} data-testid="matrix-row" data-account={row.account.id}>
      <th scope="row" className={classes.account}>
        <Anchor component={Link} to={`/accounts/${row.account.id}`} size="sm" fw={600} className={classes.accountName}>
          {row.account.name}
        </Anchor>
        <Text size="xs" c="dimmed" className={classes.accountName}>
          {meta(row)}
        </Text>
        <Text size="xs" c="dimmed" hiddenFrom="sm" className={classes.accountName}>
          {counts(row)}
        </Text>
      </th>
      <td className={`${classes.count} ${classes.countOwned}`} data-testid="matrix-owned">
        {format.number(row.owned)}
      </td>
      <td className={`${classes.count} ${classes.countWhite}`} data-testid="matrix-white-space">
        {format.number(row.whiteSpace)}
      </td>
      {row.cells.map((cell, i) => {
        const product = products[i];
        if (!product) return null;
        return (
          <td key={cell.productId} className={`${classes.cell} ${firsts.has(product.id) ? classes.groupStart : ''}`}>
            <MatrixCell
              label={cellLabel[cell.state]({ account: row.account.name, product: product.name })}
              productId={product.id}
              state={cell.state}
            />
          </td>
        );
      })}
    </tr>
  );
});

/** The cell a button event came from, with what the hint and the menu need to know about it. */
function cellOf(matrix: Matrix, target: EventTarget): ActiveCell | null {
  const element = target instanceof Element ? target.closest<HTMLElement>('button[data-product]') : null;
  const accountId = element?.closest<HTMLElement>('tr[data-account]')?.dataset.account;
  if (!element || !accountId) return null;
  const row = matrix.rows.find((r) => r.account.id === accountId);
  const index = matrix.products.findIndex((p) => p.id === element.dataset.product);
  const product = matrix.products[index];
  const cell = row?.cells[index];
  if (!row || !product || !cell) return null;
  return {
    accountId,
    accountName: row.account.name,
    productId: product.id,
    productName: product.name,
    salesGroupId: product.salesGroupId,
    state: cell.state,
    by: cell.by,
    reason: cell.reason,
    element,
  };
}

/** The one cell whose hint shows (after a short hover) and the one whose menu is open. */
function useActiveCell(matrix: Matrix) {
  const [hint, setHint] = useState<ActiveCell | null>(null);
  const [menu, setMenu] = useState<ActiveCell | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const current = useRef(matrix);
  current.current = matrix;
  useEffect(() => () => window.clearTimeout(timer.current), []);
  // a new page or a saved mark: the cells on screen are new ones
  useEffect(() => {
    setHint(null);
    setMenu((m) => (m && m.element.isConnected ? m : null));
  }, [matrix]);

  const onMouseOver = useCallback((e: MouseEvent) => {
    const cell = cellOf(current.current, e.target);
    if (!cell) return;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setHint(cell), 250);
  }, []);
  const onMouseOut = useCallback((e: MouseEvent) => {
    const from = e.target instanceof Element ? e.target.closest('button[data-product]') : null;
    if (from && e.relatedTarget instanceof Node && from.contains(e.relatedTarget)) return;
    window.clearTimeout(timer.current);
    setHint(null);
  }, []);
  const opened = useRef<ActiveCell | null>(null);
  const onClick = useCallback((e: MouseEvent) => {
    const cell = cellOf(current.current, e.target);
    if (!cell) return;
    window.clearTimeout(timer.current);
    setHint(null);
    opened.current = cell;
    setMenu(cell);
  }, []);
  const closeMenu = useCallback(() => {
    const closed = opened.current;
    opened.current = null;
    setMenu(null);
    // back to the cell (Escape, or a mark that keeps the page), unless focus went somewhere else
    window.setTimeout(() => {
      const lost = !document.activeElement || document.activeElement === document.body;
      if (closed?.element.isConnected && lost) closed.element.focus();
    });
  }, []);
  return { hint, menu, onMouseOver, onMouseOut, onClick, closeMenu };
}
