import { ActionIcon, Button, Checkbox, Group, Menu, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconBookmark, IconDeviceFloppy, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SavedViewInput } from '@contract/views';
import { useSchemaForm } from '../../shared/forms/useSchemaForm';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { notify } from '../../shared/ui/notify';
import { useDeleteView, useSavedViews, useSaveView } from './queries';

/** The list's filters and sort as a saved view: save the current URL, open one's own or a shared one, delete one's own. */
export function SavedViews() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const views = useSavedViews();
  const save = useSaveView();
  const remove = useDeleteView();
  const [saving, setSaving] = useState(false);
  const form = useSchemaForm({
    initialValues: { name: '', shared: false },
    schema: SavedViewInput,
    // the list's filters and sort as they are now, without the page
    toInput: ({ name, shared }) => ({ list: 'opportunities', name, shared, query: current() }),
  });
  const current = () => Object.fromEntries([...params.entries()].filter(([k]) => k !== 'page'));
  const submit = form.onSubmit(({ name, query, shared }) =>
    save.mutate(
      { name, query, shared },
      {
        onSuccess: (view) => {
          notify(t('pipeline.views.saved', { name: view.name }));
          setSaving(false);
          form.reset();
        },
        onError: (e) => {
          if (!form.setServerErrors(e)) form.setFieldError('name', errorMessage(e, t));
        },
      },
    ),
  );
  const list = views.data ?? [];

  return (
    <>
      <Menu position="bottom-end" width={320} shadow="md">
        <Menu.Target>
          <Button variant="default" leftSection={<IconBookmark size={18} />} data-testid="saved-views">
            {t('pipeline.views.title')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t('pipeline.views.choose')}</Menu.Label>
          {list.length === 0 && (
            <Text size="sm" c="dimmed" px="sm" py="xs">
              {t('pipeline.views.none')}
            </Text>
          )}
          {list.map((v) => (
            <Group key={v.id} gap={4} wrap="nowrap" pr={4}>
              <Menu.Item
                onClick={() => setParams(new URLSearchParams(v.query), { replace: true })}
                data-testid="saved-view"
                style={{ flex: 1 }}
              >
                <Text size="sm">{v.name}</Text>
                <Text size="xs" c="dimmed">
                  {v.mine ? t('pipeline.views.mine') : t('pipeline.views.sharedBy', { name: v.ownerName })}
                </Text>
              </Menu.Item>
              {v.mine && (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('pipeline.views.delete', { name: v.name })}
                  onClick={() =>
                    remove.mutate(v.id, {
                      onSuccess: () => notify(t('pipeline.views.deleted', { name: v.name })),
                      onError: (e) => notify(errorMessage(e, t), 'error'),
                    })
                  }
                >
                  <IconTrash size={16} />
                </ActionIcon>
              )}
            </Group>
          ))}
          <Menu.Divider />
          <Menu.Item leftSection={<IconDeviceFloppy size={16} />} onClick={() => setSaving(true)} data-testid="save-view">
            {t('pipeline.views.save')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal
        opened={saving}
        onClose={() => setSaving(false)}
        title={t('pipeline.views.saveTitle')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <TextInput
              label={t('pipeline.views.name')}
              placeholder={t('pipeline.views.namePlaceholder')}
              {...form.getInputProps('name')}
              maxLength={80}
              required
              data-autofocus
              data-testid="view-name"
            />
            <Checkbox label={t('pipeline.views.shared')} {...form.getInputProps('shared', { type: 'checkbox' })} />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setSaving(false)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={save.isPending} data-testid="view-submit">
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
