import type { TFunction } from 'i18next';
import { ApiError } from '../../shared/api/errors';
import { errorMessage } from '../../shared/i18n/errorMessage';

/**
 * A message for a failed settings write: the codes these pages meet, translated; another refusal
 * (4xx) in the server's own words rather than "something went wrong"; anything else as usual.
 */
export function settingsError(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.code === 'stage_in_use') return t('settings.errors.stageInUse');
    if (error.code === 'stage_in_history') return t('settings.errors.stageInHistory');
    if (error.code === 'already_exists') return t('settings.errors.alreadyExists');
    const generic = errorMessage(error, t);
    if (error.status >= 400 && error.status < 500 && generic === t('errors.unknown')) return error.message;
    return generic;
  }
  return errorMessage(error, t);
}

/**
 * The server's field issues by field name: `body.passiveAfterMonths` → `passiveAfterMonths`, and
 * `body.stages.2.name` → `stages.2.name`.
 */
export function issuesByField(error: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (!(error instanceof ApiError)) return out;
  for (const issue of error.fieldIssues) {
    const field = issue.path.replace(/^body\.?/, '');
    if (field && !out.has(field)) out.set(field, issue.message);
  }
  return out;
}
