import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProcessInput, type Process } from '@contract/opportunities';
import type { Market, SalesGroup } from '@contract/org';
import { isApiError } from '../../shared/api/errors';
import { useFormat } from '../../shared/format/useFormat';
import { useSchemaForm } from '../../shared/forms/useSchemaForm';
import { notify } from '../../shared/ui/notify';
import { NONE, idOrNull } from './options';
import { useCreateVariant } from './queries';
import { settingsError } from './settingsErrors';

interface Props {
  opened: boolean;
  groups: SalesGroup[] | undefined;
  markets: Market[] | undefined;
  onClose: () => void;
  onCreated: (process: Process) => void;
}

/** A local variant of the global process for a sales group, a market or both (`POST /api/processes`). */
export function NewVariantModal({ opened, groups, markets, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const create = useCreateVariant();
  const form = useSchemaForm({
    initialValues: { name: '', salesGroupId: NONE, marketId: NONE },
    schema: ProcessInput,
    toInput: (v) => ({ ...v, salesGroupId: idOrNull(v.salesGroupId), marketId: idOrNull(v.marketId) }),
    messages: { salesGroupId: t('settings.process.variant.needScope') },
  });

  const close = () => {
    form.reset();
    create.reset();
    onClose();
  };

  const submit = form.onSubmit((input) =>
    create.mutate(input, {
      onSuccess: (process) => {
        notify(t('settings.process.variant.created', { name: process.name }));
        onCreated(process);
        close();
      },
      onError: (error) => form.setServerErrors(error),
    }),
  );

  const failure = create.error
    ? isApiError(create.error, 'already_exists')
      ? t('settings.errors.variantExists')
      : settingsError(create.error, t)
    : null;

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('settings.process.variant.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate data-testid="variant-form">
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('settings.process.variant.text')}
          </Text>
          {failure && (
            <Alert color="red" variant="light" role="alert">
              {failure}
            </Alert>
          )}
          <TextInput
            label={t('settings.process.variant.name')}
            placeholder={t('settings.process.variant.namePlaceholder')}
            {...form.getInputProps('name')}
            maxLength={100}
            required
            data-autofocus
            data-testid="variant-name"
          />
          <Select
            label={t('settings.process.variant.group')}
            data={[
              { value: NONE, label: t('settings.process.variant.any') },
              ...(groups ?? []).map((g) => ({ value: g.id, label: g.name })),
            ]}
            {...form.getInputProps('salesGroupId')}
            allowDeselect={false}
            data-testid="variant-group"
          />
          <Select
            label={t('settings.process.variant.market')}
            data={[
              { value: NONE, label: t('settings.process.variant.any') },
              ...(markets ?? []).map((m) => ({ value: m.id, label: format.region(m.code, m.name) })),
            ]}
            {...form.getInputProps('marketId')}
            onChange={(v: string | null) => {
              form.setFieldValue('marketId', v ?? NONE);
              form.clearFieldError('salesGroupId'); // either one gives the variant its scope
            }}
            error={!!form.errors.salesGroupId}
            allowDeselect={false}
            data-testid="variant-market"
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="variant-create">
              {t('settings.process.variant.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
