import { Alert, Button, Group, Modal, MultiSelect, Stack, Switch, TextInput } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CreateWebhookEndpoint } from '@contract/webhooks';
import { ApiError } from '../../shared/api/errors';
import { useSchemaForm } from '../../shared/forms/useSchemaForm';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { notify } from '../../shared/ui/notify';
import { eventGroup, type Endpoint } from './api';
import { useCatalogue, useCreateEndpoint, useUpdateEndpoint } from './queries';

interface Props {
  /** null: a new endpoint. */
  endpoint: Endpoint | null;
  onClose: () => void;
}

const refusals = ['not_a_url', 'bad_scheme', 'https_required', 'credentials_in_url', 'private_address', 'unresolvable'] as const;
type Refusal = (typeof refusals)[number];
const refusalOf = (e: unknown): Refusal | null => {
  if (!(e instanceof ApiError) || e.code !== 'webhook_url_refused') return null;
  const reason = (e.details as { reason?: string } | undefined)?.reason;
  return refusals.find((r) => r === reason) ?? 'not_a_url';
};

/** Add or change an endpoint: its address, the events it wants, on/off, private networks. */
export function EndpointModal({ endpoint, onClose }: Props) {
  const { t } = useTranslation();
  const catalogue = useCatalogue();
  const create = useCreateEndpoint();
  const update = useUpdateEndpoint();
  // a change sends every field, so both a new and a changed endpoint follow the rules of a new one
  const form = useSchemaForm({
    initialValues: {
      url: endpoint?.url ?? 'https://',
      description: endpoint?.description ?? '',
      events: endpoint?.events ?? [],
      enabled: endpoint?.enabled ?? true,
      allowPrivateNetwork: endpoint?.allowPrivateNetwork ?? false,
    },
    schema: CreateWebhookEndpoint,
    messages: { events: t('webhooks.form.eventsRequired') },
  });

  const groups = [...new Set((catalogue.data?.events ?? []).map(eventGroup))].map((group) => ({
    group: t(`webhooks.groups.${group}`, { defaultValue: group }),
    items: (catalogue.data?.events ?? []).filter((e) => eventGroup(e) === group).map((e) => ({ value: e, label: e })),
  }));

  const onError = (e: unknown) => {
    const refusal = refusalOf(e);
    if (refusal) form.setFieldError('url', t(`webhooks.refused.${refusal}`));
    else if (!form.setServerErrors(e)) notify(errorMessage(e, t), 'error');
  };

  const submit = form.onSubmit((values) => {
    const done = () => {
      notify(t(endpoint ? 'webhooks.notify.saved' : 'webhooks.notify.created', { url: values.url }));
      onClose();
    };
    if (endpoint) update.mutate({ id: endpoint.id, ...values }, { onSuccess: done, onError });
    else create.mutate(values, { onSuccess: done, onError });
  });

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={endpoint ? t('webhooks.form.editTitle') : t('webhooks.form.newTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('webhooks.form.url')}
            description={catalogue.data?.httpAllowed ? t('webhooks.form.urlHelpDev') : t('webhooks.form.urlHelp')}
            {...form.getInputProps('url')}
            required
            data-autofocus
          />
          <TextInput
            label={t('webhooks.form.description')}
            placeholder={t('webhooks.form.descriptionPlaceholder')}
            {...form.getInputProps('description')}
          />
          <MultiSelect
            label={t('webhooks.form.events')}
            description={t('webhooks.form.eventsHelp')}
            data={groups}
            {...form.getInputProps('events')}
            searchable
            clearable
            required
            maxDropdownHeight={280}
            data-testid="webhook-events"
          />
          <Switch label={t('webhooks.form.enabled')} {...form.getInputProps('enabled', { type: 'checkbox' })} />
          <Switch
            label={t('webhooks.form.allowPrivate')}
            description={t('webhooks.form.allowPrivateHelp')}
            {...form.getInputProps('allowPrivateNetwork', { type: 'checkbox' })}
          />
          {form.values.allowPrivateNetwork && (
            <Alert variant="light" color="yellow" icon={<IconAlertTriangle size={18} />}>
              {t('webhooks.form.allowPrivateWarning')}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {endpoint ? t('common.save') : t('webhooks.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
