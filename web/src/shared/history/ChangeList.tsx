import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/useFormat';
import { shownFieldValue, type AuditEvent } from './api';

/** One entry of the audit trail in words: who, when, through which channel, and each field from → to. */
export function ChangeEntry({ entry }: { entry: AuditEvent }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap={2} data-testid="history-entry">
      <Group gap={6} wrap="wrap">
        <Text size="sm" fw={600}>
          {t(`history.actions.${entry.action.replace('.', '_')}`, { defaultValue: entry.action })}
        </Text>
        <Badge size="xs" variant="light" color="gray">
          {t(`history.channels.${entry.channel}`)}
        </Badge>
      </Group>
      {entry.changes.map((c) => (
        <Text size="sm" key={c.field}>
          <Text span c="dimmed">
            {t(`history.fields.${c.field}`, { defaultValue: c.field })}:
          </Text>{' '}
          {shownFieldValue(c.field, c.from, format, t)} → <strong>{shownFieldValue(c.field, c.to, format, t)}</strong>
        </Text>
      ))}
      <Text size="xs" c="dimmed" title={format.dateTime(entry.at)}>
        {format.when(entry.at)} · {entry.actor?.name ?? t('history.system')}
      </Text>
    </Stack>
  );
}
