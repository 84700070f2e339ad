import { Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/useFormat';
import { DateField } from '../ui/DateField';
import type { ParamChanges } from '../url/useUrlParams';
import { useCustomFields, type FieldDefinition, type FieldEntity } from './api';
import { choiceOptions, fieldLabel } from './labels';

interface Props {
  entity: FieldEntity;
  params: URLSearchParams;
  onChange: (changes: ParamChanges) => void;
}

/** A list's filters by its custom fields, in the URL as `cf.<key>=value`: a choice from its list, other types as typed. */
export function CustomFieldFilters({ entity, params, onChange }: Props) {
  const fields = useCustomFields(entity);
  return (
    <>
      {(fields.data ?? []).map((f) => (
        <FieldFilter
          key={f.id}
          field={f}
          value={params.get(`cf.${f.key}`) ?? ''}
          onChange={(v) => onChange({ [`cf.${f.key}`]: v || null })}
        />
      ))}
    </>
  );
}

/** How many custom-field filters the URL sets (for the phone's "Filters" badge). */
export const activeCustomFilters = (params: URLSearchParams) => [...params.keys()].filter((k) => k.startsWith('cf.')).length;

function FieldFilter({ field, value, onChange }: { field: FieldDefinition; value: string; onChange: (v: string) => void }) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const [typed, setTyped] = useState(value);
  const push = useDebouncedCallback((v: string) => onChange(v.trim()), 400);
  const label = fieldLabel(field, locale);
  const style = { flex: '0 1 10rem' };
  if (field.type === 'choice') {
    return (
      <Select
        label={label}
        data={choiceOptions(field, locale)}
        placeholder={t('customFields.any')}
        value={value || null}
        onChange={(v) => onChange(v ?? '')}
        clearable
        style={style}
        data-testid={`filter-cf-${field.key}`}
      />
    );
  }
  if (field.type === 'date') {
    return (
      <DateField label={label} value={value} onChange={(v) => onChange(v)} style={style} data-testid={`filter-cf-${field.key}`} />
    );
  }
  return (
    <TextInput
      label={label}
      type={field.type === 'number' ? 'number' : 'text'}
      placeholder={field.type === 'text' ? t('customFields.any') : undefined}
      value={typed}
      onChange={(e) => {
        setTyped(e.currentTarget.value);
        push(e.currentTarget.value);
      }}
      style={style}
      data-testid={`filter-cf-${field.key}`}
    />
  );
}
