import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AccountStatus } from '../domain/vocabulary';

export const statusColors: Record<AccountStatus, string> = {
  prospect: 'blue',
  customer: 'teal',
  passive: 'yellow',
  lost: 'red',
};

/** An account's status (prospect, customer, passive, lost), translated and coloured. */
export function StatusBadge({ status, ...props }: { status: AccountStatus } & Omit<BadgeProps, 'color' | 'children'>) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={statusColors[status]} data-status={status} {...props}>
      {t(`vocab.status.${status}`)}
    </Badge>
  );
}
