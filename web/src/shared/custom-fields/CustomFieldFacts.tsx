import { showCustomValue, type CustomValues } from '@domain/custom-fields';
import { useFormat } from '../format/useFormat';
import { Fact } from '../ui/Fact';
import { fieldLabel } from './labels';
import { useCustomFields, type FieldEntity } from './api';

/** A record's custom fields as facts beside the built-in ones (a date and a number in the user's format, a choice by its label). */
export function CustomFieldFacts({ entity, values }: { entity: FieldEntity; values: CustomValues }) {
  const format = useFormat();
  const fields = useCustomFields(entity);
  return (
    <>
      {(fields.data ?? []).map((f) => {
        const v = values[f.key];
        const shown =
          v === undefined
            ? '—'
            : f.type === 'number' && typeof v === 'number'
              ? format.number(v)
              : f.type === 'date' && typeof v === 'string'
                ? format.date(v)
                : showCustomValue(f, v, format.locale);
        return (
          <Fact key={f.id} label={fieldLabel(f, format.locale)}>
            <span data-testid={`custom-field-${f.key}`}>{shown}</span>
          </Fact>
        );
      })}
    </>
  );
}
