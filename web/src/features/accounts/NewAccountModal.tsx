import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AccountInput } from '@contract/accounts';
import type { IndustryCode } from '@domain/industries';
import { accountSizes, type AccountSize } from '../../shared/domain/vocabulary';
import { useFormat } from '../../shared/format/useFormat';
import { useSchemaForm } from '../../shared/forms/useSchemaForm';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { useMarkets } from '../../shared/org/queries';
import { AccountSearchInput, type PickedAccount } from '../../shared/search/AccountSearchInput';
import { useSession } from '../../shared/session/session';
import { IndustrySelect } from '../../shared/ui/IndustrySelect';
import { notify } from '../../shared/ui/notify';
import type { Account } from './api';
import { useCreateAccount } from './queries';

interface Props {
  opened: boolean;
  onClose: () => void;
  onCreated: (account: Account) => void;
}

/** A new company: the essentials now, the rest on its page later. The creator becomes its owner. */
export function NewAccountModal({ opened, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const markets = useMarkets();
  const create = useCreateAccount();
  const form = useSchemaForm({
    initialValues: {
      name: '',
      orgNumber: '',
      industry: null as IndustryCode | null,
      size: null as AccountSize | null,
      marketId: me.market?.id ?? null,
      city: '',
      website: '',
      parent: null as PickedAccount | null,
    },
    schema: AccountInput,
    toInput: ({ parent, ...values }) => ({ ...values, parentId: parent?.id ?? null }),
    fieldOf: { parentId: 'parent' },
  });

  const close = () => {
    form.reset();
    create.reset();
    onClose();
  };

  const submit = form.onSubmit((input) =>
    create.mutate(input, {
      onSuccess: (account) => {
        notify(t('accounts.form.created', { name: account.name }));
        close();
        onCreated(account);
      },
      onError: (error) => form.setServerErrors(error),
    }),
  );

  const text = (key: 'name' | 'orgNumber' | 'city' | 'website', extra?: { required?: boolean; placeholder?: string }) => (
    <TextInput label={t(`accounts.form.${key}`)} {...form.getInputProps(key)} data-autofocus={key === 'name' || undefined} {...extra} />
  );

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('accounts.form.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate data-testid="new-account-form">
        <Stack gap="md">
          {create.error && Object.keys(form.errors).length === 0 && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(create.error, t)}
            </Alert>
          )}
          {text('name', { required: true })}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {text('orgNumber')}
            <IndustrySelect
              label={t('accounts.form.industry')}
              placeholder={t('accounts.form.industryPlaceholder')}
              {...form.getInputProps('industry')}
              data-testid="new-account-industry"
            />
            <Select
              label={t('accounts.form.size')}
              placeholder={t('accounts.form.sizePlaceholder')}
              data={accountSizes.map((s) => ({ value: s, label: t(`vocab.size.${s}`) }))}
              {...form.getInputProps('size')}
              clearable
            />
            <Select
              label={t('accounts.form.market')}
              data={(markets.data ?? []).map((m) => ({ value: m.id, label: format.region(m.code, m.name) }))}
              {...form.getInputProps('marketId')}
              clearable
            />
            {text('city')}
            {text('website', { placeholder: 'https://' })}
          </SimpleGrid>
          <AccountSearchInput
            label={t('accounts.form.parent')}
            placeholder={t('accounts.form.parentPlaceholder')}
            value={form.values.parent}
            onChange={(parent) => form.setFieldValue('parent', parent)}
            error={form.errors.parent}
          />
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('accounts.form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
