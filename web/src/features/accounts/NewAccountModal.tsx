import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { accountSizes, oneOf, type AccountSize } from '../../shared/domain/vocabulary';
import { useFormat } from '../../shared/format/useFormat';
import { serverFieldErrors } from '../../shared/forms/fieldErrors';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { useMarkets } from '../../shared/org/queries';
import { AccountSearchInput, type PickedAccount } from '../../shared/search/AccountSearchInput';
import { useSession } from '../../shared/session/session';
import { notify } from '../../shared/ui/notify';
import type { Account, NewAccount } from './api';
import { useCreateAccount } from './queries';

interface Props {
  opened: boolean;
  onClose: () => void;
  onCreated: (account: Account) => void;
}

interface Values {
  name: string;
  orgNumber: string;
  industry: string;
  size: AccountSize | null;
  city: string;
  website: string;
}
const empty: Values = { name: '', orgNumber: '', industry: '', size: null, city: '', website: '' };

/** A new company: the essentials now, the rest on its page later. The creator becomes its owner. */
export function NewAccountModal({ opened, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useSession();
  const markets = useMarkets();
  const create = useCreateAccount();
  const [values, setValues] = useState<Values>(empty);
  const [marketId, setMarketId] = useState<string | null>(me.market?.id ?? null);
  const [parent, setParent] = useState<PickedAccount | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors(({ [key]: _cleared, ...rest }) => rest);
  };

  const close = () => {
    setValues(empty);
    setParent(null);
    setErrors({});
    create.reset();
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!values.name.trim()) return setErrors({ name: t('fields.required') });
    const input: NewAccount = { ...values, marketId, parentId: parent?.id ?? null };
    create.mutate(input, {
      onSuccess: (account) => {
        notify(t('accounts.form.created', { name: account.name }));
        close();
        onCreated(account);
      },
      onError: (error) => setErrors(serverFieldErrors(error, t)),
    });
  };

  const text = (key: 'name' | 'orgNumber' | 'industry' | 'city' | 'website', extra?: { required?: boolean; placeholder?: string }) => (
    <TextInput
      label={t(`accounts.form.${key}`)}
      value={values[key]}
      onChange={(e) => set(key, e.currentTarget.value)}
      error={errors[key]}
      data-autofocus={key === 'name' || undefined}
      {...extra}
    />
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
          {create.error && Object.keys(errors).length === 0 && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(create.error, t)}
            </Alert>
          )}
          {text('name', { required: true })}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {text('orgNumber')}
            {text('industry', { placeholder: t('accounts.form.industryPlaceholder') })}
            <Select
              label={t('accounts.form.size')}
              placeholder={t('accounts.form.sizePlaceholder')}
              data={accountSizes.map((s) => ({ value: s, label: t(`vocab.size.${s}`) }))}
              value={values.size}
              onChange={(v) => set('size', oneOf(accountSizes, v) ? v : null)}
              error={errors.size}
              clearable
            />
            <Select
              label={t('accounts.form.market')}
              data={(markets.data ?? []).map((m) => ({ value: m.id, label: format.region(m.code, m.name) }))}
              value={marketId}
              onChange={setMarketId}
              error={errors.marketId}
              clearable
            />
            {text('city')}
            {text('website', { placeholder: 'https://' })}
          </SimpleGrid>
          <AccountSearchInput
            label={t('accounts.form.parent')}
            placeholder={t('accounts.form.parentPlaceholder')}
            value={parent}
            onChange={setParent}
            error={errors.parentId}
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
