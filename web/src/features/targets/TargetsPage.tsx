import { IconTarget } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../../shared/ui/ComingSoon';

export function TargetsPage() {
  const { t } = useTranslation();
  return (
    <ComingSoon
      testId="targets-page"
      pageTitle={t('nav.targets')}
      icon={<IconTarget size={32} stroke={1.5} />}
      title={t('areas.targets.title')}
      description={t('areas.targets.text')}
    />
  );
}
