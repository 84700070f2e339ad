import { Alert, Button, Group, Modal, PasswordInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateUser } from '@contract/users';
import { notify } from '../../shared/ui/notify';
import { isApiError } from '../../shared/api/errors';
import { useFormat } from '../../shared/format/useFormat';
import { clientFieldErrors, serverFieldErrors } from '../../shared/forms/fieldErrors';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { isLocale, languageNames } from '../../shared/i18n/language';
import { useSession } from '../../shared/session/session';
import { NONE, groupOptions, idOrNull, isRole, localeOptions, marketOptions, roleOptions } from './options';
import { useCreateUser, useMarkets, useSalesGroups } from './queries';
import { emptyUserForm, useUserForm } from './useUserForm';

interface Props {
  opened: boolean;
  onClose: () => void;
}

export function CreateUserModal({ opened, onClose }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const groups = useSalesGroups();
  const markets = useMarkets();
  const create = useCreateUser();
  const me = useSession();
  const form = useUserForm({ ...emptyUserForm, locale: me.organisation.defaultLocale });
  const { values, errors, set } = form;

  const close = () => {
    form.reset();
    create.reset();
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = { ...values, salesGroupId: idOrNull(values.salesGroupId), marketId: idOrNull(values.marketId) };
    const parsed = CreateUser.safeParse(input);
    if (!parsed.success) {
      form.setErrors(clientFieldErrors(parsed.error.issues, t));
      return;
    }
    create.mutate(input, {
      onSuccess: (user) => {
        notify(t('users.notify.created', { name: user.name }));
        close();
      },
      onError: (error) => {
        if (isApiError(error, 'email_taken')) form.setErrors({ email: t('errors.email_taken') });
        else form.setErrors(serverFieldErrors(error, t));
      },
    });
  };

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
              value={values.name}
              onChange={(e) => set('name', e.currentTarget.value)}
              error={errors.name}
              required
              data-autofocus
            />
            <TextInput
              label={t('users.form.email')}
              type="email"
              value={values.email}
              onChange={(e) => set('email', e.currentTarget.value)}
              error={errors.email}
              required
            />
          </SimpleGrid>
          <PasswordInput
            visibilityToggleButtonProps={{ 'aria-label': t('common.togglePassword') }}
            label={t('users.form.password')}
            description={t('users.form.passwordHint')}
            value={values.password}
            onChange={(e) => set('password', e.currentTarget.value)}
            error={errors.password}
            autoComplete="new-password"
            required
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('users.form.role')}
              data={roleOptions(t)}
              value={values.role}
              onChange={(v) => isRole(v) && set('role', v)}
              error={errors.role}
              allowDeselect={false}
            />
            <Select
              label={t('users.form.language')}
              data={localeOptions(languageNames)}
              value={values.locale}
              onChange={(v) => isLocale(v) && set('locale', v)}
              error={errors.locale}
              allowDeselect={false}
            />
            <Select
              label={t('users.form.salesGroup')}
              data={groupOptions(groups.data, t)}
              value={values.salesGroupId}
              onChange={(v) => set('salesGroupId', v ?? NONE)}
              error={errors.salesGroupId}
              allowDeselect={false}
            />
            <Select
              label={t('users.form.market')}
              data={marketOptions(markets.data, t, format.region)}
              value={values.marketId}
              onChange={(v) => set('marketId', v ?? NONE)}
              error={errors.marketId}
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
