import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { ChurnReason, ChurnReasonList } from '@contract/retention';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { queryKeys } from '../api/queryKeys';

export type { ChurnReason };

/** The organisation's churn reasons in use (J2): asked when a customer or a renewal is lost. */
export function useChurnReasons() {
  return useQuery({
    queryKey: queryKeys.retention.reasons,
    queryFn: ({ signal }) => api.get<z.infer<typeof ChurnReasonList>>('/api/churn-reasons', undefined, signal),
    staleTime: 5 * 60_000,
  });
}

/** A default reason in the reader's language; an admin's own by its label. */
export function churnReasonLabel(t: TFunction, r: Pick<ChurnReason, 'key' | 'label'>): string {
  return r.key ? t(`retention.reasons.${r.key}`, { defaultValue: r.label ?? r.key }) : (r.label ?? '');
}

interface Props {
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string;
  label?: string;
}

/** Choose why the customer left, from the list (required wherever it is shown). */
export function ChurnReasonSelect({ value, onChange, error, label }: Props) {
  const { t } = useTranslation();
  const reasons = useChurnReasons();
  return (
    <Select
      label={label ?? t('retention.churnReason')}
      placeholder={t('retention.churnReasonPlaceholder')}
      data={(reasons.data?.items ?? []).map((r) => ({ value: r.id, label: churnReasonLabel(t, r) }))}
      value={value}
      onChange={onChange}
      error={error}
      required
      searchable
      data-testid="churn-reason"
      comboboxProps={{ withinPortal: true }}
    />
  );
}
