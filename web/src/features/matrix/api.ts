import type { z } from 'zod';
import type { Industries } from '@contract/accounts';
import type { IndustryCode } from '@domain/industries';
import type { CellState, MarkCell, Matrix } from '@contract/matrix';
import { api, urlOf } from '../../shared/api/client';
import type { AccountSize, AccountStatus } from '../../shared/domain/vocabulary';

export type { CellState, Matrix };
export type CellMark = z.input<typeof MarkCell>;
export type MatrixProduct = Matrix['products'][number];

export const matrixSorts = ['name', 'whitespace', 'owned'] as const;
export type MatrixSort = (typeof matrixSorts)[number];

/** The matrix's filters as the API takes them (`GET /api/matrix`). */
export interface MatrixFilter {
  q?: string;
  marketId?: string;
  salesGroupId?: string;
  industry?: IndustryCode;
  size?: AccountSize;
  ownerId?: string;
  status?: AccountStatus;
  rollup?: 'true';
  sort: MatrixSort;
  page: number;
  pageSize: number;
}

export const matrixApi = {
  page: (filter: MatrixFilter, signal?: AbortSignal) => api.get<Matrix>('/api/matrix', { ...filter }, signal),
  /** The filtered matrix as CSV: a link, so that the browser downloads it. */
  exportUrl: ({ page: _p, pageSize: _s, ...filter }: MatrixFilter) => urlOf('/api/matrix/export.csv', { ...filter }),
  mark: (mark: CellMark) => api.put<{ ok: true }>('/api/matrix/cells', mark),
  industries: (signal?: AbortSignal) => api.get<z.infer<typeof Industries>>('/api/accounts/industries', undefined, signal),
};
