import { Anchor, Paper, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CertificationList } from '../../shared/certifications/CertificationList';
import { useSellerCertifications } from '../../shared/certifications/api';
import { useSession } from '../../shared/session/session';

/** The signed-in person's own industry certifications (I2), as their leader recorded them. */
export function CertificationsSection() {
  const { t } = useTranslation();
  const me = useSession();
  const query = useSellerCertifications(me.user.id);
  if (!query.data) return null;
  return (
    <Paper withBorder radius="md" p="lg" mt="md" maw={820} data-testid="my-certifications">
      <Title order={2} fz="lg" fw={600} mb="sm">
        <Anchor component={Link} to={`/certifications/${me.user.id}`} inherit>
          {t('certifications.mine')}
        </Anchor>
      </Title>
      <CertificationList items={query.data.items} />
    </Paper>
  );
}
