import { Anchor, Box, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../shared/format/useFormat';
import { useGroupColor } from '../../shared/org/groupColor';
import type { Matrix } from './api';
import { MatrixCell, type CellAbilities, type CellAction } from './MatrixCell';
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
  const firsts = new Set(groups.map((g) => g.products[0]?.id));
  const totals = new Map(matrix.totals.perProduct.map((p) => [p.productId, p]));

  return (
    <Box className={classes.scroller} style={{ opacity: dimmed ? 0.6 : 1 }} data-testid="matrix-scroller">
      <table className={classes.grid} aria-label={t('crossSelling.matrix.grid')} data-testid="matrix-grid">
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
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.account.id} data-testid="matrix-row" data-account={row.account.id}>
              <th scope="row" className={classes.account}>
                <Anchor component={Link} to={`/accounts/${row.account.id}`} size="sm" fw={600} className={classes.accountName}>
                  {row.account.name}
                </Anchor>
                <Text size="xs" c="dimmed" className={classes.accountName}>
                  {[
                    row.account.marketCode,
                    format.industry(row.account.industry),
                    row.account.subsidiaries > 0 ? t('crossSelling.matrix.subsidiaries', { count: row.account.subsidiaries }) : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
                <Text size="xs" c="dimmed" hiddenFrom="sm" className={classes.accountName}>
                  {t('crossSelling.matrix.rowCounts', { owned: format.number(row.owned), whiteSpace: format.number(row.whiteSpace) })}
                </Text>
              </th>
              <td className={`${classes.count} ${classes.countOwned}`} data-testid="matrix-owned">
                {format.number(row.owned)}
              </td>
              <td className={`${classes.count} ${classes.countWhite}`} data-testid="matrix-white-space">
                {format.number(row.whiteSpace)}
              </td>
              {row.cells.map((cell, i) => {
                const product = matrix.products[i];
                if (!product) return null;
                return (
                  <td key={cell.productId} className={`${classes.cell} ${firsts.has(product.id) ? classes.groupStart : ''}`}>
                    <MatrixCell
                      accountId={row.account.id}
                      accountName={row.account.name}
                      productId={product.id}
                      productName={product.name}
                      salesGroupId={product.salesGroupId}
                      state={cell.state}
                      by={cell.by}
                      reason={cell.reason}
                      abilities={abilities}
                      onAction={onAction}
                    />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </Box>
  );
}
