import { Group, Modal, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconBolt } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { QuickLogForm } from './QuickLogForm';
import { quickLog, useQuickLogOpened } from './quickLogStore';
import { useCurrentAccount } from './useCurrentAccount';

/** Quick-log (A4), from anywhere: L (when not typing) or Ctrl/⌘+J. */
export function QuickLog() {
  const { t } = useTranslation();
  const opened = useQuickLogOpened();
  const current = useCurrentAccount();
  useHotkeys([['l', () => quickLog.open()]]);
  useHotkeys([['mod+J', () => quickLog.open()]], []);

  return (
    <Modal
      opened={opened}
      onClose={quickLog.close}
      size={720}
      yOffset="10dvh"
      title={
        <Group gap={8}>
          <IconBolt size={20} stroke={1.8} color="var(--mantine-primary-color-filled)" />
          <span>{t('capture.title')}</span>
          <Text span size="xs" c="dimmed" fw={400} visibleFrom="sm">
            {t('capture.shortcut')}
          </Text>
        </Group>
      }
      closeButtonProps={{ 'aria-label': t('common.close') }}
      transitionProps={{ duration: 120 }}
    >
      {opened && <QuickLogForm initialAccount={current} onDone={quickLog.close} />}
    </Modal>
  );
}
