import { ActionIcon, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { IconMoon, IconSun } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** Light/dark switch; the choice is remembered by Mantine (localStorage). */
export function ColorSchemeToggle() {
  const { t } = useTranslation();
  const { setColorScheme } = useMantineColorScheme();
  const computed = useComputedColorScheme('light', { getInitialValueInEffect: false });
  const toDark = computed === 'light';
  const label = toDark ? t('colorScheme.toDark') : t('colorScheme.toLight');
  return (
    <ActionIcon
      variant="subtle"
      color="gray"
      size="lg"
      aria-label={label}
      title={label}
      onClick={() => setColorScheme(toDark ? 'dark' : 'light')}
      data-testid="color-scheme-toggle"
    >
      {toDark ? <IconMoon size={20} stroke={1.6} /> : <IconSun size={20} stroke={1.6} />}
    </ActionIcon>
  );
}
