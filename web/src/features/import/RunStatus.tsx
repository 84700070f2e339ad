import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportRun } from './api';

const colors = { running: 'blue', succeeded: 'teal', partial: 'yellow', failed: 'red' } as const;

/** Running / imported / partly imported / failed, and "dry run" when nothing was saved. */
export function RunStatus({ run }: { run: Pick<ImportRun, 'status' | 'dryRun'> }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={colors[run.status]} data-testid="import-status">
      {t(`imports.status.${run.status}`)}
      {run.dryRun ? ` · ${t('imports.status.dryRun')}` : ''}
    </Badge>
  );
}
