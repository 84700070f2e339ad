import { Button, Group } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Save and undo for a row edited in place. */
export function RowActions({ name, dirty, saving, onUndo }: { name: string; dirty: boolean; saving: boolean; onUndo: () => void }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="nowrap">
      <Button
        variant="default"
        px="xs"
        onClick={onUndo}
        disabled={!dirty || saving}
        aria-label={t('settings.structure.resetRow', { name })}
        title={t('settings.structure.resetRow', { name })}
      >
        <IconArrowBackUp size={18} />
      </Button>
      <Button type="submit" disabled={!dirty} loading={saving} aria-label={t('settings.structure.saveRow', { name })}>
        {t('common.save')}
      </Button>
    </Group>
  );
}
