import { ActionIcon, Menu } from '@mantine/core';
import { IconDots, IconDownload, IconPencil, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { User } from '@contract/users';
import { personalDataUrl } from '../../shared/privacy/PersonalDataMenu';

interface Props {
  user: User;
  onEdit: (user: User) => void;
  onDeactivate: (user: User) => void;
  onReactivate: (user: User) => void;
}

export function UserRowActions({ user, onEdit, onDeactivate, onReactivate }: Props) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal shadow="md">
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={t('users.actionsFor', { name: user.name })}>
          <IconDots size={18} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => onEdit(user)}>
          {t('users.edit')}
        </Menu.Item>
        <Menu.Item component="a" href={personalDataUrl('users', user.id, 'html')} download leftSection={<IconDownload size={16} />}>
          {t('privacy.exportHtml')}
        </Menu.Item>
        <Menu.Item component="a" href={personalDataUrl('users', user.id, 'json')} download leftSection={<IconDownload size={16} />}>
          {t('privacy.exportJson')}
        </Menu.Item>
        {user.active ? (
          <Menu.Item color="red" leftSection={<IconUserOff size={16} />} onClick={() => onDeactivate(user)}>
            {t('users.deactivate')}
          </Menu.Item>
        ) : (
          <Menu.Item leftSection={<IconUserCheck size={16} />} onClick={() => onReactivate(user)}>
            {t('users.reactivate')}
          </Menu.Item>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
