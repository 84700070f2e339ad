import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconCheck, IconCopy, IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CreateApiKey } from '@contract/auth';
import { useSchemaForm } from '../../shared/forms/useSchemaForm';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { useCreateApiKey } from './queries';

interface Props {
  opened: boolean;
  onClose: () => void;
}

/** Name a key, then show its token once with a copy button. */
export function CreateApiKeyModal({ opened, onClose }: Props) {
  const { t } = useTranslation();
  const create = useCreateApiKey();
  const form = useSchemaForm({ initialValues: { name: '' }, schema: CreateApiKey });

  const close = () => {
    form.reset();
    create.reset();
    onClose();
  };

  const submit = form.onSubmit(({ name }) => create.mutate(name, { onError: (e) => form.setServerErrors(e) }));

  const token = create.data?.token;
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={token ? t('apiKeys.token.title') : t('apiKeys.create')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {token ? (
        <Stack gap="md">
          <Alert variant="light" color="yellow" icon={<IconKey size={18} />}>
            {t('apiKeys.token.text')}
          </Alert>
          <Code block data-testid="new-api-key" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
            {token}
          </Code>
          <Group justify="flex-end" gap="sm">
            <CopyButton value={token}>
              {({ copied, copy }) => (
                <Button
                  variant="light"
                  color={copied ? 'teal' : undefined}
                  leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                  onClick={copy}
                >
                  {copied ? t('apiKeys.token.copied') : t('apiKeys.token.copy')}
                </Button>
              )}
            </CopyButton>
            <Button onClick={close} data-testid="api-key-done">
              {t('apiKeys.token.done')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            {create.error && !form.errors.name && (
              <Text c="red" size="sm" role="alert">
                {errorMessage(create.error, t)}
              </Text>
            )}
            <TextInput
              label={t('apiKeys.name')}
              placeholder={t('apiKeys.namePlaceholder')}
              {...form.getInputProps('name')}
              maxLength={100}
              required
              data-autofocus
              data-testid="api-key-name"
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending}>
                {t('apiKeys.create')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
