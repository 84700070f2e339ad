import { ActionIcon, Box, Group, Indicator, Menu, ScrollArea, Stack, Text } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFormat } from '../../shared/format/useFormat';
import { detailOf, kindOf, paramsOf, type NotificationItem } from './api';
import { useMarkRead, useNotifications } from './queries';

/** The notification centre: a bell with the unread count; each notification in words, opening what it is about. */
export function NotificationBell() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const list = useNotifications();
  const markRead = useMarkRead();
  const unread = list.data?.unread ?? 0;
  const items = list.data?.items ?? [];

  const open = (n: NotificationItem) => {
    if (!n.read) markRead.mutate(n.id);
    if (n.link?.startsWith('/')) void navigate(n.link);
  };

  return (
    <Menu position="bottom-end" width={360} shadow="md" withinPortal>
      <Indicator
        label={unread > 99 ? '99+' : unread}
        size={16}
        color="red"
        offset={6}
        disabled={unread === 0}
        data-testid="notification-count"
      >
        <Menu.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            aria-label={unread ? `${t('notifications.label')} — ${t('notifications.unread', { count: unread })}` : t('notifications.label')}
            data-testid="notification-bell"
          >
            <IconBell size={20} />
          </ActionIcon>
        </Menu.Target>
      </Indicator>
      <Menu.Dropdown data-testid="notification-menu">
        {/* a menu holds menu items only (WCAG 4.1.2): the heading is a label, "mark all read" an item that keeps it open */}
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Menu.Label fz="sm" fw={600} c="var(--mantine-color-text)">
            {t('notifications.label')}
          </Menu.Label>
          <Menu.Item
            w="auto"
            fz="xs"
            closeMenuOnClick={false}
            disabled={unread === 0}
            onClick={() => markRead.mutate(null)}
            data-testid="notifications-read-all"
          >
            {t('notifications.markAllRead')}
          </Menu.Item>
        </Group>
        <Menu.Divider />
        {items.length === 0 ? (
          <Text size="sm" c="dimmed" px="sm" py="md">
            {t('notifications.empty')}
          </Text>
        ) : (
          <ScrollArea.Autosize mah={420} type="auto">
            <Stack gap={0}>
              {items.map((n) => (
                <Menu.Item
                  key={n.id}
                  onClick={() => open(n)}
                  data-testid="notification-item"
                  data-kind={n.kind}
                  data-read={n.read}
                  leftSection={
                    <Box
                      w={8}
                      h={8}
                      style={{ borderRadius: 4, background: n.read ? 'transparent' : 'var(--mantine-color-blue-6)' }}
                      aria-hidden
                    />
                  }
                >
                  <Text size="sm" fw={n.read ? 400 : 600}>
                    {t(`notifications.kinds.${kindOf(n.kind)}`, paramsOf(n))}
                  </Text>
                  {detailOf(n) && (
                    <Text size="xs" c="dimmed" truncate>
                      {detailOf(n)}
                    </Text>
                  )}
                  <Text size="xs" c="dimmed" title={format.dateTime(n.createdAt)}>
                    {format.when(n.createdAt)}
                  </Text>
                </Menu.Item>
              ))}
            </Stack>
          </ScrollArea.Autosize>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
