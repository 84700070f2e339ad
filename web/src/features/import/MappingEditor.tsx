import { Badge, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format/useFormat';
import type { Mapping, Preview } from './api';
import { fieldLabel } from './fieldLabel';
import { useCustomFields } from '../../shared/custom-fields/api';
import { fieldLabel as customFieldLabel } from '../../shared/custom-fields/labels';
import { missingFields, remap } from './mapping';

interface Props {
  preview: Preview;
  onChange: (mapping: Mapping) => void;
}

const SKIP = '__skip__';

/** Korsa field ← file column, for every field; missing required fields stand out. */
export function MappingEditor({ preview, onChange }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const missing = missingFields(preview.missingRequired);
  const columns = [{ value: SKIP, label: t('imports.mapping.notImported') }, ...preview.headers.map((h) => ({ value: h, label: h }))];
  const unused = preview.headers.filter((h) => !Object.values(preview.mapping).includes(h));
  // a custom field (`cf.<key>`) by its label in the reader's language
  const custom = useCustomFields().data ?? [];
  const record = ({ accounts: 'account', contacts: 'contact', opportunities: 'opportunity' } as Record<string, string>)[preview.entity];
  const labelOf = (field: string) => {
    const own = field.startsWith('cf.') ? custom.find((f) => f.entity === record && f.key === field.slice(3)) : undefined;
    return own ? customFieldLabel(own, format.locale) : fieldLabel(field, t);
  };

  return (
    <Stack gap="sm" data-testid="import-mapping">
      <Group gap="xs">
        <Text size="sm">{t('imports.mapping.detected')}</Text>
        <Badge variant="light" data-testid="import-source">
          {t(`imports.sources.${preview.source}`)}
        </Badge>
        <Text size="sm" c="dimmed">
          {t('imports.mapping.summary', {
            rows: format.number(preview.rows),
            columns: preview.headers.length,
            delimiter: preview.delimiter,
            encoding: preview.encoding,
          })}
        </Text>
      </Group>
      <Text size="xs" c="dimmed">
        {t('imports.mapping.hint')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" verticalSpacing="xs">
        {preview.fields.map((field) => {
          const isMissing = missing.has(field);
          return (
            <Select
              key={field}
              size="xs"
              label={
                <Group gap={4} component="span" wrap="nowrap">
                  {labelOf(field)}
                  <IconArrowLeft size={12} aria-hidden />
                </Group>
              }
              data={columns}
              value={preview.mapping[field] ?? SKIP}
              onChange={(column) => onChange(remap(preview.mapping, field, column && column !== SKIP ? column : null))}
              allowDeselect={false}
              error={isMissing ? t('imports.mapping.required') : undefined}
              leftSection={isMissing ? <IconAlertTriangle size={14} color="var(--mantine-color-red-filled)" /> : undefined}
              data-missing={isMissing || undefined}
            />
          );
        })}
      </SimpleGrid>
      {unused.length > 0 && (
        <Text size="xs" c="dimmed">
          {t('imports.mapping.unused', { columns: unused.join(', ') })}
        </Text>
      )}
    </Stack>
  );
}
