import { Alert, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useEffect, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { UpdateUser, type User } from '@contract/users';
import { notify } from '../../shared/ui/notify';
import { useFormat } from '../../shared/format/useFormat';
import { useSchemaForm } from '../../shared/forms/useSchemaForm';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { NONE, groupOptions, idOrNull, marketOptions, roleOptions } from './options';
import { useMarkets, useSalesGroups, useUpdateUser } from './queries';

interface Props {
  user: User | null;
  onClose: () => void;
}

const valuesOf = (user: User | null) => ({
  name: user?.name ?? '',
  role: user?.role ?? 'seller',
  salesGroupId: user?.salesGroupId ?? NONE,
  marketId: user?.marketId ?? NONE,
});

/** Only what changed: the server refuses an empty patch. */
function patchOf(user: User | null, v: ReturnType<typeof valuesOf>) {
  const next = { name: v.name.trim(), role: v.role, salesGroupId: idOrNull(v.salesGroupId), marketId: idOrNull(v.marketId) };
  return Object.fromEntries(Object.entries(next).filter(([key, value]) => user?.[key as keyof User] !== value));
}

/** Re-role, rename or move a user to another sales group or market. */
export function EditUserModal({ user, onClose }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const groups = useSalesGroups();
  const markets = useMarkets();
  const update = useUpdateUser();
  const form = useSchemaForm({ initialValues: valuesOf(user), schema: UpdateUser, toInput: (v) => patchOf(user, v) });
  const { reset: resetMutation } = update;

  useEffect(() => {
    if (user) {
      form.setValues(valuesOf(user));
      form.clearErrors();
      resetMutation();
    }
  }, [user?.id]); // reset when another user is opened

  const save = form.onSubmit((patch) => {
    if (!user) return;
    update.mutate(
      { id: user.id, patch },
      {
        onSuccess: (saved) => {
          notify(t('users.notify.updated', { name: saved.name }));
          onClose();
        },
        onError: (error) => form.setServerErrors(error),
      },
    );
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    if (Object.keys(patchOf(user, form.values)).length > 0) return save(event);
    event.preventDefault();
    onClose(); // nothing changed
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
            {...form.getInputProps('name')}
            required
          />
          <Select
            label={t('users.form.role')}
            data={roleOptions(t)}
            {...form.getInputProps('role')}
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
