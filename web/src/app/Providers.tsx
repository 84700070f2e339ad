import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/spotlight/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/dates/styles.css';
import './global.css';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { i18n } from '../shared/i18n/i18n';
import { queryClient } from './queryClient';
import { cssVariablesResolver, themeIn } from './theme';

export function Providers({ children }: { children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <Mantine>{children}</Mantine>
      </QueryClientProvider>
    </I18nextProvider>
  );
}

/** Mantine with the theme in the reader's language (the names of its own buttons). */
function Mantine({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [clear, close] = [t('common.clear'), t('common.close')];
  const theme = useMemo(() => themeIn({ clear, close }), [clear, close]);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto">
      <Notifications position="top-right" />
      {children}
    </MantineProvider>
  );
}
