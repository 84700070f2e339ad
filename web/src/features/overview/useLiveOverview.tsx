import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { queryKeys } from '../../shared/api/queryKeys';
import { overviewKeys } from './queries';
import { celebrateWin } from '../../shared/live/celebrateWin';
import { useLiveEvents } from '../../shared/live/useLiveEvents';

/**
 * While the overview is open: a won opportunity refreshes its figures within seconds and is announced — a won
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
    if (event.type !== 'deal_won') return;
    void queryClient.invalidateQueries({ queryKey: overviewKeys.all });
    void queryClient.invalidateQueries({ queryKey: ['targets', 'volume'] });
    celebrateWin(event, t);
  });
}
