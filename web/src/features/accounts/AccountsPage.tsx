import { IconBuildingStore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ComingSoon } from '../../shared/ui/ComingSoon';

export function AccountsPage() {
  const { t } = useTranslation();
  return (
    <ComingSoon
      testId="accounts-page"
      pageTitle={t('nav.accounts')}
      icon={<IconBuildingStore size={32} stroke={1.5} />}
      title={t('areas.accounts.title')}
      description={t('areas.accounts.text')}
    />
  );
}
