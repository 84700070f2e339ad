import { Button } from '@mantine/core';
import { IconMapSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../shared/ui/EmptyState';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <EmptyState
      icon={<IconMapSearch size={32} stroke={1.5} />}
      title={t('notFound.title')}
      description={t('notFound.text')}
      actions={
        <Button component={Link} to="/" variant="light">
          {t('notFound.back')}
        </Button>
      }
    />
  );
}
