import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ContactPatch } from '@contract/contacts';
import { buyingRoles, type BuyingRole } from '../../shared/domain/vocabulary';
import { useSchemaForm } from '../../shared/forms/useSchemaForm';
import type { ConflictField } from '../../shared/records/ConflictNotice';
import { EditRecordDrawer, useRecordEdit } from '../../shared/records/EditRecordDrawer';
import { AccountSearchInput, type PickedAccount } from '../../shared/search/AccountSearchInput';
import type { Contact } from './api';
import { useContactWrites } from './queries';

const texts = ['firstName', 'lastName', 'title', 'email', 'phone'] as const;
type TextField = (typeof texts)[number];

const valuesOf = (c: Contact, account: PickedAccount | null) => ({
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
  const { update } = useContactWrites(contact.id);
  const edit = useRecordEdit(contact, onClose);
  const account = { id: contact.accountId, name: accountName };
  const form = useSchemaForm({
    initialValues: valuesOf(contact, account),
    schema: ContactPatch,
    toInput: ({ account: picked, ...values }) => ({ ...values, accountId: picked?.id, version: edit.base.version }),
    fieldOf: { accountId: 'account' },
  });
  const fields: ConflictField<Contact>[] = [
    ...texts.map((key) => ({ key, label: t(`account.contacts.form.${key}`) })),
    { key: 'buyingRole', label: t('account.contacts.form.buyingRole'), show: (v) => (v ? t(`vocab.buyingRole.${v as BuyingRole}`) : '—') },
    { key: 'accountId', label: t('records.contact.account'), show: (v) => (v === contact.accountId ? accountName : '…') },
  ];

  const submit = form.onSubmit((patch) => update.mutate(patch, edit.outcome(form)));

  return (
    <EditRecordDrawer
      edit={edit}
      form={form}
      write={update}
      fields={fields}
      onTakeTheirs={(current) => form.setValues(valuesOf(current, current.accountId === contact.accountId ? account : null))}
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
    </EditRecordDrawer>
  );
}
