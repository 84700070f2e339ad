import { Alert, Button, Group, Modal, PasswordInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '@contract/common';
import { CreateUser } from '@contract/users';
import { notify } from '../../shared/ui/notify';
import { isApiError } from '../../shared/api/errors';
import { useFormat } from '../../shared/format/useFormat';
import { useSchemaForm } from '../../shared/forms/useSchemaForm';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { languageNames } from '../../shared/i18n/language';
import { useSession } from '../../shared/session/session';
import { NONE, groupOptions, idOrNull, localeOptions, marketOptions, roleOptions } from './options';
import { useCreateUser, useMarkets, useSalesGroups } from './queries';

interface Props {
  opened: boolean;
  onClose: () => void;
}

/** A new user is a seller until another role is chosen. */
const newUserRole: Role = 'seller';

export function CreateUserModal({ opened, onClose }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const groups = useSalesGroups();
  const markets = useMarkets();
  const create = useCreateUser();
  const me = useSession();
  const form = useSchemaForm({
    initialValues: {
      name: '',
      email: '',
      password: '',
      role: newUserRole,
      locale: me.organisation.defaultLocale,
      salesGroupId: NONE,
      marketId: NONE,
    },
    schema: CreateUser,
    toInput: (v) => ({ ...v, salesGroupId: idOrNull(v.salesGroupId), marketId: idOrNull(v.marketId) }),
  });

  const close = () => {
    form.reset();
    create.reset();
    onClose();
  };

  const submit = form.onSubmit((input) =>
    create.mutate(input, {
      onSuccess: (user) => {
        notify(t('users.notify.created', { name: user.name }));
        close();
      },
      onError: (error) => {
        if (isApiError(error, 'email_taken')) form.setFieldError('email', t('errors.email_taken'));
        else form.setServerErrors(error);
      },
    }),
  );

  const generalError = create.error && !isApiError(create.error, 'email_taken') ? errorMessage(create.error, t) : null;

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('users.form.createTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {generalError && (
            <Alert color="red" variant="light" role="alert">
              {generalError}
            </Alert>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('users.form.name')}
              {...form.getInputProps('name')}
              required
              data-autofocus
            />
            <TextInput
              label={t('users.form.email')}
              type="email"
              {...form.getInputProps('email')}
              required
            />
          </SimpleGrid>
          <PasswordInput
            visibilityToggleButtonProps={{ 'aria-label': t('common.togglePassword') }}
            label={t('users.form.password')}
            description={t('users.form.passwordHint')}
            {...form.getInputProps('password')}
            autoComplete="new-password"
            required
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('users.form.role')}
              data={roleOptions(t)}
              {...form.getInputProps('role')}
              allowDeselect={false}
            />
            <Select
              label={t('users.form.language')}
              data={localeOptions(languageNames)}
              {...form.getInputProps('locale')}
              allowDeselect={false}
            />
            <Select
              label={t('users.form.salesGroup')}
              data={groupOptions(groups.data, t)}
              {...form.getInputProps('salesGroupId')}
              allowDeselect={false}
            />
            <Select
              label={t('users.form.market')}
              data={marketOptions(markets.data, t, format.region)}
              {...form.getInputProps('marketId')}
              allowDeselect={false}
            />
          </SimpleGrid>
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('users.form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
