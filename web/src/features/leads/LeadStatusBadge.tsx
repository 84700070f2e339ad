import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format/useFormat';
import type { Lead } from './api';

export const leadStatusColors: Record<Lead['status'], string> = {
  new: 'blue',
  working: 'indigo',
  qualified: 'violet',
  disqualified: 'gray',
  handed_to_sales: 'orange',
  accepted: 'cyan',
  rejected: 'red',
  converted: 'teal',
};

export function LeadStatusBadge({ status }: { status: Lead['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="light"
      color={leadStatusColors[status]}
      tt="none"
      data-status={status}
      data-testid="lead-status"
      style={{ flexShrink: 0 }}
    >
      {t(`leads.status.${status}`)}
    </Badge>
  );
}

/** When sales must accept by: in red once it is overdue; nothing unless it waits for sales. */
export function LeadDue({ lead }: { lead: Pick<Lead, 'status' | 'dueAt' | 'overdue'> }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (lead.status !== 'handed_to_sales' || !lead.dueAt) return <>—</>;
  const date = format.dateTime(lead.dueAt);
  if (lead.overdue) {
    return (
      <Badge color="red" variant="filled" tt="none" data-testid="lead-overdue">
        {t('leads.overdue')} · {date}
      </Badge>
    );
  }
  return <>{t('leads.dueOn', { date })}</>;
}
