import { IconMapSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { NotFound } from '../shared/ui/PageState';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <NotFound
      icon={<IconMapSearch size={32} stroke={1.5} />}
      title={t('notFound.title')}
      description={t('notFound.text')}
      back={{ to: '/', label: t('notFound.back') }}
    />
  );
}
