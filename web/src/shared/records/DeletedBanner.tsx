import { Alert, Button } from '@mantine/core';
import { IconTrashX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isRestorable, restorableUntil } from '@domain/records';
import { useFormat } from '../format/useFormat';

interface Props {
  deletedAt: string;
  /** Shown when the viewer may restore it (the record's `can.delete`). */
  onRestore?: () => void;
  restoring?: boolean;
}

/** A deleted record's page: when it was deleted, until when it can come back, and the way back. */
export function DeletedBanner({ deletedAt, onRestore, restoring }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const at = new Date(deletedAt);
  const restorable = isRestorable(at, new Date());
  return (
    <Alert color="red" variant="light" icon={<IconTrashX size={18} />} data-testid="deleted-banner">
      {restorable
        ? t('records.deletedBanner', { when: format.relative(deletedAt), date: format.date(restorableUntil(at).toISOString()) })
        : t('records.deletedExpired', { when: format.relative(deletedAt) })}
      {restorable && onRestore && (
        <Button size="xs" ml="md" variant="filled" color="red" onClick={onRestore} loading={restoring} data-testid="restore">
          {t('records.restore')}
        </Button>
      )}
    </Alert>
  );
}
