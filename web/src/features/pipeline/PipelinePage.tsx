import { IconChartFunnel } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../../shared/ui/ComingSoon';

export function PipelinePage() {
  const { t } = useTranslation();
  return (
    <ComingSoon
      testId="pipeline-page"
      pageTitle={t('nav.pipeline')}
      icon={<IconChartFunnel size={32} stroke={1.5} />}
      title={t('areas.pipeline.title')}
      description={t('areas.pipeline.text')}
    />
  );
}
