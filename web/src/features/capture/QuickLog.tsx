import { Group, Loader, Modal, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconBolt } from '@tabler/icons-react';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { quickLog, useQuickLogOpened } from './quickLogStore';
import { useCurrentAccount } from './useCurrentAccount';

// the form (and the date picker it brings) loads when the quick log is first opened, not with the app
const QuickLogForm = lazy(() => import('./QuickLogForm').then((m) => ({ default: m.QuickLogForm })));

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
      {opened && (
        <Suspense fallback={<Loader size="sm" />}>
          <QuickLogForm initialAccount={current} onDone={quickLog.close} />
        </Suspense>
      )}
    </Modal>
  );
}
