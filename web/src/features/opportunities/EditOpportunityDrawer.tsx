import { NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { UpdateOpportunity } from '@contract/opportunities';
import { withCustomFields } from '@contract/custom-fields';
import { currencies } from '@contract/org';
import { useFormat } from '../../shared/format/useFormat';
import { useSchemaForm } from '../../shared/forms/useSchemaForm';
import { useActiveUsers } from '../../shared/org/queries';
import type { ConflictField } from '../../shared/records/ConflictNotice';
import { EditRecordDrawer, useRecordEdit } from '../../shared/records/EditRecordDrawer';
import { opportunitiesApi, type Opportunity, type OpportunityDetail } from './api';
import { useContactsOf, useOpportunityWrite } from './queries';
import { missingFields } from './writeErrors';
import { useCustomFields, type FieldDefinition } from '../../shared/custom-fields/api';
import { CustomFieldInputs } from '../../shared/custom-fields/CustomFieldInputs';
import { customFieldsInput, customFormValues } from '../../shared/custom-fields/form';
import { describeValues } from '../../shared/custom-fields/labels';
import { DateField } from '../../shared/ui/DateField';

const dates = ['expectedCloseOn', 'startOn', 'quoteSentOn', 'quoteValidUntil'] as const;
type DateKey = (typeof dates)[number];

const valuesOf = (o: Opportunity, custom: readonly FieldDefinition[]) => ({
  customFields: customFormValues(custom, o.customFields),
  name: o.name,
  estimatedValue: (o.estimatedValue ?? '') as number | string,
  ...(Object.fromEntries(dates.map((k) => [k, o[k] ?? ''])) as Record<DateKey, string>),
  contactId: o.contactId,
  ownerId: o.owner?.id ?? null,
  currency: o.currency,
});

/** Every field of an opportunity a person sets (the lines and the stage have their own places), saved with the version read. */
export function EditOpportunityDrawer({ opportunity, onClose }: { opportunity: OpportunityDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const users = useActiveUsers();
  const contacts = useContactsOf(opportunity.accountId);
  const edit = useRecordEdit<Opportunity>(opportunity, onClose);
  const custom = useCustomFields('opportunity').data ?? [];
  const write = useOpportunityWrite((body: ReturnType<typeof toInput>) => opportunitiesApi.update(opportunity.id, body));
  const toInput = (v: ReturnType<typeof valuesOf>) => ({
    version: edit.base.version,
    name: v.name,
    estimatedValue: v.estimatedValue === '' ? null : Number(v.estimatedValue),
    ...(Object.fromEntries(dates.map((k) => [k, v[k] || null])) as Record<DateKey, string | null>),
    contactId: v.contactId,
    ...(v.ownerId ? { ownerId: v.ownerId } : {}),
    currency: v.currency,
    customFields: customFieldsInput(v.customFields),
  });
  const form = useSchemaForm({
    initialValues: valuesOf(opportunity, custom),
    schema: withCustomFields(UpdateOpportunity, custom),
    toInput,
  });

  const people = new Map((users.data?.items ?? []).map((u) => [u.id, u.name]));
  if (opportunity.owner) people.set(opportunity.owner.id, opportunity.owner.name);
  const contactName = (id: unknown) => {
    const c = contacts.data?.items.find((x) => x.id === id);
    return c ? `${c.firstName} ${c.lastName}` : '—';
  };
  const fields: ConflictField<Opportunity>[] = [
    { key: 'name', label: t('pipeline.fields.name') },
    {
      key: 'estimatedValue',
      label: t('pipeline.fields.estimatedValue'),
      show: (v) => (typeof v === 'number' ? format.currency(v, opportunity.currency) : '—'),
    },
    ...dates.map((key) => ({
      key,
      label: t(`pipeline.fields.${key}`),
      show: (v: unknown) => (typeof v === 'string' ? format.date(v) : '—'),
    })),
    { key: 'contactId', label: t('records.opportunity.contact'), show: contactName },
    { key: 'owner', label: t('records.opportunity.owner'), show: (v) => (v as { name?: string } | null)?.name ?? '—' },
    { key: 'currency', label: t('pipeline.fields.currency') },
    { key: 'customFields', label: t('customFields.title'), show: (v) => describeValues(custom, v, format.locale) },
  ];

  const submit = form.onSubmit((body) => write.mutate(body as ReturnType<typeof toInput>, edit.outcome(form)));
  const missing = missingFields(write.error);

  return (
    <EditRecordDrawer
      edit={edit}
      form={form}
      write={write}
      fields={fields}
      onTakeTheirs={(current) => form.setValues(valuesOf(current, custom))}
      onSubmit={submit}
      onClose={onClose}
      title={t('records.opportunity.title')}
      testId="edit-opportunity"
      errorText={
        missing
          ? `${t('pipeline.gate.title', { stage: opportunity.stage.name })}: ${missing.map((m) => (m in valuesOf(opportunity, custom) ? t(`pipeline.fields.${m as DateKey}`) : m)).join(', ')}`
          : null
      }
    >
      <TextInput label={t('pipeline.fields.name')} required {...form.getInputProps('name')} data-testid="edit-opportunity-name" />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NumberInput
          label={t('pipeline.fields.estimatedValue')}
          min={0}
          thousandSeparator=" "
          {...form.getInputProps('estimatedValue')}
          data-testid="edit-opportunity-value"
        />
        <Select label={t('pipeline.fields.currency')} data={[...currencies]} {...form.getInputProps('currency')} allowDeselect={false} />
        {dates.map((key) => (
          <DateField key={key} label={t(`pipeline.fields.${key}`)} {...form.getInputProps(key)} data-testid={`edit-opportunity-${key}`} />
        ))}
      </SimpleGrid>
      <Select
        label={t('records.opportunity.contact')}
        placeholder={t('pipeline.fields.contactPlaceholder')}
        data={(contacts.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.firstName} ${c.lastName}` }))}
        {...form.getInputProps('contactId')}
        clearable
      />
      <Select
        label={t('records.opportunity.owner')}
        data={[...people].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label))}
        {...form.getInputProps('ownerId')}
        searchable
        allowDeselect={false}
      />
      <CustomFieldInputs fields={custom} form={form} testId="edit-opportunity" />
    </EditRecordDrawer>
  );
}
