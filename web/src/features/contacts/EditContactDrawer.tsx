import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ContactPatch } from '@contract/contacts';
import { withCustomFields } from '@contract/custom-fields';
import { buyingRoles, type BuyingRole } from '../../shared/domain/vocabulary';
import { useSchemaForm } from '../../shared/forms/useSchemaForm';
import type { ConflictField } from '../../shared/records/ConflictNotice';
import { EditRecordDrawer, useRecordEdit } from '../../shared/records/EditRecordDrawer';
import { AccountSearchInput, type PickedAccount } from '../../shared/search/AccountSearchInput';
import type { Contact } from './api';
import { useContactWrites } from './queries';
import { useFormat } from '../../shared/format/useFormat';
import { useCustomFields, type FieldDefinition } from '../../shared/custom-fields/api';
import { CustomFieldInputs } from '../../shared/custom-fields/CustomFieldInputs';
import { customFieldsInput, customFormValues } from '../../shared/custom-fields/form';
import { describeValues } from '../../shared/custom-fields/labels';

const texts = ['firstName', 'lastName', 'title', 'email', 'phone'] as const;
type TextField = (typeof texts)[number];

const valuesOf = (c: Contact, account: PickedAccount | null, custom: readonly FieldDefinition[]) => ({
  customFields: customFormValues(custom, c.customFields),
  ...(Object.fromEntries(texts.map((k) => [k, c[k] ?? ''])) as Record<TextField, string>),
  buyingRole: c.buyingRole,
  account,
});

interface Props {
  contact: Contact;
  accountName: string;
  onClose: () => void;
}

/** Every field of a contact, the account they work at included; saved with the version read (mounted while open). */
export function EditContactDrawer({ contact, accountName, onClose }: Props) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const { update } = useContactWrites(contact.id);
  const edit = useRecordEdit(contact, onClose);
  const account = { id: contact.accountId, name: accountName };
  const custom = useCustomFields('contact').data ?? [];
  const form = useSchemaForm({
    initialValues: valuesOf(contact, account, custom),
    schema: withCustomFields(ContactPatch, custom),
    toInput: ({ account: picked, customFields, ...values }) => ({
      ...values,
      accountId: picked?.id,
      customFields: customFieldsInput(customFields),
      version: edit.base.version,
    }),
    fieldOf: { accountId: 'account' },
  });
  const fields: ConflictField<Contact>[] = [
    ...texts.map((key) => ({ key, label: t(`account.contacts.form.${key}`) })),
    { key: 'buyingRole', label: t('account.contacts.form.buyingRole'), show: (v) => (v ? t(`vocab.buyingRole.${v as BuyingRole}`) : '—') },
    { key: 'accountId', label: t('records.contact.account'), show: (v) => (v === contact.accountId ? accountName : '…') },
    { key: 'customFields', label: t('customFields.title'), show: (v) => describeValues(custom, v, locale) },
  ];

  const submit = form.onSubmit((patch) => update.mutate(patch, edit.outcome(form)));

  return (
    <EditRecordDrawer
      edit={edit}
      form={form}
      write={update}
      fields={fields}
      onTakeTheirs={(current) => form.setValues(valuesOf(current, current.accountId === contact.accountId ? account : null, custom))}
      onSubmit={submit}
      onClose={onClose}
      title={t('records.contact.title')}
      testId="edit-contact"
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {texts.map((key) => (
          <TextInput
            key={key}
            label={t(`account.contacts.form.${key}`)}
            type={key === 'email' ? 'email' : undefined}
            required={key === 'firstName' || key === 'lastName'}
            {...form.getInputProps(key)}
            data-testid={`edit-contact-${key}`}
          />
        ))}
        <Select
          label={t('account.contacts.form.buyingRole')}
          placeholder={t('account.contacts.form.buyingRolePlaceholder')}
          data={buyingRoles.map((r) => ({ value: r, label: t(`vocab.buyingRole.${r}`) }))}
          {...form.getInputProps('buyingRole')}
          clearable
        />
      </SimpleGrid>
      <AccountSearchInput
        label={t('records.contact.account')}
        value={form.values.account}
        onChange={(picked) => form.setFieldValue('account', picked)}
        error={form.errors.account}
      />
      <CustomFieldInputs fields={custom} form={form} testId="edit-contact" />
    </EditRecordDrawer>
  );
}
