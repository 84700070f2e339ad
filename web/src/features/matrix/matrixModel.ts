import type { CellMark, CellState, Matrix, MatrixProduct } from './api';

/** A cell named for people: which customer and which product. */
export interface CellRef {
  accountId: string;
  accountName: string;
  productId: string;
  productName: string;
}

export const cellStates = ['owned', 'pipeline', 'potential', 'not_relevant', 'empty'] as const satisfies readonly CellState[];

/** What a seller may do with a cell: marks go on white space only (owned and pipeline are facts from opportunities). */
export const isMarkable = (state: CellState) => state === 'empty' || state === 'potential' || state === 'not_relevant';

/** The matrix's columns grouped under their sales group, in the server's order. */
export function productGroups(products: MatrixProduct[]): { id: string; name: string; products: MatrixProduct[] }[] {
  const groups: { id: string; name: string; products: MatrixProduct[] }[] = [];
  for (const p of products) {
    const last = groups.at(-1);
    if (last && last.id === p.salesGroupId) last.products.push(p);
    else groups.push({ id: p.salesGroupId, name: p.salesGroupName, products: [p] });
  }
  return groups;
}

/**
 * The matrix as it will be once a mark is saved (for an optimistic update): only white-space cells
 * change, by the one who marked; the row's counts follow when the server answers.
 */
export function withMark(matrix: Matrix, mark: CellMark, by: string): Matrix {
  return {
    ...matrix,
    rows: matrix.rows.map((row) =>
      row.account.id !== mark.accountId
        ? row
        : {
            ...row,
            cells: row.cells.map((cell) =>
              cell.productId !== mark.productId || !isMarkable(cell.state)
                ? cell
                : mark.state === null
                  ? { ...cell, state: 'empty', by: null, reason: null }
                  : { ...cell, state: mark.state, by, reason: mark.state === 'not_relevant' ? (mark.reason ?? null) : null },
            ),
          },
    ),
  };
}
