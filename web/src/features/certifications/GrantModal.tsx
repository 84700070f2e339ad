import { Alert, Button, Group, Modal, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { GrantCertification } from '@contract/certifications';
import type { CertificationSource } from '@domain/certifications';
import type { IndustryCode } from '@domain/industries';
import { isApiError } from '../../shared/api/errors';
import { useSchemaForm } from '../../shared/forms/useSchemaForm';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { DateField } from '../../shared/ui/DateField';
import { IndustrySelect } from '../../shared/ui/IndustrySelect';
import { notify } from '../../shared/ui/notify';
import { useFormat } from '../../shared/format/useFormat';
import { useCertificationWrites } from './queries';

interface Values extends Record<string, unknown> {
  industry: IndustryCode | null;
  grantedOn: string;
  expiresOn: string;
  source: CertificationSource;
  note: string;
}

/** A leader certifies a seller in an industry: after an exam, or recorded from outside; a day, and an expiry or none. */
export function GrantModal({ seller, opened, onClose }: { seller: { id: string; name: string }; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { grant } = useCertificationWrites(seller.id);
  const initialValues: Values = {
    industry: null,
    grantedOn: new Date().toISOString().slice(0, 10),
    expiresOn: '',
    source: 'exam',
    note: '',
  };
  const form = useSchemaForm({
    initialValues,
    schema: GrantCertification,
    toInput: (v: Values) => ({ ...v, expiresOn: v.expiresOn || null }),
    messages: { expiresOn: t('certifications.expiryAfterGrant') },
  });
  const close = () => {
    form.reset();
    grant.reset();
    onClose();
  };
  const submit = form.onSubmit((input) =>
    grant.mutate(input, {
      onSuccess: () => {
        notify(t('certifications.granted', { industry: `${input.industry} – ${format.industry(input.industry)}` }));
        close();
      },
      onError: (error) => form.setServerErrors(error),
    }),
  );
  const general = grant.error && !isApiError(grant.error, 'validation_failed') ? errorMessage(grant.error, t) : null;
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('certifications.grantTitle', { name: seller.name })}
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate aria-label={t('certifications.grantTitle', { name: seller.name })}>
        <Stack gap="md">
          {general && (
            <Alert color="red" variant="light" role="alert">
              {general}
            </Alert>
          )}
          <IndustrySelect label={t('certifications.industry')} required {...form.getInputProps('industry')} data-testid="grant-industry" />
          <Group grow align="flex-start">
            <DateField label={t('certifications.grantedOn')} required {...form.getInputProps('grantedOn')} data-testid="grant-granted-on" />
            <DateField
              label={t('certifications.expiresOn')}
              description={t('certifications.noExpiry')}
              clearable
              {...form.getInputProps('expiresOn')}
              data-testid="grant-expires-on"
            />
          </Group>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="grant-source-label">
              {t('certifications.source')}
            </Text>
            <SegmentedControl
              aria-labelledby="grant-source-label"
              data={(['exam', 'external'] as const).map((s) => ({ value: s, label: t(`certifications.sources.${s}`) }))}
              {...form.getInputProps('source')}
            />
          </Stack>
          <Textarea label={t('certifications.note')} autosize minRows={2} {...form.getInputProps('note')} />
          <Text size="xs" c="dimmed">
            {t('certifications.grantHint')}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={grant.isPending} data-testid="grant-submit">
              {t('certifications.grant')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
