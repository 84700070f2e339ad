import { NavLink, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useSession } from '../../shared/session/session';
import { navigation, type NavItem } from './navigation';

const isActive = (item: NavItem, pathname: string) =>
  item.to === '/' ? pathname === '/' : pathname === item.to || pathname.startsWith(`${item.to}/`);

/** The areas of Korsa, and administration for those who may. */
export function NavLinks({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const me = useSession();
  const { pathname } = useLocation();

  return (
    <Stack gap="lg">
      {navigation.map((section, i) => {
        const items = section.items.filter((item) => !item.requires || me.can[item.requires]);
        if (items.length === 0) return null;
        return (
          <Stack gap={2} key={section.title ?? i}>
            {section.title && (
              <Text size="xs" fw={600} c="dimmed" tt="uppercase" px="sm" mb={4} style={{ letterSpacing: '0.05em' }}>
                {t(`nav.${section.title}`)}
              </Text>
            )}
            {items.map((item) => {
              const ItemIcon = item.icon;
              const active = isActive(item, pathname);
              return (
                <NavLink
                  key={item.to}
                  component={Link}
                  to={item.to}
                  label={t(`nav.${item.label}`)}
                  leftSection={<ItemIcon size={20} stroke={1.6} />}
                  active={active}
                  aria-current={active ? 'page' : undefined}
                  onClick={onNavigate}
                  variant="light"
                  style={{ borderRadius: 'var(--mantine-radius-md)' }}
                  fw={500}
                />
              );
            })}
          </Stack>
        );
      })}
    </Stack>
  );
}
