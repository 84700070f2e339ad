import { Button, Paper } from '@mantine/core';
import { IconCertificate } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Certification } from '@contract/certifications';
import { CertificationList } from '../../shared/certifications/CertificationList';
import { useSellerCertifications } from '../../shared/certifications/api';
import { useFormat } from '../../shared/format/useFormat';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { notify } from '../../shared/ui/notify';
import { PageHeader } from '../../shared/ui/PageHeader';
import { QueryState } from '../../shared/ui/PageState';
import { GrantModal } from './GrantModal';
import { useCertificationWrites } from './queries';

/** A seller's profile of industry knowledge: their certifications; their leader certifies and revokes here. */
export default function SellerCertificationsPage() {
  const { sellerId = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const query = useSellerCertifications(sellerId);
  const { revoke } = useCertificationWrites(sellerId);
  const [granting, setGranting] = useState(false);
  const [revoking, setRevoking] = useState<Certification | null>(null);
  if (query.error || !query.data)
    return (
      <QueryState
        query={query}
        notFound={{
          icon: <IconCertificate size={28} />,
          title: t('certifications.title'),
          description: t('certifications.notFound'),
          back: { to: '/certifications', label: t('certifications.coverage.title') },
        }}
      />
    );
  const view = query.data;
  const industryOf = (c: Certification) => `${c.industry} – ${format.industry(c.industry)}`;
  return (
    <>
      <PageHeader
        title={t('certifications.titleFor', { name: view.seller.name })}
        description={t('certifications.description')}
        actions={
          view.can.grant && (
            <Button leftSection={<IconCertificate size={16} />} onClick={() => setGranting(true)} data-testid="grant-open">
              {t('certifications.grant')}
            </Button>
          )
        }
      />
      <Paper withBorder radius="md" p="md">
        <CertificationList items={view.items} onRevoke={view.can.grant ? setRevoking : undefined} />
      </Paper>
      {view.can.grant && <GrantModal seller={view.seller} opened={granting} onClose={() => setGranting(false)} />}
      <ConfirmDialog
        opened={revoking !== null}
        title={revoking ? t('certifications.revokeTitle', { industry: industryOf(revoking) }) : ''}
        text={t('certifications.revokeText')}
        confirmLabel={t('certifications.revoke')}
        loading={revoke.isPending}
        onClose={() => setRevoking(null)}
        onConfirm={() =>
          revoking &&
          revoke.mutate(revoking.id, {
            onSuccess: () => {
              notify(t('certifications.revoked'));
              setRevoking(null);
            },
          })
        }
        testId="certification-revoke-confirm"
      />
    </>
  );
}
