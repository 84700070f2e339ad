import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ContactInput } from '@contract/contacts';
import { buyingRoles, type BuyingRole } from '../../shared/domain/vocabulary';
import { useSchemaForm } from '../../shared/forms/useSchemaForm';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { notify } from '../../shared/ui/notify';
import { useAddContact } from './queries';

interface Props {
  accountId: string;
  opened: boolean;
  onClose: () => void;
}

type Field = 'firstName' | 'lastName' | 'title' | 'email' | 'phone';

/** A person at the account: name, title, their role in buying, and how to reach them. */
export function AddContactModal({ accountId, opened, onClose }: Props) {
  const { t } = useTranslation();
  const add = useAddContact();
  const form = useSchemaForm({
    initialValues: { firstName: '', lastName: '', title: '', email: '', phone: '', buyingRole: null as BuyingRole | null },
    schema: ContactInput,
    toInput: (values) => ({ accountId, ...values }),
  });

  const close = () => {
    form.reset();
    add.reset();
    onClose();
  };

  const submit = form.onSubmit((input) =>
    add.mutate(input, {
      onSuccess: () => {
        notify(t('account.contacts.added', { name: `${input.firstName} ${input.lastName}` }));
        close();
      },
      onError: (error) => form.setServerErrors(error),
    }),
  );

  const field = (key: Field, props: { type?: string; required?: boolean; autoFocus?: boolean } = {}) => (
    <TextInput
      label={t(`account.contacts.form.${key}`)}
      {...form.getInputProps(key)}
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
          {add.error && Object.keys(form.errors).length === 0 && (
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
            {...form.getInputProps('buyingRole')}
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
