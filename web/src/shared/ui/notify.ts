import { notifications } from '@mantine/notifications';
import { i18n } from '../i18n/i18n';

/** A short confirmation or failure note in the corner, with a translated close button. */
export function notify(message: string, kind: 'success' | 'error' = 'success'): void {
  notifications.show({
    message,
    color: kind === 'success' ? 'teal' : 'red',
    title: kind === 'error' ? i18n.t('errors.title') : undefined,
    closeButtonProps: { 'aria-label': i18n.t('common.close') },
  });
}
