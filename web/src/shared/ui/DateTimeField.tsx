import { Group, Input } from '@mantine/core';
import { TimePicker } from '@mantine/dates';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from './DateField';

interface Props {
  /** The moment as yyyy-mm-ddTHH:mm (the API's local date-time); '' or null for none. */
  value?: string | null;
  /** yyyy-mm-ddTHH:mm once both the day and the time are given, '' while either is missing or when cleared. */
  onChange?: (value: string) => void;
  label?: ReactNode;
  description?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  /** The time a picked day gets while no time has been given. */
  defaultTime?: string;
  'data-testid'?: string;
}

const dayOf = (v: string | null | undefined) => (v && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : '');
const timeOf = (v: string | null | undefined) => (v && /T\d{2}:\d{2}/.test(v) ? v.slice(11, 16) : '');

/**
 * A day and a time of day, in the user's language rather than the browser's: the day is a DateField
 * (typed or picked in a calendar in that language), the time a 24-hour TimePicker whose hours and
 * minutes are typed or picked from its list. The form gets yyyy-mm-ddTHH:mm, as the API takes it.
 * The e2e helper `fillDateTime` fills one by its parts (`data-part="day" | "hours" | "minutes"`).
 */
export function DateTimeField({ value, onChange, label, description, error, required, disabled, defaultTime = '09:00', ...rest }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [day, setDay] = useState(dayOf(value));
  const [time, setTime] = useState(timeOf(value));
  // follow the form when it sets the value itself (a reset, a meeting chosen from a list)
  useEffect(() => {
    if (value) {
      setDay(dayOf(value));
      setTime(timeOf(value));
    } else if (value === '' && day && time) {
      setDay('');
    }
  }, [value]); // only when the form's value changes, not on every keystroke of a part

  const emit = (d: string, tm: string) => onChange?.(d && tm ? `${d}T${tm}` : '');
  return (
    <Input.Wrapper
      id={id}
      label={label}
      description={description}
      error={error}
      required={required}
      data-testid={rest['data-testid']}
    >
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <DateField
          id={id}
          style={{ flex: 1, minWidth: 0 }}
          value={day}
          required={required}
          disabled={disabled}
          error={Boolean(error)}
          data-part="day"
          onChange={(d) => {
            const tm = d && !time ? defaultTime : time;
            setDay(d);
            setTime(tm);
            emit(d, tm);
          }}
        />
        <TimePicker
          format="24h"
          withDropdown
          value={time}
          disabled={disabled}
          error={Boolean(error)}
          w={110}
          hoursInputLabel={t('common.hours')}
          minutesInputLabel={t('common.minutes')}
          hoursInputProps={{ 'data-part': 'hours' }}
          minutesInputProps={{ 'data-part': 'minutes' }}
          onChange={(tm) => {
            setTime(tm);
            emit(day, tm);
          }}
        />
      </Group>
    </Input.Wrapper>
  );
}
