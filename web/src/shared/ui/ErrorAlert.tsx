import { Alert, Button } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n/errorMessage';

interface Props {
  error: unknown;
  /** Offer "Try again" (e.g. a query's refetch). */
  onRetry?: () => void;
  title?: string;
}

/** An error from the API, translated, with a way to try again. */
export function ErrorAlert({ error, onRetry, title }: Props) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={title ?? t('errors.title')} role="alert">
      {errorMessage(error, t)}
      {onRetry && (
        <Button variant="subtle" color="red" size="compact-sm" ml="xs" onClick={onRetry}>
          {t('common.tryAgain')}
        </Button>
      )}
    </Alert>
  );
}
