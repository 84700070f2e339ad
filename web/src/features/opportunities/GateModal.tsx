import { Alert, Button, Group, Modal, NumberInput, Select, Stack, Text } from '@mantine/core';
import { IconListDetails } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { GateValues, BoardCard } from './api';
import { useContactsOf } from './queries';
import { DateField } from '../../shared/ui/DateField';

const dateFields = ['expectedCloseOn', 'startOn', 'quoteSentOn', 'quoteValidUntil'] as const;
type DateField = (typeof dateFields)[number];
const isDateField = (f: string): f is DateField => (dateFields as readonly string[]).includes(f);

interface Props {
  opportunity: BoardCard | null;
  stageLabel: string;
  /** Exactly the fields the API said were missing. */
  missing: string[];
  loading: boolean;
  error: string | null;
  onSubmit: (values: GateValues) => void;
  onClose: () => void;
}

/** "Fill in what this stage needs": asks for exactly the missing fields, in place, then retries the move. */
export function GateModal({ opportunity, stageLabel, missing, loading, error, onSubmit, onClose }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<string, string | number>>({});
  const [invalid, setInvalid] = useState<Set<string>>(new Set());
  const contacts = useContactsOf(missing.includes('contactId') ? (opportunity?.accountId ?? null) : null);
  const needsLines = missing.includes('lines');
  const asked = missing.filter((f) => f !== 'lines');

  useEffect(() => {
    setValues({});
    setInvalid(new Set());
  }, [opportunity?.id, missing.join(',')]);

  const set = (field: string, value: string | number) => {
    setValues((v) => ({ ...v, [field]: value }));
    setInvalid((s) => {
      const next = new Set(s);
      next.delete(field);
      return next;
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const empty = new Set(asked.filter((f) => values[f] === undefined || values[f] === ''));
    if (empty.size) return setInvalid(empty);
    onSubmit(values);
  };

  return (
    <Modal
      opened={!!opportunity}
      onClose={onClose}
      title={t('pipeline.gate.title', { stage: stageLabel })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      data-testid="gate-modal"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {needsLines ? (
            <Alert color="blue" variant="light" icon={<IconListDetails size={18} />}>
              <Text size="sm" mb="sm">
                {t('pipeline.gate.linesFirst')}
              </Text>
              <Button component={Link} to={`/pipeline/${opportunity?.id ?? ''}?lines=edit`} size="xs" data-testid="gate-open-lines">
                {t('pipeline.gate.openLines')}
              </Button>
            </Alert>
          ) : (
            <Text size="sm" c="dimmed">
              {t('pipeline.gate.text')}
            </Text>
          )}
          {asked.map((field, i) => {
            const error = invalid.has(field) ? t('pipeline.fields.required') : undefined;
            if (field === 'estimatedValue') {
              return (
                <NumberInput
                  key={field}
                  label={t('pipeline.fields.estimatedValue')}
                  suffix={opportunity ? ` ${opportunity.currency}` : undefined}
                  thousandSeparator=" "
                  min={1}
                  value={values[field] ?? ''}
                  onChange={(v) => set(field, v)}
                  error={error}
                  required
                  data-autofocus={i === 0 || undefined}
                  data-testid={`gate-${field}`}
                />
              );
            }
            if (field === 'contactId') {
              return (
                <Select
                  key={field}
                  label={t('pipeline.fields.contactId')}
                  placeholder={t('pipeline.fields.contactPlaceholder')}
                  data={(contacts.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.firstName} ${c.lastName}` }))}
                  value={(values[field] as string | undefined) ?? null}
                  onChange={(v) => set(field, v ?? '')}
                  error={error}
                  searchable
                  required
                  data-testid={`gate-${field}`}
                />
              );
            }
            if (isDateField(field)) {
              return (
                <DateField
                  key={field}
                  label={t(`pipeline.fields.${field}`)}
                  value={String(values[field] ?? '')}
                  onChange={(v) => set(field, v)}
                  error={error}
                  required
                  data-autofocus={i === 0 || undefined}
                  data-testid={`gate-${field}`}
                />
              );
            }
            return null;
          })}
          {error && (
            <Text size="sm" c="red" role="alert">
              {error}
            </Text>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            {!needsLines && (
              <Button type="submit" loading={loading} data-testid="gate-submit">
                {t('pipeline.gate.submit')}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
