import { DateInput, type DateInputProps } from '@mantine/dates';
import 'dayjs/locale/nb';
import 'dayjs/locale/sv';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dayFormats, parseDayText } from '../format/dateText';
import { isLocale } from '../i18n/language';

type Props = Omit<DateInputProps, 'value' | 'defaultValue' | 'onChange' | 'valueFormat' | 'dateParser' | 'locale'> & {
  /** The day as yyyy-mm-dd; '' or null for none. */
  value?: string | null;
  /** The day as yyyy-mm-dd, '' when cleared (a form's `getInputProps` onChange takes it as it is). */
  onChange?: (value: string) => void;
};

/**
 * A day, shown and typed in the user's language (en dd/mm/yyyy, sv yyyy-mm-dd, nb dd.mm.yyyy, or
 * ISO in any of them), with a calendar in that language starting on Monday. The form gets the ISO
 * day, as the API takes it — the browser's own locale never decides. The calendar opens on a click or
 * the down arrow, not on focus, so a dialog that starts in a date field is not covered by it.
 */
export function DateField({ value, onChange, placeholder, onClick, onBlur, onKeyDown, popoverProps, ...props }: Props) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'en';
  const [opened, setOpened] = useState(false);
  return (
    <DateInput
      value={value || null}
      onChange={(day) => {
        setOpened(false);
        onChange?.(day ?? '');
      }}
      onClick={(event) => {
        setOpened(true);
        onClick?.(event);
      }}
      onBlur={(event) => {
        setOpened(false);
        onBlur?.(event);
      }}
      onKeyDown={(event) => {
        if (event.key === 'ArrowDown') setOpened(true);
        if (event.key === 'Escape' && opened) event.stopPropagation(); // closes the calendar, not the dialog around it
        if (event.key === 'Escape' || event.key === 'Enter' || event.key === 'Tab') setOpened(false);
        onKeyDown?.(event);
      }}
      popoverProps={{ ...popoverProps, opened }}
      valueFormat={dayFormats[locale]}
      dateParser={parseDayText}
      locale={locale}
      firstDayOfWeek={1}
      placeholder={placeholder ?? t('common.datePlaceholder')}
      clearable={!props.required && !props.disabled}
      clearButtonProps={{ 'aria-label': t('common.clearDate') }}
      {...props}
    />
  );
}
