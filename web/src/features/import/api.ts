import type { z } from 'zod';
import type { ImportPreview, ImportRun, RowErrorItem } from '@contract/imports';
import { api, urlOf } from '../../shared/api/client';
import type { ImportEntity, ImportSource } from '../../shared/domain/vocabulary';

export type Preview = z.infer<typeof ImportPreview>;
export type RowError = z.infer<typeof RowErrorItem>;
export type { ImportRun };
export type Mapping = Record<string, string>;

export interface ImportRequest {
  entity: ImportEntity;
  file: File;
  source?: ImportSource;
  /** Korsa field → file column; only when the person changed the detected mapping. */
  mapping?: Mapping;
  /** For product rows without a sales group. */
  salesGroup?: string;
}

export interface StartOptions {
  mode: 'all' | 'good';
  dryRun: boolean;
}

const queryOf = ({ entity, source, mapping, salesGroup, file }: ImportRequest) => ({
  entity,
  source,
  salesGroup,
  fileName: file.name.slice(0, 200),
  mapping: mapping ? JSON.stringify(mapping) : undefined,
});

export const importsApi = {
  preview: (request: ImportRequest) => api.postFile<Preview>('/api/imports/preview', queryOf(request), request.file, 'text/csv'),
  start: (request: ImportRequest, options: StartOptions) =>
    api.postFile<ImportRun>('/api/imports', { ...queryOf(request), ...options }, request.file, 'text/csv'),
  run: (id: string, signal?: AbortSignal) => api.get<ImportRun>(`/api/imports/${id}`, undefined, signal),
  recent: (signal?: AbortSignal) => api.get<ImportRun[]>('/api/imports', undefined, signal),
  errors: (id: string, signal?: AbortSignal) => api.get<RowError[]>(`/api/imports/${id}/errors`, { limit: 20 }, signal),
  errorReportUrl: (id: string) => urlOf(`/api/imports/${id}/errors.csv`),
};
