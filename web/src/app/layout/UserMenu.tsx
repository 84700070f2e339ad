import { Avatar, Box, Group, Menu, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconUser, IconChevronDown, IconKey, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSignOut } from '../../features/auth/useSignOut';
import { useFormat } from '../../shared/format/useFormat';
import { useSession } from '../../shared/session/session';

/** Who is signed in (name, role, group, market) and the way out. */
export function UserMenu() {
  const { t } = useTranslation();
  const me = useSession();
  const format = useFormat();
  const signOut = useSignOut();
  const details = [
    t(`roles.${me.user.role}`),
    me.salesGroup?.name ?? t('common.noSalesGroup'),
    me.market ? format.region(me.market.code, me.market.name) : t('common.noMarket'),
  ];

  return (
    <Menu position="bottom-end" width={280} shadow="md">
      <Menu.Target>
        <UnstyledButton
          aria-label={`${t('userMenu.label')}: ${me.user.name}`}
          data-testid="user-menu"
          px={6}
          py={4}
          style={{ borderRadius: 'var(--mantine-radius-md)' }}
        >
          <Group gap={8} wrap="nowrap">
            {/* an icon, not initials: the button's name holds the visible text (WCAG 2.5.3) */}
            <Avatar name={me.user.name} color="initials" radius="xl" size={32}>
              <IconUser size={18} aria-hidden />
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="sm" maw={160} truncate>
              {me.user.name}
            </Text>
            <Box component="span" visibleFrom="sm" display="flex">
              <IconChevronDown size={14} />
            </Box>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Stack gap={2} px="sm" py="xs" data-testid="user-menu-details">
          <Text fw={600} size="sm">
            {me.user.name}
          </Text>
          <Text size="xs" c="dimmed">
            {me.user.email}
          </Text>
          <Text size="xs" mt={4}>
            {details.join(' · ')}
          </Text>
        </Stack>
        <Menu.Divider />
        <Menu.Item component={Link} to="/settings/account" leftSection={<IconUserCircle size={16} />} data-testid="account-link">
          {t('userMenu.account')}
        </Menu.Item>
        {me.can.manageApiKeys && (
          <Menu.Item component={Link} to="/settings/api-keys" leftSection={<IconKey size={16} />}>
            {t('userMenu.apiKeys')}
          </Menu.Item>
        )}
        <Menu.Item leftSection={<IconLogout size={16} />} onClick={() => signOut.mutate()} data-testid="sign-out">
          {t('userMenu.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
