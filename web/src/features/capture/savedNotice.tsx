import { Anchor, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { LoggableType } from '../../shared/domain/vocabulary';
import { i18n } from '../../shared/i18n/i18n';

/**
 * "Call logged at X — open the account". Notifications render outside the router, so the link
 * navigates through the function handed in rather than a router <Link>.
 */
export function showSavedNotice(account: { id: string; name: string }, type: LoggableType, go: (to: string) => void) {
  const to = `/accounts/${account.id}`;
  notifications.show({
    color: 'teal',
    title: i18n.t(`timeline.logged.${type}`),
    message: (
      <Text size="sm" component="span" data-testid="quick-log-saved">
        {account.name} ·{' '}
        <Anchor
          href={to}
          size="sm"
          onClick={(e) => {
            e.preventDefault();
            go(to);
          }}
        >
          {i18n.t('capture.saved.open')}
        </Anchor>
      </Text>
    ),
    closeButtonProps: { 'aria-label': i18n.t('common.close') },
  });
}
