import { IconArrowsExchange } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../../shared/ui/ComingSoon';

export function CrossSellingPage() {
  const { t } = useTranslation();
  return (
    <ComingSoon
      testId="cross-selling-page"
      pageTitle={t('nav.crossSelling')}
      icon={<IconArrowsExchange size={32} stroke={1.5} />}
      title={t('areas.crossSelling.title')}
      description={t('areas.crossSelling.text')}
    />
  );
}
