import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { buyingRoles, type BuyingRole } from '../../shared/domain/vocabulary';
import { serverFieldErrors } from '../../shared/forms/fieldErrors';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { notify } from '../../shared/ui/notify';
import { useAddContact } from './queries';

interface Props {
  accountId: string;
  opened: boolean;
  onClose: () => void;
}

const empty = { firstName: '', lastName: '', title: '', email: '', phone: '' };
type Field = keyof typeof empty;

/** A person at the account: name, title, their role in buying, and how to reach them. */
export function AddContactModal({ accountId, opened, onClose }: Props) {
  const { t } = useTranslation();
  const add = useAddContact();
  const [values, setValues] = useState(empty);
  const [buyingRole, setBuyingRole] = useState<BuyingRole | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const set = (key: Field, value: string) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors(({ [key]: _cleared, ...rest }) => rest);
  };
  const close = () => {
    setValues(empty);
    setBuyingRole(null);
    setErrors({});
    add.reset();
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!values.firstName.trim()) missing.firstName = t('fields.required');
    if (!values.lastName.trim()) missing.lastName = t('fields.required');
    if (Object.keys(missing).length) return setErrors(missing);
    add.mutate(
      { accountId, ...values, buyingRole },
      {
        onSuccess: () => {
          notify(t('account.contacts.added', { name: `${values.firstName.trim()} ${values.lastName.trim()}` }));
          close();
        },
        onError: (error) => setErrors(serverFieldErrors(error, t)),
      },
    );
  };

  const field = (key: Field, props: { type?: string; required?: boolean; autoFocus?: boolean } = {}) => (
    <TextInput
      label={t(`account.contacts.form.${key}`)}
      value={values[key]}
      onChange={(e) => set(key, e.currentTarget.value)}
      error={errors[key]}
      type={props.type}
      required={props.required}
      data-autofocus={props.autoFocus || undefined}
    />
  );

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('account.contacts.form.heading')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {add.error && Object.keys(errors).length === 0 && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(add.error, t)}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            {field('firstName', { required: true, autoFocus: true })}
            {field('lastName', { required: true })}
          </SimpleGrid>
          {field('title')}
          <Select
            label={t('account.contacts.form.buyingRole')}
            placeholder={t('account.contacts.form.buyingRolePlaceholder')}
            data={buyingRoles.map((r) => ({ value: r, label: t(`vocab.buyingRole.${r}`) }))}
            value={buyingRole}
            onChange={setBuyingRole}
            error={errors.buyingRole}
            clearable
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            {field('email', { type: 'email' })}
            {field('phone', { type: 'tel' })}
          </SimpleGrid>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={add.isPending}>
              {t('account.contacts.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
