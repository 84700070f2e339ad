import { Select, SimpleGrid, Switch, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AccountPatch } from '@contract/accounts';
import { withCustomFields } from '@contract/custom-fields';
import { accountSizes, type AccountSize } from '../../shared/domain/vocabulary';
import { useFormat } from '../../shared/format/useFormat';
import { useSchemaForm } from '../../shared/forms/useSchemaForm';
import { useActiveUsers, useMarkets } from '../../shared/org/queries';
import type { ConflictField } from '../../shared/records/ConflictNotice';
import { EditRecordDrawer, useRecordEdit } from '../../shared/records/EditRecordDrawer';
import { AccountSearchInput, type PickedAccount } from '../../shared/search/AccountSearchInput';
import { IndustrySelect } from '../../shared/ui/IndustrySelect';
import { CertifiedSellers } from '../../shared/certifications/CertifiedSellers';
import type { Account, AccountOverview } from './api';
import { useAccountWrites } from './queries';
import { useCustomFields, type FieldDefinition } from '../../shared/custom-fields/api';
import { CustomFieldInputs } from '../../shared/custom-fields/CustomFieldInputs';
import { describeValues } from '../../shared/custom-fields/labels';
import { customFieldsInput, customFormValues } from '../../shared/custom-fields/form';

const texts = ['name', 'orgNumber', 'street', 'postalCode', 'city', 'country', 'website', 'phone'] as const;
type TextField = (typeof texts)[number];

function valuesOf(a: Account, parent: PickedAccount | null, custom: readonly FieldDefinition[]) {
  return {
    customFields: customFormValues(custom, a.customFields),
    ...(Object.fromEntries(texts.map((k) => [k, a[k] ?? ''])) as Record<TextField, string>),
    industry: a.industry,
    size: a.size,
    marketId: a.marketId,
    parent,
    isGlobal: a.isGlobal,
    ownerId: a.ownerId,
    globalOwnerId: a.globalOwnerId,
  };
}

interface Props {
  overview: AccountOverview;
  onClose: () => void;
}

/** Mounted while open, so that it starts from the account as it is now. Every field of an account the API lets a person change, with the version they read (a stale one: what changed, and the way on). */
export function EditAccountDrawer({ overview, onClose }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const markets = useMarkets();
  const users = useActiveUsers();
  const { update } = useAccountWrites(overview.account.id);
  const edit = useRecordEdit<Account>(overview.account, onClose);
  const custom = useCustomFields('account').data ?? [];
  const form = useSchemaForm({
    initialValues: valuesOf(overview.account, overview.parent, custom),
    schema: withCustomFields(AccountPatch, custom),
    toInput: ({ parent, customFields, ...values }) => ({
      ...values,
      parentId: parent?.id ?? null,
      customFields: customFieldsInput(customFields),
      version: edit.base.version,
    }),
    fieldOf: { parentId: 'parent' },
  });

  const people = new Map((users.data?.items ?? []).map((u) => [u.id, u.name]));
  for (const p of [overview.owner, overview.globalOwner]) if (p) people.set(p.id, p.name);
  const personOptions = [...people].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label));
  const marketName = (id: unknown) => {
    const m = markets.data?.find((x) => x.id === id);
    return m ? format.region(m.code, m.name) : '—';
  };
  const personName = (id: unknown) => (typeof id === 'string' ? (people.get(id) ?? '…') : t('records.account.nobody'));

  const label = (key: TextField) =>
    key === 'name' || key === 'orgNumber' || key === 'city' || key === 'website' ? t(`accounts.form.${key}`) : t(`records.account.${key}`);
  const fields: ConflictField<Account>[] = [
    ...texts.map((key) => ({ key, label: label(key) })),
    { key: 'industry', label: t('accounts.form.industry'), show: (v) => format.industry(v as Account['industry']) || '—' },
    { key: 'size', label: t('accounts.form.size'), show: (v) => (v ? t(`vocab.size.${v as AccountSize}`) : '—') },
    { key: 'marketId', label: t('accounts.form.market'), show: marketName },
    { key: 'parentId', label: t('accounts.form.parent'), show: (v) => (v ? '…' : '—') },
    { key: 'isGlobal', label: t('records.account.isGlobal'), show: (v) => (v ? t('records.yes') : t('records.no')) },
    { key: 'ownerId', label: t('records.account.owner'), show: personName },
    { key: 'globalOwnerId', label: t('records.account.globalOwner'), show: personName },
    { key: 'customFields', label: t('customFields.title'), show: (v) => describeValues(custom, v, format.locale) },
  ];

  const submit = form.onSubmit((patch) => update.mutate(patch, edit.outcome(form)));

  const text = (key: TextField, extra?: { required?: boolean }) => (
    <TextInput label={label(key)} {...form.getInputProps(key)} data-testid={`edit-account-${key}`} {...extra} />
  );

  return (
    <EditRecordDrawer
      edit={edit}
      form={form}
      write={update}
      fields={fields}
      onTakeTheirs={(current) =>
        form.setValues(valuesOf(current, current.parentId === overview.account.parentId ? overview.parent : null, custom))
      }
      onSubmit={submit}
      onClose={onClose}
      title={t('records.account.title')}
      testId="edit-account"
      size="lg"
    >
      {text('name', { required: true })}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {text('orgNumber')}
        <IndustrySelect
          label={t('accounts.form.industry')}
          placeholder={t('accounts.form.industryPlaceholder')}
          {...form.getInputProps('industry')}
          data-testid="edit-account-industry"
        />
        <Select
          label={t('accounts.form.size')}
          placeholder={t('accounts.form.sizePlaceholder')}
          data={accountSizes.map((s) => ({ value: s, label: t(`vocab.size.${s}`) }))}
          {...form.getInputProps('size')}
          clearable
        />
        <Select
          label={t('accounts.form.market')}
          data={(markets.data ?? []).map((m) => ({ value: m.id, label: format.region(m.code, m.name) }))}
          {...form.getInputProps('marketId')}
          clearable
        />
        {text('street')}
        {text('postalCode')}
        {text('city')}
        {text('country')}
        {text('website')}
        {text('phone')}
      </SimpleGrid>
      <AccountSearchInput
        label={t('accounts.form.parent')}
        placeholder={t('accounts.form.parentPlaceholder')}
        value={form.values.parent}
        onChange={(parent) => form.setFieldValue('parent', parent)}
        error={form.errors.parent}
        excludeId={overview.account.id}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t('records.account.owner')}
          placeholder={t('records.account.nobody')}
          data={personOptions}
          searchable
          clearable
          {...form.getInputProps('ownerId')}
          data-testid="edit-account-owner"
        />
        <Select
          label={t('records.account.globalOwner')}
          placeholder={t('records.account.nobody')}
          data={personOptions}
          searchable
          clearable
          {...form.getInputProps('globalOwnerId')}
        />
      </SimpleGrid>
      <CertifiedSellers
        accountId={overview.account.id}
        chosenId={form.values.ownerId}
        onChoose={(id) => form.setFieldValue('ownerId', id)}
      />
      <Switch label={t('records.account.isGlobal')} {...form.getInputProps('isGlobal', { type: 'checkbox' })} />
      <CustomFieldInputs fields={custom} form={form} testId="edit-account" />
    </EditRecordDrawer>
  );
}
