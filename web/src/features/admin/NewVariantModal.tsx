import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Process } from '@contract/opportunities';
import type { Market, SalesGroup } from '@contract/org';
import { isApiError } from '../../shared/api/errors';
import { useFormat } from '../../shared/format/useFormat';
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
  const [name, setName] = useState('');
  const [groupId, setGroupId] = useState(NONE);
  const [marketId, setMarketId] = useState(NONE);
  const [errors, setErrors] = useState<{ name?: string; scope?: string }>({});

  const close = () => {
    setName('');
    setGroupId(NONE);
    setMarketId(NONE);
    setErrors({});
    create.reset();
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = { name: name.trim(), salesGroupId: idOrNull(groupId), marketId: idOrNull(marketId) };
    const problems = {
      name: input.name ? undefined : t('fields.required'),
      scope: input.salesGroupId || input.marketId ? undefined : t('settings.process.variant.needScope'),
    };
    if (problems.name || problems.scope) return setErrors(problems);
    create.mutate(input, {
      onSuccess: (process) => {
        notify(t('settings.process.variant.created', { name: process.name }));
        onCreated(process);
        close();
      },
    });
  };

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
            value={name}
            onChange={(e) => {
              setName(e.currentTarget.value);
              setErrors((x) => ({ ...x, name: undefined }));
            }}
            error={errors.name}
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
            value={groupId}
            onChange={(v) => {
              setGroupId(v ?? NONE);
              setErrors((x) => ({ ...x, scope: undefined }));
            }}
            error={errors.scope}
            allowDeselect={false}
            data-testid="variant-group"
          />
          <Select
            label={t('settings.process.variant.market')}
            data={[
              { value: NONE, label: t('settings.process.variant.any') },
              ...(markets ?? []).map((m) => ({ value: m.id, label: format.region(m.code, m.name) })),
            ]}
            value={marketId}
            onChange={(v) => {
              setMarketId(v ?? NONE);
              setErrors((x) => ({ ...x, scope: undefined }));
            }}
            error={!!errors.scope}
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
