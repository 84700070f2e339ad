import { Box, Group, SegmentedControl, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { loggableTypes, oneOf, type LoggableType } from '../domain/vocabulary';
import { activityMeta } from './activityMeta';

interface Props {
  value: LoggableType;
  onChange: (type: LoggableType) => void;
  /** Show the number key of each type (quick-log: Alt+1…6). */
  numbered?: boolean;
  size?: 'xs' | 'sm';
  testId?: string;
}

/** Call, meeting, e-mail, note, visit, task: one control, arrow keys move between them. Labels hide on a phone. */
export function TypePicker({ value, onChange, numbered, size = 'sm', testId }: Props) {
  const { t } = useTranslation();
  const data = loggableTypes.map((type, i) => {
    const TypeIcon = activityMeta[type].icon;
    const label = t(`timeline.types.${type}`);
    return {
      value: type,
      label: (
        <Group gap={6} wrap="nowrap" justify="center" title={numbered ? `${label} (${i + 1})` : label}>
          <TypeIcon size={16} stroke={1.8} color={`var(--mantine-color-${activityMeta[type].color}-filled)`} aria-hidden />
          <Box component="span" visibleFrom="sm">
            {label}
          </Box>
          <VisuallyHidden hiddenFrom="sm">{label}</VisuallyHidden>
        </Group>
      ),
    };
  });
  return (
    <SegmentedControl
      fullWidth
      size={size}
      data={data}
      value={value}
      onChange={(v) => oneOf(loggableTypes, v) && onChange(v)}
      aria-label={t('timeline.type')}
      data-testid={testId}
    />
  );
}
