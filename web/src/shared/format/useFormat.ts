import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { industryName, type IndustryCode } from '@domain/industries';
import { isLocale } from '../i18n/language';
import * as f from './format';

type DateInput = Parameters<typeof f.formatDate>[0];

/** The formatting helpers bound to the UI's current language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'en';
  return useMemo(
    () => ({
      locale,
      date: (value: DateInput, options?: Intl.DateTimeFormatOptions) => f.formatDate(value, locale, options),
      dateTime: (value: DateInput) => f.formatDateTime(value, locale),
      number: (value: number, options?: Intl.NumberFormatOptions) => f.formatNumber(value, locale, options),
      currency: (amount: number, currency: string) => f.formatCurrency(amount, currency, locale),
      percent: (ratio: number) => f.formatPercent(ratio, locale),
      region: (code: string, fallback?: string) => f.formatRegion(code, locale, fallback),
      relative: (value: DateInput) => f.formatRelative(value, locale),
      when: (value: DateInput) => f.formatWhen(value, locale),
      /** An industry's name (a NACE section, domain/industries.ts) in the UI's language; '' for none. */
      industry: (code: IndustryCode | null | undefined) => (code ? industryName(code, locale) : ''),
    }),
    [locale],
  );
}
