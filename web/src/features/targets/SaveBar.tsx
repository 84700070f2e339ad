import { Badge, Button, Group, Paper, Text } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../shared/i18n/errorMessage';

interface Props {
  pending: number;
  invalid: number;
  saving: boolean;
  error: unknown;
  onSave: () => void;
  onDiscard: () => void;
}

/** Pending edits are saved together: how many there are, what stops them, Save and Discard — in view while there are any. */
export function SaveBar({ pending, invalid, saving, error, onSave, onDiscard }: Props) {
  const { t } = useTranslation();
  if (pending === 0) return null;
  return (
    <Paper
      withBorder
      shadow="md"
      radius="md"
      p="sm"
      mt="md"
      style={{ position: 'sticky', bottom: 'var(--mantine-spacing-md)', zIndex: 3 }}
      data-testid="targets-save-bar"
    >
      <Group justify="space-between" gap="sm">
        <Group gap="sm">
          <Badge color="yellow" variant="light" data-testid="targets-unsaved">
            {t('targets.save.unsaved', { count: pending })}
          </Badge>
          {invalid > 0 && (
            <Text size="sm" c="red" role="alert">
              {t('targets.save.invalid', { count: invalid })}
            </Text>
          )}
          {!!error && invalid === 0 && (
            <Text size="sm" c="red" role="alert" data-testid="targets-save-error">
              {errorMessage(error, t)}
            </Text>
          )}
        </Group>
        <Group gap="sm">
          <Button variant="default" onClick={onDiscard} disabled={saving} data-testid="targets-discard">
            {t('targets.save.discard')}
          </Button>
          <Button
            onClick={onSave}
            loading={saving}
            disabled={invalid > 0}
            leftSection={<IconDeviceFloppy size={16} />}
            data-testid="targets-save"
          >
            {t('targets.save.save')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
