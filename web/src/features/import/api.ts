import type { z } from 'zod';
import type { ImportPreview, ImportRun, RowErrorItem } from '@contract/imports';
import { api, urlOf, type Query } from '../../shared/api/client';
import type { ImportEntity, ImportSource } from '../../shared/domain/vocabulary';

export type Preview = z.infer<typeof ImportPreview>;
export type RowError = z.infer<typeof RowErrorItem>;
export type { ImportRun };
export type Mapping = Record<string, string>;

export interface ImportRequest {
  entity: ImportEntity;
  file: File;
  /** Orders: their lines in a second file, joined with `file` (the orders) on the order id. */
  lines?: File;
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

const queryOf = ({ entity, source, mapping, salesGroup, file, lines }: ImportRequest) => ({
  entity,
  source,
  salesGroup,
  fileName: (lines ? `${file.name} + ${lines.name}` : file.name).slice(0, 200),
  mapping: mapping ? JSON.stringify(mapping) : undefined,
});

/** The file as the body, or the order file and its lines file as a form (the server joins them). */
function send<T>(path: string, request: ImportRequest, query: Query) {
  if (!request.lines) return api.postFile<T>(path, query, request.file, 'text/csv');
  const form = new FormData();
  form.append('file', request.file, request.file.name);
  form.append('lines', request.lines, request.lines.name);
  return api.postForm<T>(path, query, form);
}

export const importsApi = {
  preview: (request: ImportRequest) => send<Preview>('/api/imports/preview', request, queryOf(request)),
  start: (request: ImportRequest, options: StartOptions) => send<ImportRun>('/api/imports', request, { ...queryOf(request), ...options }),
  run: (id: string, signal?: AbortSignal) => api.get<ImportRun>(`/api/imports/${id}`, undefined, signal),
  recent: (signal?: AbortSignal) => api.get<ImportRun[]>('/api/imports', undefined, signal),
  errors: (id: string, signal?: AbortSignal) => api.get<RowError[]>(`/api/imports/${id}/errors`, { limit: 20 }, signal),
  errorReportUrl: (id: string) => urlOf(`/api/imports/${id}/errors.csv`),
};
