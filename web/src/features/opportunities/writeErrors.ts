import type { TFunction } from 'i18next';
import { ApiError, isApiError } from '../../shared/api/errors';
import { errorMessage } from '../../shared/i18n/errorMessage';

/** The fields a stage gate found missing (`422 stage_gate_unmet` with `details.missing`), or null. */
export function missingFields(error: unknown): string[] | null {
  if (!(error instanceof ApiError) || error.code !== 'stage_gate_unmet') return null;
  const missing = (error.details as { missing?: unknown } | undefined)?.missing;
  return Array.isArray(missing) ? missing.filter((m): m is string => typeof m === 'string') : [];
}

/** A write's failure in words: "someone else changed this" for a stale version. */
export function writeErrorMessage(error: unknown, t: TFunction): string {
  if (isApiError(error, 'version_conflict')) return t('pipeline.conflict');
  return errorMessage(error, t);
}
