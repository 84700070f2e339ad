/**
 * The product matrix (D5): what a customer has of each product — owned, in the pipeline, marked as
 * potential or as not relevant, or white space (empty). Sellers set the two marks; the others follow
 * from the customer's holdings and open opportunities.
 */
export const matrixMarks = ['potential', 'not_relevant'] as const;
export type MatrixMark = (typeof matrixMarks)[number];

export const cellStates = ['owned', 'pipeline', ...matrixMarks, 'empty'] as const;
export type CellState = (typeof cellStates)[number];

/** Which state a cell shows when several apply: owning beats the pipeline, which beats a mark. */
export const cellPrecedence: Record<Exclude<CellState, 'empty'>, number> = { owned: 3, pipeline: 2, potential: 1, not_relevant: 1 };
