import { Alert, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useEffect, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '@contract/users';
import { notify } from '../../shared/ui/notify';
import { useFormat } from '../../shared/format/useFormat';
import { serverFieldErrors } from '../../shared/forms/fieldErrors';
import { errorMessage } from '../../shared/i18n/errorMessage';
import type { UserPatch } from './api';
import { NONE, groupOptions, idOrNull, isRole, marketOptions, roleOptions } from './options';
import { useMarkets, useSalesGroups, useUpdateUser } from './queries';
import { emptyUserForm, useUserForm, type UserFormValues } from './useUserForm';

interface Props {
  user: User | null;
  onClose: () => void;
}

const valuesOf = (user: User): UserFormValues => ({
  ...emptyUserForm,
  name: user.name,
  email: user.email,
  role: user.role,
  locale: user.locale,
  salesGroupId: user.salesGroupId ?? NONE,
  marketId: user.marketId ?? NONE,
});

/** Only what changed: the server refuses an empty patch. */
function patchOf(user: User, v: UserFormValues): UserPatch {
  const patch: UserPatch = {};
  if (v.name.trim() !== user.name) patch.name = v.name.trim();
  if (v.role !== user.role) patch.role = v.role;
  if (idOrNull(v.salesGroupId) !== user.salesGroupId) patch.salesGroupId = idOrNull(v.salesGroupId);
  if (idOrNull(v.marketId) !== user.marketId) patch.marketId = idOrNull(v.marketId);
  return patch;
}

/** Re-role, rename or move a user to another sales group or market. */
export function EditUserModal({ user, onClose }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const groups = useSalesGroups();
  const markets = useMarkets();
  const update = useUpdateUser();
  const form = useUserForm(emptyUserForm);
  const { values, errors, set } = form;
  const { reset: resetForm } = form;
  const { reset: resetMutation } = update;

  useEffect(() => {
    if (user) {
      resetForm(valuesOf(user));
      resetMutation();
    }
  }, [user?.id]); // reset when another user is opened

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!user) return;
    if (!values.name.trim()) {
      form.setErrors({ name: t('fields.required') });
      return;
    }
    const patch = patchOf(user, values);
    if (Object.keys(patch).length === 0) return onClose();
    update.mutate(
      { id: user.id, patch },
      {
        onSuccess: (saved) => {
          notify(t('users.notify.updated', { name: saved.name }));
          onClose();
        },
        onError: (error) => form.setErrors(serverFieldErrors(error, t)),
      },
    );
  };

  return (
    <Modal
      opened={user !== null}
      onClose={onClose}
      title={user ? t('users.form.editTitle', { name: user.name }) : ''}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {update.error && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(update.error, t)}
            </Alert>
          )}
          <TextInput
            label={t('users.form.name')}
            value={values.name}
            onChange={(e) => set('name', e.currentTarget.value)}
            error={errors.name}
            required
          />
          <Select
            label={t('users.form.role')}
            data={roleOptions(t)}
            value={values.role}
            onChange={(v) => isRole(v) && set('role', v)}
            error={errors.role}
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
          <Group justify="flex-end" gap="sm" mt="xs">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
