import { Alert, Button, Group, List, Text } from '@mantine/core';
import { IconGitCompare } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { changedFields } from '@domain/records';
import { isApiError } from '../api/errors';

/** A field the conflict notice may name: its label, and how a value of it reads. */
export interface ConflictField<T> {
  key: keyof T & string;
  label: string;
  show?: (value: unknown) => string;
}

/** The server's current record from a `409 version_conflict`, or null. */
export function conflictCurrent<T>(error: unknown): T | null {
  if (!isApiError(error, 'version_conflict')) return null;
  const current = (error.details as { current?: unknown } | undefined)?.current;
  return current && typeof current === 'object' ? (current as T) : null;
}

interface Props<T extends Record<string, unknown>> {
  /** The record as the form started from it. */
  before: T;
  /** The record as it is now on the server. */
  current: T;
  fields: readonly ConflictField<T>[];
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}

/** "Someone changed this — here is what changed": the fields whose values moved under the form, and the two ways on. */
export function ConflictNotice<T extends Record<string, unknown>>({ before, current, fields, onKeepMine, onTakeTheirs }: Props<T>) {
  const { t } = useTranslation();
  const changed = changedFields(
    before,
    current,
    fields.map((f) => f.key),
  );
  const show = (f: ConflictField<T>, v: unknown) => {
    if (f.show) return f.show(v);
    if (v === null || v === undefined || v === '') return '—';
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
    return JSON.stringify(v);
  };
  return (
    <Alert
      color="orange"
      variant="light"
      role="alert"
      icon={<IconGitCompare size={18} />}
      title={t('records.conflict.title')}
      data-testid="conflict-notice"
    >
      <Text size="sm" mb={6}>
        {changed.length ? t('records.conflict.text') : t('records.conflict.nothing')}
      </Text>
      {changed.length > 0 && (
        <List size="sm" spacing={2} mb="sm">
          {changed.map((key) => {
            const f = fields.find((x) => x.key === key)!;
            return (
              <List.Item key={key} data-testid={`conflict-${key}`}>
                <Text span fw={600} size="sm">
                  {f.label}:
                </Text>{' '}
                {show(f, current[key])}{' '}
                <Text span c="dimmed" size="sm">
                  ({t('records.conflict.was')} {show(f, before[key])})
                </Text>
              </List.Item>
            );
          })}
        </List>
      )}
      <Group gap="xs">
        <Button size="xs" variant="default" onClick={onTakeTheirs} data-testid="conflict-take-theirs">
          {t('records.conflict.takeTheirs')}
        </Button>
        <Button size="xs" color="orange" onClick={onKeepMine} data-testid="conflict-keep-mine">
          {t('records.conflict.keepMine')}
        </Button>
      </Group>
    </Alert>
  );
}
