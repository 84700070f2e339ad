import { Alert, Button, Group, Modal, MultiSelect, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SchemeInput } from '@contract/rituals';
import { schemeCadences } from '@domain/rituals';
import { useFormat } from '../../shared/format/useFormat';
import { useSchemaForm } from '../../shared/forms/useSchemaForm';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { useMarkets } from '../../shared/org/queries';
import { todayInput } from '../../shared/timeline/when';
import { notify } from '../../shared/ui/notify';
import { ritualsApi, type SchemeData } from './api';
import { useSellerOptions } from './useSellerOptions';
import { useRitualMutation } from './queries';
import { DateField } from '../../shared/ui/DateField';

const ALL = 'all';

interface Props {
  opened: boolean;
  onClose: () => void;
  onCreated: (scheme: SchemeData) => void;
}

/** A leader starts a joint-visit scheme: a market, how often, the first week, the sellers of several groups. */
export function NewSchemeModal({ opened, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const markets = useMarkets();
  const { sellers, options } = useSellerOptions();
  const create = useRitualMutation(ritualsApi.createScheme);
  const form = useSchemaForm({
    initialValues: {
      name: '',
      marketId: ALL,
      cadence: 'weekly',
      startsOn: todayInput(),
      endsOn: '',
      memberIds: [] as string[],
    },
    schema: SchemeInput,
    toInput: (v) => ({ ...v, marketId: v.marketId === ALL ? null : v.marketId, endsOn: v.endsOn || null }),
  });
  const marketId = form.values.marketId;
  const close = () => {
    form.reset();
    create.reset();
    onClose();
  };
  const submit = form.onSubmit((input) =>
    create.mutate(input, {
      onSuccess: (scheme) => {
        notify(t('rituals.schemes.create.done', { name: scheme.name }));
        close();
        onCreated(scheme);
      },
      onError: (e) => form.setServerErrors(e),
    }),
  );

  return (
    <Modal opened={opened} onClose={close} title={t('rituals.schemes.create.title')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate data-testid="new-scheme-modal">
        <Stack gap="md">
          <TextInput
            label={t('rituals.schemes.create.name')}
            {...form.getInputProps('name')}
            required
            data-autofocus
            data-testid="scheme-name"
          />
          <Group grow align="flex-start">
            <Select
              label={t('rituals.schemes.create.market')}
              data={[
                { value: ALL, label: t('rituals.schemes.allMarkets') },
                ...(markets.data ?? []).map((m) => ({ value: m.id, label: format.region(m.code, m.name) })),
              ]}
              {...form.getInputProps('marketId')}
              allowDeselect={false}
              data-testid="scheme-market"
            />
            <Select
              label={t('rituals.schemes.create.cadence')}
              data={schemeCadences.map((c) => ({ value: c, label: t(`rituals.schemes.cadence.${c}`) }))}
              {...form.getInputProps('cadence')}
              allowDeselect={false}
            />
          </Group>
          <Group grow align="flex-start">
            <DateField
              label={t('rituals.schemes.create.startsOn')}
              {...form.getInputProps('startsOn')}
              required
              data-testid="scheme-starts"
            />
            <DateField label={t('rituals.schemes.create.endsOn')} {...form.getInputProps('endsOn')} />
          </Group>
          <MultiSelect
            label={t('rituals.schemes.create.members')}
            description={t('rituals.schemes.create.membersHint')}
            data={options}
            {...form.getInputProps('memberIds')}
            searchable
            required
            data-testid="scheme-members"
          />
          {marketId !== ALL && (
            <Button
              variant="light"
              size="xs"
              onClick={() =>
                form.setFieldValue(
                  'memberIds',
                  sellers.filter((u) => u.marketId === marketId && u.role === 'seller' && u.salesGroupId).map((u) => u.id),
                )
              }
              data-testid="scheme-add-market"
            >
              {t('rituals.schemes.create.addAll')}
            </Button>
          )}
          {create.error && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(create.error, t)}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} data-testid="scheme-submit">
              {t('rituals.schemes.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
