import { notifications } from '@mantine/notifications';
import { IconConfetti, IconTrophy } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import type { LiveEvent } from '@contract/overview';

/** Announce a won deal to everyone who has a live page open — a won renewal with a celebration (J1, F1). */
export function celebrateWin(event: Extract<LiveEvent, { type: 'deal_won' }>, t: TFunction) {
  const renewal = event.channel === 'renewal';
  const who = event.sellerName ?? t('overview.wins.someone');
  notifications.show({
    id: `won-${event.opportunityId}`,
    title: renewal ? t('overview.live.renewalWon') : t('overview.live.dealWon'),
    icon: renewal ? <IconConfetti size={18} /> : <IconTrophy size={18} />,
    message: t('overview.live.wonBy', { account: event.accountName, seller: who }),
    color: renewal ? 'grape' : 'teal',
    autoClose: renewal ? 8000 : 5000,
    closeButtonProps: { 'aria-label': t('common.close') },
    'data-testid': 'live-win-notification',
    'data-channel': event.channel ?? '',
  });
}
