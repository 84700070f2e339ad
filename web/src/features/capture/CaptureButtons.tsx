import { ActionIcon, Button, Group, Kbd, Tooltip } from '@mantine/core';
import { IconBolt, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { palette } from './CommandPalette';
import { quickLog } from './quickLogStore';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
export const modKey = isMac ? '⌘' : 'Ctrl';

/** In the header: search (Ctrl/⌘+K) and quick-log (L), with their shortcuts on show. */
export function CaptureButtons() {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="nowrap">
      <Button
        variant="default"
        visibleFrom="sm"
        leftSection={<IconSearch size={16} stroke={1.7} />}
        rightSection={<Kbd size="xs">{modKey} K</Kbd>}
        onClick={palette.open}
        fw={400}
        c="dimmed"
        w={{ sm: 180, lg: 240 }}
        justify="space-between"
        data-testid="open-palette"
      >
        {t('capture.palette.open')}
      </Button>
      <Tooltip label={t('capture.buttonHint', { mod: modKey })}>
        <Button
          variant="light"
          leftSection={<IconBolt size={16} stroke={1.8} />}
          rightSection={<Kbd size="xs">L</Kbd>}
          onClick={quickLog.open}
          visibleFrom="sm"
          data-testid="open-quick-log"
        >
          {t('capture.button')}
        </Button>
      </Tooltip>
      {/* on a phone: the same two, one tap away, as icons */}
      <ActionIcon
        variant="default"
        size="lg"
        hiddenFrom="sm"
        onClick={palette.open}
        aria-label={t('capture.palette.open')}
        data-testid="open-palette-phone"
      >
        <IconSearch size={18} stroke={1.7} />
      </ActionIcon>
      <ActionIcon
        variant="light"
        size="lg"
        hiddenFrom="sm"
        onClick={quickLog.open}
        aria-label={t('capture.button')}
        data-testid="open-quick-log-phone"
      >
        <IconBolt size={18} stroke={1.8} />
      </ActionIcon>
    </Group>
  );
}

/** On a phone search and quick-log are icons in the header, and also at the top of the navigation. */
export function CaptureNavButtons({ onOpen }: { onOpen: () => void }) {
  const { t } = useTranslation();
  const run = (action: () => void) => () => {
    onOpen();
    action();
  };
  return (
    <Group gap="xs" grow>
      <Button variant="default" leftSection={<IconSearch size={16} stroke={1.7} />} onClick={run(palette.open)}>
        {t('capture.palette.open')}
      </Button>
      <Button variant="light" leftSection={<IconBolt size={16} stroke={1.8} />} onClick={run(quickLog.open)}>
        {t('capture.button')}
      </Button>
    </Group>
  );
}
