import { IconChartBar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../../shared/ui/ComingSoon';

export function InsightsPage() {
  const { t } = useTranslation();
  return (
    <ComingSoon
      testId="insights-page"
      pageTitle={t('nav.insights')}
      icon={<IconChartBar size={32} stroke={1.5} />}
      title={t('areas.insights.title')}
      description={t('areas.insights.text')}
    />
  );
}
