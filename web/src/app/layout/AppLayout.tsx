import { AppShell, Box, Burger, Divider, Group, ScrollArea, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { notify } from '../../shared/ui/notify';
import { useSaveLocale } from '../../features/auth/useSaveLocale';
import { CaptureButtons, CaptureNavButtons } from '../../features/capture/CaptureButtons';
import { CommandPalette } from '../../features/capture/CommandPalette';
import { NewTaskModal } from '../../features/capture/NewTaskModal';
import { QuickLog } from '../../features/capture/QuickLog';
import { HelpMenu } from '../../features/guidance/HelpMenu';
import { NotificationBell } from '../../features/notifications/NotificationBell';
import { errorMessage } from '../../shared/i18n/errorMessage';
import { useSession } from '../../shared/session/session';
import { ColorSchemeToggle } from '../../shared/ui/ColorSchemeToggle';
import { LanguageMenu } from '../../shared/ui/LanguageMenu';
import { Logo } from '../../shared/ui/Logo';
import { NavLinks } from './NavLinks';
import { UserMenu } from './UserMenu';
import { Loading } from '../../shared/ui/PageState';

/** The frame of every signed-in page: header, navigation, content. */
export function AppLayout() {
  const { t } = useTranslation();
  const me = useSession();
  const [opened, { toggle, close }] = useDisclosure(false);
  const saveLocale = useSaveLocale();

  const onLanguage = (locale: Parameters<typeof saveLocale.mutate>[0]) =>
    saveLocale.mutate(locale, {
      onError: (error) => notify(errorMessage(error, t), 'error'),
    });

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'md', sm: 'lg' }}
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={opened ? t('nav.close') : t('nav.open')} />
            <Box
              component={Link}
              to="/"
              aria-label={`${t('app.name')} — ${t('nav.home')}`}
              style={{ color: 'inherit', textDecoration: 'none' }}
            >
              <Logo compact />
            </Box>
            <Divider orientation="vertical" my={18} visibleFrom="sm" />
            <Text size="sm" c="dimmed" fw={500} truncate visibleFrom="sm" data-testid="org-name">
              {me.organisation.name}
            </Text>
          </Group>
          <Group gap={4} wrap="nowrap">
            <Group data-tour="capture" gap={4} wrap="nowrap">
              <CaptureButtons />
            </Group>
            <Box data-tour="notifications">
              <NotificationBell />
            </Box>
            <HelpMenu />
            <LanguageMenu onChanged={onLanguage} />
            {/* on a phone the header holds search and log instead: light and dark is in the navigation */}
            <Box visibleFrom="sm">
              <ColorSchemeToggle />
            </Box>
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" aria-label={t('nav.main')} data-testid="main-nav">
        <AppShell.Section hiddenFrom="sm" px="sm" pb="sm">
          <Group justify="space-between" wrap="nowrap" mb="sm">
            <Text size="sm" c="dimmed" fw={500} truncate>
              {me.organisation.name}
            </Text>
            <ColorSchemeToggle />
          </Group>
          <CaptureNavButtons onOpen={close} />
        </AppShell.Section>
        {/* an admin's navigation is taller than a laptop's screen: it scrolls on its own */}
        <AppShell.Section grow component={ScrollArea} type="auto" offsetScrollbars="y">
          <NavLinks onNavigate={close} />
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main>
        <Box maw={1200} mx="auto">
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </Box>
      </AppShell.Main>
      <QuickLog />
      <NewTaskModal />
      <CommandPalette />
    </AppShell>
  );
}
