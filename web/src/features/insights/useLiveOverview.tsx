import { notifications } from '@mantine/notifications';
import { IconConfetti, IconTrophy } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../shared/api/queryKeys';
import { overviewKeys } from './queries';
import { useLiveEvents } from '../../shared/live/useLiveEvents';

/**
 * While the overview is open: a won deal refreshes its figures within seconds and is announced — a won
 * renewal with a celebration (J1). Our own new notifications refresh the bell.
 */
export function useLiveOverview() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return useLiveEvents((event) => {
    if (event.type === 'notification') {
      void queryClient.invalidateQueries({ queryKey: queryKeys.notifications });
      return;
    }
    void queryClient.invalidateQueries({ queryKey: overviewKeys.all });
    void queryClient.invalidateQueries({ queryKey: ['targets', 'volume'] });
    const renewal = event.channel === 'renewal';
    const who = event.sellerName ?? t('overview.wins.someone');
    notifications.show({
      title: renewal ? t('overview.live.renewalWon') : t('overview.live.dealWon'),
      icon: renewal ? <IconConfetti size={18} /> : <IconTrophy size={18} />,
      message: t('overview.live.wonBy', { account: event.accountName, seller: who }),
      color: renewal ? 'grape' : 'teal',
      autoClose: renewal ? 8000 : 5000,
      closeButtonProps: { 'aria-label': t('common.close') },
      'data-testid': 'live-win-notification',
      'data-channel': event.channel ?? '',
    });
  });
}
