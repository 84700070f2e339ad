import { NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format/useFormat';
import { DateField } from '../ui/DateField';
import type { FieldDefinition } from './api';
import { choiceOptions, fieldLabel } from './labels';

interface Props<Values> {
  fields: readonly FieldDefinition[];
  form: Pick<UseFormReturnType<Values>, 'getInputProps'>;
  /** Prefix of the test ids, e.g. `edit-account` → `edit-account-cf-tier`. */
  testId: string;
}

/** The inputs of a record's custom fields in use, under `customFields.<key>` of the form. */
export function CustomFieldInputs<Values>({ fields, form, testId }: Props<Values>) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const active = fields.filter((f) => !f.archived);
  if (active.length === 0) return null;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} data-testid={`${testId}-custom-fields`}>
      {active.map((f) => {
        const props = {
          label: fieldLabel(f, locale),
          'data-testid': `${testId}-cf-${f.key}`,
          ...form.getInputProps(`customFields.${f.key}`),
        };
        switch (f.type) {
          case 'number':
            return <NumberInput key={f.id} {...props} thousandSeparator=" " decimalSeparator={locale === 'en' ? '.' : ','} />;
          case 'date':
            return <DateField key={f.id} {...props} />;
          case 'choice':
            return <Select key={f.id} {...props} data={choiceOptions(f, locale)} placeholder={t('customFields.none')} clearable />;
          default:
            return <TextInput key={f.id} {...props} maxLength={1000} />;
        }
      })}
    </SimpleGrid>
  );
}
