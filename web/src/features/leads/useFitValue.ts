import { useTranslation } from 'react-i18next';
import { accountSizes, type AccountSize } from '@domain/accounts';
import { industryFromText } from '@domain/industries';
import { leadSources, type LeadSource } from '@domain/leads';
import { useFormat } from '../../shared/format/useFormat';

/** A fit rule's value in words: an industry by name, a source or a size as the app calls it; anything else as given. */
export function useFitValue() {
  const { t } = useTranslation();
  const format = useFormat();
  return (field: string, value: string) =>
    (field === 'industry' && format.industry(industryFromText(value))) ||
    (field === 'source' && (leadSources as readonly string[]).includes(value) && t(`leads.source.${value as LeadSource}`)) ||
    (field === 'size' && (accountSizes as readonly string[]).includes(value) && t(`vocab.size.${value as AccountSize}`)) ||
    value;
}
