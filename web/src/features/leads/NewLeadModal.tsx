import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LeadInput } from '@contract/leads';
import type { IndustryCode } from '@domain/industries';
import { leadSources } from '@domain/leads';
import { accountSizes } from '../../shared/domain/vocabulary';
import { useSchemaForm } from '../../shared/forms/useSchemaForm';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { useMarkets } from '../../shared/org/queries';
import { IndustrySelect } from '../../shared/ui/IndustrySelect';
import { notify } from '../../shared/ui/notify';
import { useCreateLead } from './queries';

interface Props {
  opened: boolean;
  onClose: () => void;
}

/** Enter a lead by hand (met at an event, a referral): it is matched and scored on arrival. */
export function NewLeadModal({ opened, onClose }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const markets = useMarkets();
  const create = useCreateLead();
  const form = useSchemaForm({
    initialValues: {
      name: '',
      email: '',
      phone: '',
      company: '',
      orgNumber: '',
      domain: '',
      title: '',
      industry: null as IndustryCode | null,
      size: '',
      marketId: '',
      source: 'event',
      campaign: '',
      message: '',
    },
    schema: LeadInput,
    toInput: (v) => ({ ...v, marketId: v.marketId || null }),
  });
  const close = () => {
    form.reset();
    create.reset();
    onClose();
  };
  const submit = form.onSubmit((input) =>
    create.mutate(input, {
      onSuccess: (lead) => {
        notify(t('leads.form.created', { name: lead.name }));
        close();
        void navigate(`/leads/${lead.id}`);
      },
      onError: (e) => void form.setServerErrors(e),
    }),
  );
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('leads.form.createTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate data-testid="new-lead-form">
        <Stack gap="md">
          {create.error && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(create.error, t)}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('leads.form.name')} {...form.getInputProps('name')} required data-autofocus data-testid="lead-name" />
            <TextInput label={t('leads.form.email')} type="email" {...form.getInputProps('email')} data-testid="lead-email" />
            <TextInput label={t('leads.form.company')} {...form.getInputProps('company')} data-testid="lead-company" />
            <TextInput label={t('leads.form.title')} {...form.getInputProps('title')} data-testid="lead-title" />
            <TextInput label={t('leads.form.phone')} {...form.getInputProps('phone')} />
            <TextInput label={t('leads.form.orgNumber')} {...form.getInputProps('orgNumber')} />
            <TextInput label={t('leads.form.domain')} {...form.getInputProps('domain')} />
            <IndustrySelect label={t('leads.form.industry')} {...form.getInputProps('industry')} data-testid="lead-industry" />
            <Select
              label={t('leads.form.size')}
              data={accountSizes.map((s) => ({ value: s, label: t(`vocab.size.${s}`) }))}
              {...form.getInputProps('size')}
              clearable
            />
            <Select
              label={t('leads.form.market')}
              data={(markets.data ?? []).map((m) => ({ value: m.id, label: m.name }))}
              {...form.getInputProps('marketId')}
              clearable
              data-testid="lead-market"
            />
            <Select
              label={t('leads.form.source')}
              data={leadSources.map((s) => ({ value: s, label: t(`leads.source.${s}`) }))}
              {...form.getInputProps('source')}
              allowDeselect={false}
            />
            <TextInput label={t('leads.form.campaign')} {...form.getInputProps('campaign')} />
          </SimpleGrid>
          <Textarea label={t('leads.form.message')} {...form.getInputProps('message')} autosize minRows={2} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="lead-create">
              {t('leads.form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
